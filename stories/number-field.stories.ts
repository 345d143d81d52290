import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@egov-kit/elements/define/number-field';

const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

interface Args { value?: string; error?: string; min?: number; max?: number; integer: boolean; required: boolean; disabled: boolean; loading: boolean }

const meta: Meta<Args> = {
  title: 'Fields/Number field',
  component: 'egov-number-field',
  tags: ['autodocs'],
  args: { required: true, integer: false, disabled: false, loading: false, min: 1 },
  render: (args, context) => html`<form><egov-number-field name="area" label=${say(context, 'Diện tích đất', 'Land area')}
    hint=${say(context, 'Ghi theo giấy chứng nhận, ví dụ 120,5', 'As on the certificate, for example 120.5')}
    value=${ifDefined(args.value)} error=${ifDefined(args.error)} min=${ifDefined(args.min)} max=${ifDefined(args.max)}
    ?integer=${args.integer} ?required=${args.required} ?disabled=${args.disabled} ?loading=${args.loading}
    style="--egov-text-field-width: 14rem"><span slot="suffix">m²</span></egov-number-field></form>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
/** 1500000.5, shown in the language's notation: 1.500.000,5 or 1,500,000.5. */
export const Filled: Story = { args: { value: '1500000.5' } };
export const Error: Story = {
  render: (args, context) => meta.render!({ ...args, value: '0', error: say(context, 'Diện tích phải lớn hơn 0', 'The area must be more than 0') }, context),
};
export const Disabled: Story = { args: { value: '120.5', disabled: true } };
export const Loading: Story = { args: { loading: true } };
