import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '@egov-kit/elements/define/error-summary';
import '@egov-kit/elements/define/text-field';
import '@egov-kit/elements/define/textarea';
import '@egov-kit/elements/define/button';
import type { EgovErrorSummary, SummaryError } from '@egov-kit/elements/define/error-summary';

/** Story text in the toolbar's language. */
const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

interface Args {
  /** Errors the server answered with, set on the fields as a server-rendered page does. */
  nameError?: string;
  reasonError?: string;
  name?: string;
  reason?: string;
  heading?: string;
}

/** Stops the story's form from leaving the page. */
const keep = (event: Event) => event.preventDefault();

const meta: Meta<Args> = {
  title: 'Feedback/Error summary',
  component: 'egov-error-summary',
  tags: ['autodocs'],
  render: (args, context) => html`<form novalidate @submit=${keep}>
    <egov-error-summary heading=${args.heading ?? ''}></egov-error-summary>
    <egov-text-field name="fullName" label=${say(context, 'Họ, chữ đệm và tên', 'Full name')} required autocomplete="name"
      value=${args.name ?? ''} error=${args.nameError ?? ''}></egov-text-field>
    <egov-textarea name="reason" label=${say(context, 'Lý do đề nghị cấp lại', 'Why you need a new copy')} required maxlength="200"
      value=${args.reason ?? ''} error=${args.reasonError ?? ''}></egov-textarea>
    <egov-button type="submit">${say(context, 'Gửi hồ sơ', 'Send application')}</egov-button>
  </form>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing wrong yet: the summary shows nothing. Press "Gửi hồ sơ" with the fields empty to see it appear and take focus. */
export const Empty: Story = {};

/** Filled in correctly: no summary; sending works. */
export const Filled: Story = { args: { name: 'Nguyễn Thị Ánh Tuyết', reason: 'Bị mất khi đi công tác' } };

/**
 * The server rejected two answers (a server-rendered page sets `error` on the fields): the summary
 * lists them on load and takes focus; each link moves focus to its field, and editing a field
 * removes its line.
 */
export const Error: Story = {
  render: (args, context) => meta.render!({
    ...args,
    name: 'Nguyen Van An',
    nameError: say(context, 'Họ và tên phải ghi có dấu, như trên thẻ căn cước', 'Write the name with its accents, as on the ID card'),
    reasonError: say(context, 'Vui lòng cho biết lý do đề nghị cấp lại', 'Tell us why you need a new copy'),
  }, context),
};

/** A problem response with an error of the whole form and one of a field, given to `showErrors()`. */
export const ServerProblem: Story = {
  render: (args, context) => {
    const errors: SummaryError[] = [
      { text: say(context, 'Hồ sơ này đã được nộp ngày 29/01/2025. Bạn không cần nộp lại.', 'This application was sent on 29/01/2025. You do not need to send it again.') },
      { field: 'fullName', messageKey: 'form.error.too-short', params: { min: 5 } },
    ];
    return html`<form novalidate @submit=${keep}>
      <egov-error-summary ${ref((element) => {
        // As a page does with the server's answer, once the form is on the page.
        if (element) void (element as EgovErrorSummary).updateComplete.then(() => (element as EgovErrorSummary).showErrors(errors, { focus: false }));
      })}></egov-error-summary>
      <egov-text-field name="fullName" label=${say(context, 'Họ, chữ đệm và tên', 'Full name')} value="An" autocomplete="name"></egov-text-field>
      <egov-button type="submit">${say(context, 'Gửi hồ sơ', 'Send application')}</egov-button>
    </form>`;
  },
};

/** Its own title. */
export const CustomHeading: Story = {
  render: (args, context) => meta.render!({
    ...args,
    heading: say(context, 'Hồ sơ chưa gửi được', 'Your application was not sent'),
    nameError: say(context, 'Vui lòng nhập họ và tên', 'Enter your full name'),
  }, context),
};

/** Not applicable as a whole: a summary has no disabled state. Its fields can be; a disabled field is never listed. */
export const Disabled: Story = {
  render: (_args, context) => html`<form novalidate @submit=${keep}>
    <egov-error-summary></egov-error-summary>
    <egov-text-field name="code" label=${say(context, 'Mã hồ sơ', 'Application code')} value="G22.99-250129-0001" disabled></egov-text-field>
    <egov-button type="submit">${say(context, 'Tra cứu', 'Look up')}</egov-button>
  </form>`,
};
