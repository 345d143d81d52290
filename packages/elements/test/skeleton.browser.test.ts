import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define/skeleton.js';
import type { EgovSkeleton } from '../src/components/skeleton/skeleton.js';
import { announcerRegion } from '../src/components/skeleton/announcer.js';

const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Every text the page's live region has said from now on. */
function listen(): { said: string[]; stop: () => void } {
  const said: string[] = [];
  const observer = new MutationObserver((records) => {
    const region = announcerRegion();
    if (!region || !records.some((record) => region.contains(record.target))) return;
    const text = region.textContent ?? '';
    if (text) said.push(text);
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return { said, stop: () => observer.disconnect() };
}

describe('egov-skeleton', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('marks the region it stands in for busy, says "Đang tải…" once for all its placeholders, and frees it when loaded', async () => {
    const heard = listen();
    const region = await fixture<HTMLElement>(html`<section aria-label="Hồ sơ của tôi">
      <egov-skeleton lines="2"></egov-skeleton><egov-skeleton shape="block"></egov-skeleton><egov-skeleton></egov-skeleton>
    </section>`);
    const placeholders = [...region.querySelectorAll('egov-skeleton')];
    expect(region.getAttribute('aria-busy')).to.equal('true');
    await wait(300);
    heard.stop();
    expect(heard.said).to.deep.equal(['Đang tải…']);
    expect(announcerRegion()!.getAttribute('role')).to.equal('status');
    expect(region.contains(announcerRegion()!), 'said from outside the busy region').to.equal(false);
    // The shapes are hidden from screen readers; the lines are drawn.
    const shapes = placeholders[0]!.shadowRoot!.querySelectorAll('[part="shape"]');
    expect(shapes).to.have.length(2);
    expect(placeholders[0]!.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(placeholders[1]!.getBoundingClientRect().height).to.be.greaterThan(100);
    await expect(region).to.be.accessible();

    placeholders[0]!.remove();
    placeholders[1]!.loading = false;
    await placeholders[1]!.updateComplete;
    expect(region.getAttribute('aria-busy'), 'busy while one is still loading').to.equal('true');
    placeholders[2]!.loading = false;
    await placeholders[2]!.updateComplete;
    expect(region.hasAttribute('aria-busy')).to.equal(false);
  });

  it('shows its content when loaded, and names its region with `for`', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <div id="ket-qua" aria-live="polite" aria-busy="false"></div>
      <egov-skeleton for="ket-qua" label="Đang tải kết quả tra cứu…"><p>Hồ sơ G22.99-250129-0001: Đang xử lý</p></egov-skeleton>
    </div>`);
    const target = page.querySelector('#ket-qua')!;
    const skeleton = page.querySelector<EgovSkeleton>('egov-skeleton')!;
    expect(target.getAttribute('aria-busy')).to.equal('true');
    expect(page.querySelector('p')!.getBoundingClientRect().height, 'content hidden while loading').to.equal(0);
    await wait(200);
    expect(announcerRegion()!.textContent).to.equal('Đang tải kết quả tra cứu…');
    skeleton.loading = false;
    await skeleton.updateComplete;
    expect(target.getAttribute('aria-busy'), 'its own value back').to.equal('false');
    expect(page.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(page).to.be.accessible();
  });

  it('says nothing when the content arrives before it would speak', async () => {
    await wait(200);
    const heard = listen();
    const region = await fixture<HTMLElement>(html`<div><egov-skeleton></egov-skeleton></div>`);
    region.querySelector<EgovSkeleton>('egov-skeleton')!.loading = false;
    await wait(200);
    heard.stop();
    expect(heard.said).to.deep.equal([]);
  });

  it('shimmers, unless the person asks for reduced motion; speaks the page language', async () => {
    const region = await fixture<HTMLElement>(html`<div lang="en"><egov-skeleton></egov-skeleton></div>`);
    const shape = region.querySelector('egov-skeleton')!.shadowRoot!.querySelector('[part="shape"]')!;
    expect(getComputedStyle(shape).animationName).to.equal('egov-shimmer');
    await wait(200);
    expect(announcerRegion()!.textContent).to.equal('Loading…');
    expect(announcerRegion()!.lang).to.equal('en');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(shape).animationName).to.equal('none');
  });
});
