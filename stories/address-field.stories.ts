import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@egov-kit/elements/define/address-field';

const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

interface Args { value?: string; error?: string; required: boolean; disabled: boolean; loading: boolean }

const meta: Meta<Args> = {
  title: 'Fields/Address field',
  component: 'egov-address-field',
  tags: ['autodocs'],
  args: { required: true, disabled: false, loading: false },
  render: (args, context) => html`<form><egov-address-field name="address" label=${say(context, 'Nơi thường trú', 'Permanent address')}
    hint=${say(context, 'Theo đơn vị hành chính hiện hành (từ ngày 01/07/2025)', 'On the current administrative units (since 1 July 2025)')}
    value=${ifDefined(args.value)} error=${ifDefined(args.error)} ?required=${args.required} ?disabled=${args.disabled} ?loading=${args.loading}></egov-address-field></form>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Open “Bạn chỉ biết địa chỉ cũ…” and type “duc xuan bac kan” to convert an old address. */
export const Empty: Story = {};
export const Filled: Story = { args: { value: '{"provinceCode":"19","communeCode":"01840","street":"Số 5, tổ 3"}' } };
export const Error: Story = {
  render: (args, context) => meta.render!({ ...args, value: '{"provinceCode":"19","communeCode":"","street":""}', error: say(context, 'Chọn xã, phường, đặc khu', 'Choose the commune or ward') }, context),
};
export const Disabled: Story = { args: { value: '{"provinceCode":"01","communeCode":"00004","street":"12 Điện Biên Phủ"}', disabled: true } };
export const Loading: Story = { args: { loading: true } };
