/** Registers `<egov-notification-banner>`. */
import { EgovNotificationBanner } from '../components/notification-banner/notification-banner.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-notification-banner', EgovNotificationBanner);

declare global {
  interface HTMLElementTagNameMap {
    'egov-notification-banner': EgovNotificationBanner;
  }
}
export { EgovNotificationBanner };
export type { BannerVariant } from '../components/notification-banner/notification-banner.js';
