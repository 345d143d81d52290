import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DossierEvent } from '@egov-kit/core';
import '@egov-kit/elements/define/timeline';
import '@egov-kit/elements/define/skeleton';

/** Story text in the toolbar's language. */
const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

interface Args { newestFirst: boolean }

const history = (context: Pick<StoryContext, 'globals'>): DossierEvent[] => [
  { from: 'submitted', to: 'received', actor: { kind: 'staff', id: 'cb-17', name: 'Trần Thị Bình' }, at: '2025-01-29T08:15:00+07:00' },
  {
    from: 'received', to: 'supplement-requested', actor: { kind: 'staff', id: 'cb-17', name: 'Trần Thị Bình' }, at: '2025-01-30T09:30:00+07:00',
    note: say(context, 'Đề nghị bổ sung bản sao giấy khai sinh có chứng thực.', 'Please add a certified copy of the birth certificate.'),
  },
  { from: 'supplement-requested', to: 'processing', actor: { kind: 'applicant', id: 'cd-1', name: 'Nguyễn Thị Ánh Tuyết' }, at: '2025-01-31T14:00:00+07:00' },
  { from: 'processing', to: 'decided', actor: { kind: 'staff', id: 'ld-2', name: 'Lê Văn Cường' }, at: '2025-02-04T10:45:00+07:00' },
  { from: 'decided', to: 'returned', actor: { kind: 'system', id: 'vnpost' }, at: '2025-02-05T16:20:00+07:00' },
];

const meta: Meta<Args> = {
  title: 'Feedback/Timeline',
  component: 'egov-timeline',
  tags: ['autodocs'],
  args: { newestFirst: false },
  render: (args, context) => html`<egov-timeline ?newest-first=${args.newestFirst} submitted-at="2025-01-29T07:05:00+07:00" .events=${history(context)}></egov-timeline>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A dossier's whole history, oldest first. */
export const Filled: Story = {};
/** The latest first, as a tracker shows it. */
export const NewestFirst: Story = { args: { newestFirst: true } };
/** Filed, nothing else yet. */
export const Submitted: Story = { render: () => html`<egov-timeline submitted-at="2025-01-29T07:05:00+07:00"></egov-timeline>` };
/** No history at all. */
export const Empty: Story = { render: () => html`<egov-timeline></egov-timeline>` };
/** While the history loads: a placeholder stands in, and the region is busy. */
export const Loading: Story = {
  render: (_args, context) => html`<section aria-label=${say(context, 'Quá trình xử lý hồ sơ', 'Application history')}>
    <egov-skeleton lines="2"></egov-skeleton><egov-skeleton lines="2"></egov-skeleton><egov-skeleton lines="3"></egov-skeleton>
  </section>`,
};
