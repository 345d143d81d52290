import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@egov-kit/elements/define/summary-list';
import type { SummaryRow } from '@egov-kit/elements/define/summary-list';

/** Story text in the toolbar's language. */
const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

const answers = (context: Pick<StoryContext, 'globals'>): SummaryRow[] => [
  { key: say(context, 'Họ, chữ đệm và tên', 'Full name'), value: 'Nguyễn Thị Ánh Tuyết', href: '#ho-ten' },
  { key: say(context, 'Ngày sinh', 'Date of birth'), value: '29/01/1990', href: '#ngay-sinh' },
  { key: say(context, 'Số định danh cá nhân', 'Personal identification number'), value: '001 190 012 345', href: '#cccd' },
  {
    key: say(context, 'Địa chỉ thường trú', 'Permanent address'),
    value: ['Số 12, phố Trần Hưng Đạo', say(context, 'Phường Hoàn Kiếm', 'Hoàn Kiếm ward'), say(context, 'Thành phố Hà Nội', 'Hà Nội')],
    href: '#dia-chi',
  },
];

const meta: Meta = {
  title: 'Layout/Summary list',
  component: 'egov-summary-list',
  tags: ['autodocs'],
  render: (_args, context) => html`<egov-summary-list .rows=${answers(context)}></egov-summary-list>`,
};
export default meta;
type Story = StoryObj;

/** "Check your answers": each row with a change link that says which row it changes. */
export const Filled: Story = {};

/** Answers left blank show "Chưa cung cấp"; the link can say "Thêm" (add) instead of "Thay đổi". */
export const Empty: Story = {
  render: (_args, context) => html`<egov-summary-list .rows=${[
    { key: say(context, 'Số điện thoại', 'Phone number'), value: '', href: '#dien-thoai', action: say(context, 'Thêm', 'Add') },
    { key: say(context, 'Thư điện tử', 'Email'), value: [], href: '#email', action: say(context, 'Thêm', 'Add') },
  ]}></egov-summary-list>`,
};

/** A card per part of the application, with a title and actions for the whole card. */
export const Card: Story = {
  render: (_args, context) => html`<egov-summary-list card-title=${say(context, 'Người nộp hồ sơ', 'Applicant')} .rows=${answers(context)}>
    <a slot="actions" href="#xoa">${say(context, 'Xoá người nộp', 'Remove applicant')}</a>
  </egov-summary-list>`,
};

/** Rows written in HTML (`<dt>`/`<dd>`), e.g. by a CMS; a read-only record has no links. */
export const FromHtml: Story = {
  render: (_args, context) => html`<egov-summary-list card-title=${say(context, 'Hồ sơ G22.99-250129-0001', 'Application G22.99-250129-0001')}>
    <dt>${say(context, 'Thủ tục', 'Procedure')}</dt><dd>${say(context, 'Cấp bản sao trích lục khai sinh', 'Copy of a birth record')}</dd>
    <dt>${say(context, 'Cơ quan giải quyết', 'Handled by')}</dt><dd>${say(context, 'Ủy ban nhân dân phường Hoàn Kiếm', 'Hoàn Kiếm Ward People’s Committee')}</dd>
    <dt>${say(context, 'Lệ phí', 'Fee')}</dt><dd><strong>8.000 ₫</strong> ${say(context, '(đã nộp trực tuyến)', '(paid online)')}</dd>
    <dt data-href="#nhan-ket-qua" data-action=${say(context, 'Sửa', 'Edit')}>${say(context, 'Nơi nhận kết quả', 'Where to get the result')}</dt>
    <dd>${say(context, 'Tại nhà, qua bưu điện', 'At home, by post')}</dd>
  </egov-summary-list>`,
};

/** On a phone: each answer goes under its question. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-width: 20rem">${story()}</div>`],
};
