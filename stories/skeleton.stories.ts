import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@egov-kit/elements/define/skeleton';

/** Story text in the toolbar's language. */
const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

interface Args { shape: 'text' | 'block'; lines: number; loading: boolean }

const meta: Meta<Args> = {
  title: 'Feedback/Loading placeholder',
  component: 'egov-skeleton',
  tags: ['autodocs'],
  args: { shape: 'text', lines: 3, loading: true },
  argTypes: { shape: { control: 'select', options: ['text', 'block'] } },
  render: (args, context) => html`<section aria-label=${say(context, 'Hồ sơ của tôi', 'My applications')}>
    <egov-skeleton shape=${args.shape} lines=${args.lines} ?loading=${args.loading}>
      <p>${say(context, 'Hồ sơ G22.99-250129-0001: cấp bản sao trích lục khai sinh.', 'Application G22.99-250129-0001: copy of a birth record.')}</p>
    </egov-skeleton>
  </section>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Lines of text loading; "Đang tải…" is said once. */
export const Loading: Story = {};
/** A block: an image, a card, a table. */
export const Block: Story = { args: { shape: 'block' } };
/** Loaded: the content shows, the region is no longer busy. */
export const Filled: Story = { args: { loading: false } };
/** A list of results loading: several placeholders in one region, one announcement. */
export const List: Story = {
  render: (_args, context) => html`<section aria-label=${say(context, 'Kết quả tra cứu', 'Search results')}>
    <egov-skeleton lines="2" label=${say(context, 'Đang tải kết quả tra cứu…', 'Loading search results…')}></egov-skeleton>
    <egov-skeleton lines="2"></egov-skeleton>
    <egov-skeleton lines="2"></egov-skeleton>
  </section>`,
};
