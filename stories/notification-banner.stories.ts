import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@egov-kit/elements/define/notification-banner';

/** Story text in the toolbar's language. */
const say = (context: Pick<StoryContext, 'globals'>, vi: string, en: string) => (context.globals['locale'] === 'en' ? en : vi);

interface Args {
  variant: 'info' | 'success' | 'warning' | 'error';
  dismissible: boolean;
  alert: boolean;
}

const meta: Meta<Args> = {
  title: 'Feedback/Notification banner',
  component: 'egov-notification-banner',
  tags: ['autodocs'],
  args: { variant: 'info', dismissible: false, alert: false },
  argTypes: { variant: { control: 'select', options: ['info', 'success', 'warning', 'error'] } },
  render: (args, context) => html`<egov-notification-banner variant=${args.variant} ?dismissible=${args.dismissible} ?alert=${args.alert} no-autofocus
    heading=${say(context, 'Từ ngày 01/07/2025, hồ sơ đất đai nộp tại Ủy ban nhân dân xã, phường', 'From 1 July 2025, land applications are made at the commune or ward People’s Committee')}>
    <p>${say(context, 'Xem ', 'See ')}<a href="#thu-tuc">${say(context, 'danh sách thủ tục đã chuyển về cấp xã', 'the procedures now handled by communes')}</a>.</p>
  </egov-notification-banner>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Information people need to know. */
export const Info: Story = {};

/** The result of the person's action: an alert, read out at once (it takes focus unless `no-autofocus`). */
export const Success: Story = {
  render: (_args, context) => html`<egov-notification-banner variant="success" no-autofocus>
    <h3 slot="heading">${say(context, 'Đã nộp hồ sơ', 'Application sent')}</h3>
    <p>${say(context, 'Mã hồ sơ của bạn là ', 'Your application code is ')}<strong>G22.99-250129-0001</strong>. ${say(context, 'Ngày hẹn trả kết quả: 05/02/2025.', 'Result due on 05/02/2025.')}</p>
  </egov-notification-banner>`,
};

/** Something to watch out for. */
export const Warning: Story = {
  render: (_args, context) => html`<egov-notification-banner variant="warning"
    heading=${say(context, 'Hệ thống bảo trì từ 22:00 đến 23:00 hôm nay', 'The service is down for maintenance from 22:00 to 23:00 today')}>
    <p>${say(context, 'Hồ sơ đang soạn được lưu tự động.', 'Drafts are saved automatically.')}</p>
  </egov-notification-banner>`,
};

/** Something failed that is not a form error (those go in the error summary). */
export const Error: Story = {
  render: (_args, context) => html`<egov-notification-banner variant="error" alert no-autofocus
    heading=${say(context, 'Chưa gửi được hồ sơ', 'Your application was not sent')}>
    <p>${say(context, 'Đường truyền bị gián đoạn. Hồ sơ đã được lưu, bạn có thể gửi lại.', 'The connection was lost. Your application is saved; you can send it again.')}</p>
  </egov-notification-banner>`,
};

/** People can close it; focus then goes back to where it was before the person came into the banner (else to the heading after it). */
export const Dismissible: Story = { args: { dismissible: true } };

/** Its own title in the bar. */
export const CustomTitle: Story = {
  render: (_args, context) => html`<egov-notification-banner banner-title=${say(context, 'Thông báo của Sở Tư pháp', 'Notice from the Department of Justice')}
    heading=${say(context, 'Lệ phí cấp bản sao trích lục giảm 50% đến hết năm 2025', 'Copy fees are halved until the end of 2025')}></egov-notification-banner>`,
};
