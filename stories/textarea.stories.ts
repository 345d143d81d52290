import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@egov-kit/elements/define/textarea';

const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

interface Args { value?: string; error?: string; maxlength?: number; required: boolean; disabled: boolean; loading: boolean }

const meta: Meta<Args> = {
  title: 'Fields/Textarea',
  component: 'egov-textarea',
  tags: ['autodocs'],
  args: { maxlength: 200, required: true, disabled: false, loading: false },
  render: (args, context) => html`<form><egov-textarea name="reason" label=${say(context, 'Lý do đề nghị cấp lại', 'Why you are asking for a new copy')}
    hint=${say(context, 'Ví dụ: bị mất, bị hỏng', 'For example: lost, damaged')} maxlength=${ifDefined(args.maxlength)}
    value=${ifDefined(args.value)} error=${ifDefined(args.error)} ?required=${args.required} ?disabled=${args.disabled} ?loading=${args.loading}></egov-textarea></form>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: 'Giấy chứng nhận bị ướt, nhòe chữ trong đợt lũ tháng 9 vừa qua nên không đọc được số hiệu.' } };
/** Over the limit: typing is never cut off; the count and the error say by how much. */
export const OverLimit: Story = { args: { maxlength: 20, value: 'Giấy chứng nhận bị ướt, nhòe chữ' } };
export const Error: Story = {
  render: (args, context) => meta.render!({ ...args, value: 'Mất', error: say(context, 'Hãy ghi rõ hơn lý do', 'Explain the reason in more detail') }, context),
};
export const Disabled: Story = { args: { value: 'Bị mất', disabled: true } };
export const Loading: Story = { args: { loading: true } };
