import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@egov-kit/elements/define/step-indicator';

/** Story text in the toolbar's language. */
const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

interface Args { current: number; counters: boolean }

const steps = (context: Pick<StoryContext, 'globals'>) => [
  say(context, 'Chọn thủ tục', 'Choose the procedure'),
  say(context, 'Thông tin người nộp', 'About you'),
  say(context, 'Giấy tờ kèm theo', 'Documents'),
  say(context, 'Kiểm tra thông tin', 'Check your answers'),
  say(context, 'Nộp lệ phí', 'Pay the fee'),
];

const meta: Meta<Args> = {
  title: 'Layout/Step indicator',
  component: 'egov-step-indicator',
  tags: ['autodocs'],
  args: { current: 2, counters: false },
  argTypes: { current: { control: { type: 'number', min: 1, max: 5 } } },
  render: (args, context) => html`<egov-step-indicator current=${args.current} ?counters=${args.counters} .steps=${steps(context)}></egov-step-indicator>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The first step: nothing done yet. */
export const Empty: Story = { args: { current: 1 } };
/** Two steps done, on the third. Change `current` to hear the new step announced. */
export const Filled: Story = { args: { current: 3 } };
/** With the steps' numbers. */
export const Counters: Story = { args: { current: 2, counters: true } };
/** The last step. */
export const LastStep: Story = { args: { current: 5, counters: true } };
/** On a phone: the bars and the heading; the labels are still read out. */
export const Narrow: Story = {
  args: { current: 2, counters: true },
  decorators: [(story) => html`<div style="max-width: 20rem">${story()}</div>`],
};
/** Steps written in HTML, e.g. by a CMS. */
export const FromHtml: Story = {
  render: (_args, context) => html`<egov-step-indicator current="2">
    <span>${say(context, 'Tra cứu hồ sơ', 'Find your application')}</span>
    <span>${say(context, 'Bổ sung giấy tờ', 'Add documents')}</span>
    <span>${say(context, 'Xác nhận', 'Confirm')}</span>
  </egov-step-indicator>`,
};
