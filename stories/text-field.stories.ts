import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@egov-kit/elements/define/text-field';

/** Story text in the toolbar's language. */
const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

interface Args {
  label?: string;
  hint?: string;
  value?: string;
  error?: string;
  required: boolean;
  disabled: boolean;
  loading: boolean;
  autocomplete?: string;
}

const meta: Meta<Args> = {
  title: 'Fields/Text field',
  component: 'egov-text-field',
  tags: ['autodocs'],
  args: { required: true, disabled: false, loading: false },
  render: (args, context) => html`<form>
    <egov-text-field
      name="fullName"
      label=${args.label ?? say(context, 'Họ, chữ đệm và tên', 'Full name')}
      hint=${args.hint ?? say(context, 'Ghi như trên thẻ căn cước, có dấu', 'As written on the ID card, with accents')}
      value=${ifDefined(args.value)}
      error=${ifDefined(args.error)}
      autocomplete=${ifDefined(args.autocomplete ?? 'name')}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?loading=${args.loading}
    ></egov-text-field>
  </form>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Nothing typed yet. */
export const Empty: Story = {};

/** A value typed with every Vietnamese diacritic the font must render. */
export const Filled: Story = { args: { value: 'Nguyễn Thị Ánh Tuyết Hằng Ượng' } };

/** The server rejected the value; the error clears when the person edits it. */
export const Error: Story = {
  render: (args, context) => meta.render!({ ...args, value: 'Nguyen Van', error: say(context, 'Họ và tên phải ghi có dấu, như trên thẻ căn cước', 'Write the name with its accents, as on the ID card') }, context),
};

/** Cannot be changed, and is not submitted. */
export const Disabled: Story = { args: { value: 'Trần Văn Bình', disabled: true } };

/** The value is being fetched (e.g. from the national population database). */
export const Loading: Story = { args: { loading: true } };
