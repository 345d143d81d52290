import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@egov-kit/elements/define/checkbox-group';

const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

interface Args { value?: string; error?: string; required: boolean; disabled: boolean; loading: boolean }

const meta: Meta<Args> = {
  title: 'Fields/Checkbox group',
  component: 'egov-checkbox-group',
  tags: ['autodocs'],
  args: { required: true, disabled: false, loading: false },
  render: (args, context) => html`<form><egov-checkbox-group name="docs" max-selected="3"
    label=${say(context, 'Bạn có những giấy tờ nào sau đây?', 'Which of these documents do you have?')}
    hint=${say(context, 'Chọn tất cả giấy tờ bạn có', 'Select all that apply')}
    value=${ifDefined(args.value)} error=${ifDefined(args.error)} ?required=${args.required} ?disabled=${args.disabled} ?loading=${args.loading}>
    <option value="cccd">${say(context, 'Thẻ căn cước', 'Citizen ID card')}</option>
    <option value="birth" data-hint=${say(context, 'Bản sao có chứng thực', 'A certified copy')}>${say(context, 'Giấy khai sinh', 'Birth certificate')}</option>
    <option value="marriage">${say(context, 'Giấy chứng nhận kết hôn', 'Marriage certificate')}</option>
  </egov-checkbox-group></form>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: 'cccd,birth' } };
export const Error: Story = { render: (args, context) => meta.render!({ ...args, error: say(context, 'Chọn ít nhất một giấy tờ', 'Select at least one document') }, context) };
export const Disabled: Story = { args: { value: 'cccd', disabled: true } };
export const Loading: Story = { args: { loading: true } };
