import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@egov-kit/elements/define/fieldset';
import '@egov-kit/elements/define/text-field';
import '@egov-kit/elements/define/identifier-field';

const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

interface Args { size: 'field' | 'section' | 'page'; disabled: boolean; error?: string; loading: boolean }

const meta: Meta<Args> = {
  title: 'Fields/Fieldset',
  component: 'egov-fieldset',
  tags: ['autodocs'],
  args: { size: 'section', disabled: false, loading: false },
  argTypes: { size: { control: 'select', options: ['field', 'section', 'page'] } },
  render: (args, context) => html`<form><egov-fieldset legend=${say(context, 'Người được ủy quyền', 'Authorised person')} size=${args.size}
    hint=${say(context, 'Người thay bạn nhận kết quả', 'The person who collects the result for you')} ?disabled=${args.disabled}>
    <egov-text-field name="proxyName" label=${say(context, 'Họ và tên', 'Full name')} value=${args.error ? 'Lê Thị' : ''} error=${args.error ?? ''} ?loading=${args.loading}></egov-text-field>
    <egov-identifier-field name="proxyId" kind="cccd" ?loading=${args.loading}></egov-identifier-field>
  </egov-fieldset></form>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
/** The legend as the page's heading. */
export const Filled: Story = { args: { size: 'page' } };
export const Error: Story = { render: (args, context) => meta.render!({ ...args, error: say(context, 'Ghi đầy đủ họ và tên', 'Write the full name') }, context) };
/** Disables every field inside. */
export const Disabled: Story = { args: { disabled: true } };
export const Loading: Story = { args: { loading: true } };
/** Groups nest: the fields of a disabled inner group stay disabled while the outer one is enabled. */
export const Nested: Story = {
  render: (args, context) => html`<form><egov-fieldset legend=${say(context, 'Người nộp hồ sơ', 'Applicant')} size="section" ?disabled=${args.disabled}>
    <egov-text-field name="name" label=${say(context, 'Họ và tên', 'Full name')}></egov-text-field>
    <egov-fieldset legend=${say(context, 'Người được ủy quyền', 'Authorised person')} disabled>
      <egov-text-field name="proxyName" label=${say(context, 'Họ và tên', 'Full name')}></egov-text-field>
    </egov-fieldset>
  </egov-fieldset></form>`,
};
