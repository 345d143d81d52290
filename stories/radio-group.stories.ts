import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@egov-kit/elements/define/radio-group';

const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

interface Args { value?: string; error?: string; inline: boolean; required: boolean; disabled: boolean; loading: boolean }

const meta: Meta<Args> = {
  title: 'Fields/Radio group',
  component: 'egov-radio-group',
  tags: ['autodocs'],
  args: { inline: false, required: true, disabled: false, loading: false },
  render: (args, context) => html`<form><egov-radio-group name="delivery" label=${say(context, 'Bạn muốn nhận kết quả bằng cách nào?', 'How do you want to receive the result?')}
    value=${ifDefined(args.value)} error=${ifDefined(args.error)} ?inline=${args.inline} ?required=${args.required} ?disabled=${args.disabled} ?loading=${args.loading}>
    <option value="office">${say(context, 'Nhận trực tiếp tại Trung tâm Phục vụ hành chính công', 'In person at the public administration service centre')}</option>
    <option value="post" data-hint=${say(context, 'Phí chuyển phát do người nhận trả', 'The recipient pays the postage')}>${say(context, 'Qua dịch vụ bưu chính công ích', 'By public postal service')}</option>
    <option value="online">${say(context, 'Bản điện tử qua tài khoản dịch vụ công', 'Electronic copy in your public services account')}</option>
  </egov-radio-group></form>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: 'post' } };
/** Two short choices side by side. */
export const Inline: Story = {
  render: (_args, context) => html`<egov-radio-group name="yes" inline label=${say(context, 'Bạn đã từng được cấp giấy phép này chưa?', 'Have you had this licence before?')}>
    <option value="yes">${say(context, 'Có', 'Yes')}</option><option value="no">${say(context, 'Chưa', 'No')}</option></egov-radio-group>`,
};
export const Error: Story = { render: (args, context) => meta.render!({ ...args, error: say(context, 'Chọn cách nhận kết quả', 'Choose how to receive the result') }, context) };
export const Disabled: Story = { args: { value: 'office', disabled: true } };
export const Loading: Story = { args: { loading: true } };
