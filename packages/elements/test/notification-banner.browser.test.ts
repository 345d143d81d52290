import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/notification-banner.js';
import type { EgovNotificationBanner } from '../src/components/notification-banner/notification-banner.js';
import { accessibleName, inner } from './helpers.js';

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short, readable name of an element and the shadow hosts around it, for focus assertions. */
function where(element: Element | null | undefined): string {
  const parts: string[] = [];
  let node: Element | null = element ?? null;
  while (node) {
    const name = node.getAttribute('name');
    const part = node.getAttribute('part');
    const text = node.localName === 'a' || node.localName === 'button' ? ` "${node.textContent!.replace(/\s+/g, ' ').trim()}"` : '';
    parts.unshift(`${node.localName}${node.id ? `#${node.id}` : ''}${name ? `[name=${name}]` : ''}${part ? `[part=${part}]` : ''}${text}`);
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return parts.join(' > ') || 'nothing';
}

describe('egov-notification-banner', () => {
  it('is a landmark named by its title, with the heading and text', async () => {
    const banner = await fixture<EgovNotificationBanner>(html`<egov-notification-banner heading="Từ 01/07/2025, hồ sơ nộp tại xã, phường">
      <p>Xem <a href="#ds">danh sách thủ tục</a> đã chuyển về cấp xã.</p>
    </egov-notification-banner>`);
    const base = inner(banner, '[part="base"]');
    expect(base.getAttribute('role')).to.equal('region');
    expect(accessibleName(base)).to.equal('Thông tin quan trọng');
    expect(inner(banner, '[part="title"]').getAttribute('role')).to.equal('heading');
    expect(inner(banner, '[part="heading"]').textContent).to.equal('Từ 01/07/2025, hồ sơ nộp tại xã, phường');
    expect(where(document.activeElement), 'an information banner does not take focus').to.not.equal(where(banner));
    await expect(banner).to.be.accessible();
  });

  it('reports a success as an alert that takes focus, so keyboard users go on from it', async () => {
    const banner = await fixture<EgovNotificationBanner>(html`<egov-notification-banner variant="success">
      <h3 slot="heading">Đã nộp hồ sơ</h3><p>Mã hồ sơ của bạn là G22.99-250129-0001.</p>
    </egov-notification-banner>`);
    const base = inner(banner, '[part="base"]');
    expect(base.getAttribute('role')).to.equal('alert');
    expect(accessibleName(base)).to.equal('Thành công');
    expect(where(deepActive())).to.equal(where(base));
    await expect(banner).to.be.accessible();
  });

  it('makes any variant an alert with `alert`, and leaves focus alone with `no-autofocus`', async () => {
    const banner = await fixture<EgovNotificationBanner>(html`<egov-notification-banner variant="error" alert no-autofocus heading="Chưa gửi được hồ sơ">
      <p>Đường truyền bị gián đoạn. Hồ sơ đã được lưu, bạn có thể gửi lại.</p>
    </egov-notification-banner>`);
    expect(inner(banner, '[part="base"]').getAttribute('role')).to.equal('alert');
    expect(accessibleName(inner(banner, '[part="base"]'))).to.equal('Có lỗi');
    expect(where(document.activeElement)).to.not.equal(where(banner));
    await expect(banner).to.be.accessible();
  });

  it('can be closed with the keyboard; the button says what it closes', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><button>Trước</button>
      <egov-notification-banner variant="warning" dismissible heading="Hệ thống bảo trì từ 22:00 đến 23:00 hôm nay"></egov-notification-banner></div>`);
    const banner = page.querySelector('egov-notification-banner')!;
    await banner.updateComplete;
    const button = inner<HTMLButtonElement>(banner, '[part="dismiss"]');
    expect(accessibleName(button)).to.equal('Đóng thông báo');
    await expect(page).to.be.accessible();
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(where(deepActive())).to.equal(where(button));
    const closed = oneEvent(banner, 'close');
    await sendKeys({ press: 'Enter' });
    await closed;
    expect(banner.hidden).to.equal(true);
    expect(banner.getBoundingClientRect().height).to.equal(0);
  });

  it('gives focus back to where the person was when closed, not to the page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><a href="#truoc">Trước</a>
      <egov-notification-banner dismissible heading="Hệ thống bảo trì từ 22:00 đến 23:00 hôm nay"></egov-notification-banner>
      <a href="#sau">Sau</a></div>`);
    const banner = page.querySelector('egov-notification-banner')!;
    await banner.updateComplete;
    const before = page.querySelector('a')!;
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(where(deepActive())).to.equal(where(inner(banner, '[part="dismiss"]')));
    const closed = oneEvent(banner, 'close');
    await sendKeys({ press: 'Enter' });
    await closed;
    expect(banner.hidden).to.equal(true);
    expect(where(deepActive())).to.equal(where(before));
    await sendKeys({ press: 'Tab' });
    expect(where(deepActive()), 'Tab goes on past the closed banner').to.equal(where(page.querySelector('a[href="#sau"]')));
  });

  it('moves focus to the heading after it when an alert that took focus is closed (the banner goes just before the h1)', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <egov-notification-banner variant="success" dismissible heading="Đã nộp hồ sơ G22.99-250129-0001"></egov-notification-banner>
      <h1>Hồ sơ của bạn</h1><a href="#chi-tiet">Xem chi tiết</a></div>`);
    const banner = page.querySelector('egov-notification-banner')!;
    await banner.updateComplete;
    expect(where(deepActive())).to.equal(where(inner(banner, '[part="base"]')));
    await sendKeys({ press: 'Tab' });
    const closed = oneEvent(banner, 'close');
    await sendKeys({ press: 'Enter' });
    await closed;
    const heading = page.querySelector('h1')!;
    expect(where(deepActive())).to.equal(where(heading));
    await expect(page).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    expect(where(deepActive())).to.equal(where(page.querySelector('a')));
    expect(heading.hasAttribute('tabindex'), 'the heading is focusable only while it has focus').to.equal(false);
  });

  it('titles every variant in both languages, live with [lang]', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="en">
      ${(['info', 'success', 'warning', 'error'] as const).map((variant) => html`<egov-notification-banner variant=${variant} no-autofocus heading="Notice"></egov-notification-banner>`)}
    </div>`);
    const banners = [...page.querySelectorAll('egov-notification-banner')];
    await Promise.all(banners.map((banner) => banner.updateComplete));
    const titles = () => banners.map((banner) => inner(banner, '[part="title"]').textContent);
    expect(titles()).to.deep.equal(['Important', 'Success', 'Warning', 'Error']);
    await expect(page).to.be.accessible();
    page.lang = 'vi';
    await new Promise((done) => setTimeout(done, 0));
    await Promise.all(banners.map((banner) => banner.updateComplete));
    expect(titles()).to.deep.equal(['Thông tin quan trọng', 'Thành công', 'Cần lưu ý', 'Có lỗi']);
  });
});
