import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@egov-kit/elements/define/button';

const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

interface Args { variant: 'primary' | 'secondary' | 'warning' | 'link'; disabled: boolean; loading: boolean; href?: string }

const meta: Meta<Args> = {
  title: 'Fields/Button',
  component: 'egov-button',
  tags: ['autodocs'],
  args: { variant: 'primary', disabled: false, loading: false },
  argTypes: { variant: { control: 'select', options: ['primary', 'secondary', 'warning', 'link'] } },
  render: (args, context) => html`<egov-button variant=${args.variant} ?disabled=${args.disabled} ?loading=${args.loading}
    href=${ifDefined(args.href)}>${say(context, 'Nộp hồ sơ', 'Submit application')}</egov-button>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The main action of a page. */
export const Empty: Story = {};
/** The other looks: secondary, warning (destructive) and link. */
export const Filled: Story = {
  render: (_args, context) => html`<egov-button>${say(context, 'Tiếp tục', 'Continue')}</egov-button>
    <egov-button variant="secondary">${say(context, 'Lưu nháp', 'Save draft')}</egov-button>
    <egov-button variant="warning">${say(context, 'Hủy hồ sơ', 'Withdraw application')}</egov-button>
    <egov-button variant="link" type="button">${say(context, 'Quay lại', 'Back')}</egov-button>`,
};
/** A start link (`href`), styled as a button. */
export const Link: Story = { args: { href: '#bat-dau' } };
/** A warning action. */
export const Error: Story = { args: { variant: 'warning' } };
export const Disabled: Story = { args: { disabled: true } };
/** The action is in progress: presses are ignored, screen readers are told to wait. */
export const Loading: Story = { args: { loading: true } };
/**
 * Two actions in one form: each sends its `name` and `value` with the form, as a native submit button does
 * (`event.submitter.value` says which), and `formnovalidate` saves a draft without checking the fields.
 */
export const Actions: Story = {
  render: (_args, context) => html`<form @submit=${(event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    form.querySelector('output')!.value = String(new FormData(form, event.submitter).get('action'));
  }}>
    <egov-button name="action" value="send">${say(context, 'Nộp hồ sơ', 'Submit application')}</egov-button>
    <egov-button name="action" value="draft" variant="secondary" formnovalidate>${say(context, 'Lưu nháp', 'Save draft')}</egov-button>
    <p>${say(context, 'Hành động đã chọn: ', 'Chosen action: ')}<output></output></p>
  </form>`,
};
