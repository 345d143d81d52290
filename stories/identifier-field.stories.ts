import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@egov-kit/elements/define/identifier-field';

type Kind = 'cccd' | 'cmnd' | 'tax-code' | 'phone' | 'social-insurance' | 'email';
interface Args { kind: Kind; value?: string; error?: string; required: boolean; disabled: boolean; loading: boolean }

/** Labels and hints come from core's catalogue and the element's texts, in the toolbar's language. */
const meta: Meta<Args> = {
  title: 'Fields/Identifier field',
  component: 'egov-identifier-field',
  tags: ['autodocs'],
  args: { kind: 'cccd', required: true, disabled: false, loading: false },
  argTypes: { kind: { control: 'select', options: ['cccd', 'cmnd', 'tax-code', 'phone', 'social-insurance', 'email'] } },
  render: (args) => html`<form><egov-identifier-field name="id" kind=${args.kind} value=${ifDefined(args.value)} error=${ifDefined(args.error)}
    ?required=${args.required} ?disabled=${args.disabled} ?loading=${args.loading}></egov-identifier-field></form>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
/** Shown in groups: 001 095 012 345; submitted as 001095012345. */
export const Filled: Story = { args: { value: '001095012345' } };
export const Phone: Story = { args: { kind: 'phone', value: '0912345678' } };
export const TaxCode: Story = { args: { kind: 'tax-code', value: '0100109106-001' } };
/** Core explains the mistake: an old 11-digit mobile number. Leave the field to see it. */
export const Error: Story = { args: { kind: 'phone', value: '01691234567', error: 'Đầu số 0169 đã đổi thành 039 từ năm 2018. Hãy nhập số mới: 0391 234 567' } };
export const Disabled: Story = { args: { value: '001095012345', disabled: true } };
/** Prefilled from the national population database. */
export const Loading: Story = { args: { loading: true } };
