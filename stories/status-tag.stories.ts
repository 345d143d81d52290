import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { dossierStatuses } from '@egov-kit/core';
import '@egov-kit/elements/define/status-tag';

/** Story text in the toolbar's language. */
const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

interface Args { status: string }

const meta: Meta<Args> = {
  title: 'Feedback/Status tag',
  component: 'egov-status-tag',
  tags: ['autodocs'],
  args: { status: 'processing' },
  argTypes: { status: { control: 'select', options: dossierStatuses.map((info) => info.id) } },
  render: (args) => html`<egov-status-tag status=${args.status}></egov-status-tag>`,
};
export default meta;
type Story = StoryObj<Args>;

/** One dossier's status. */
export const Filled: Story = {};

/** A supplement is awaited: the deadline clock is paused. */
export const Warning: Story = { args: { status: 'supplement-requested' } };

/** Every one-stop status (`TrangThaiHoSo` 1–10) with its official name and colour. */
export const AllStatuses: Story = {
  render: (_args, context) => html`<table>
    <thead><tr><th scope="col">${say(context, 'Mã', 'Code')}</th><th scope="col">${say(context, 'Trạng thái', 'Status')}</th></tr></thead>
    <tbody>${dossierStatuses.map((info) => html`<tr><td>${info.code}</td><td><egov-status-tag status=${info.id}></egov-status-tag></td></tr>`)}</tbody>
  </table>`,
};

/** A generic tag in each variant. */
export const Generic: Story = {
  render: (_args, context) => html`<egov-status-tag>${say(context, 'Nháp', 'Draft')}</egov-status-tag>
    <egov-status-tag variant="info">${say(context, 'Đang tải lên', 'Uploading')}</egov-status-tag>
    <egov-status-tag variant="success">${say(context, 'Đã thanh toán', 'Paid')}</egov-status-tag>
    <egov-status-tag variant="warning">${say(context, 'Sắp hết hạn', 'Due soon')}</egov-status-tag>
    <egov-status-tag variant="error">${say(context, 'Quá hạn', 'Overdue')}</egov-status-tag>`,
};

/** An unknown status shows the text given inside. */
export const Error: Story = {
  render: (_args, context) => html`<egov-status-tag status="unknown" variant="error">${say(context, 'Không rõ trạng thái', 'Unknown status')}</egov-status-tag>`,
};
