import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@egov-kit/elements/define/checkbox';

const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

interface Args { checked: boolean; error?: string; required: boolean; disabled: boolean; loading: boolean }

const meta: Meta<Args> = {
  title: 'Fields/Checkbox',
  component: 'egov-checkbox',
  tags: ['autodocs'],
  args: { checked: false, required: true, disabled: false, loading: false },
  render: (args, context) => html`<form><egov-checkbox name="declare" value="yes" ?checked=${args.checked} error=${ifDefined(args.error)}
    ?required=${args.required} ?disabled=${args.disabled} ?loading=${args.loading}
    hint=${say(context, 'Khai sai có thể bị xử lý theo quy định của pháp luật', 'A false statement may be penalised by law')}>${say(context,
      'Tôi xin cam đoan những thông tin khai trên là đúng sự thật', 'I declare that the information above is true')}</egov-checkbox></form>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const Filled: Story = { args: { checked: true } };
export const Error: Story = { render: (args, context) => meta.render!({ ...args, error: say(context, 'Bạn cần cam đoan trước khi nộp hồ sơ', 'You must make the declaration before you submit') }, context) };
export const Disabled: Story = { args: { checked: true, disabled: true } };
export const Loading: Story = { args: { loading: true } };
