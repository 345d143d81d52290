import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@egov-kit/elements/define/select';

const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

interface Args { value?: string; error?: string; required: boolean; disabled: boolean; loading: boolean }

const meta: Meta<Args> = {
  title: 'Fields/Select',
  component: 'egov-select',
  tags: ['autodocs'],
  args: { required: true, disabled: false, loading: false },
  render: (args, context) => html`<form><egov-select name="purpose" label=${say(context, 'Mục đích sử dụng', 'What you need it for')}
    value=${ifDefined(args.value)} error=${ifDefined(args.error)} ?required=${args.required} ?disabled=${args.disabled} ?loading=${args.loading}>
    <option value="work">${say(context, 'Xin việc làm', 'Applying for a job')}</option>
    <option value="study">${say(context, 'Đi học', 'Studying')}</option>
    <option value="abroad">${say(context, 'Xuất cảnh', 'Travelling abroad')}</option>
  </egov-select></form>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: 'study' } };
export const Error: Story = { render: (args, context) => meta.render!({ ...args, error: say(context, 'Chọn mục đích sử dụng', 'Choose what you need it for') }, context) };
export const Disabled: Story = { args: { value: 'work', disabled: true } };
export const Loading: Story = { args: { loading: true } };
