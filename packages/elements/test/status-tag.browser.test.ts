import { expect, fixture, html } from '@open-wc/testing';
import { dossierStatuses } from '@egov-kit/core';
import { statusMessages } from '@egov-kit/core/messages';
import '../src/define/status-tag.js';
import type { EgovStatusTag } from '../src/components/status-tag/status-tag.js';
import { coreReady, inner } from './helpers.js';

const colour = (tag: EgovStatusTag) => getComputedStyle(inner(tag, '[part~="base"]')).backgroundColor;

describe('egov-status-tag', () => {
  it('names every one-stop status with its official Vietnamese name, and colours it by what it does to the deadline', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>${dossierStatuses.map((info) => html`<egov-status-tag status=${info.id}></egov-status-tag> `)}</div>`);
    await coreReady();
    const tags = [...page.querySelectorAll('egov-status-tag')];
    await Promise.all(tags.map((tag) => tag.updateComplete));
    expect(tags.map((tag) => tag.shadowRoot!.textContent!.trim())).to.deep.equal(dossierStatuses.map((info) => statusMessages.vi.name[info.id]));
    expect(tags.map((tag) => tag.shownVariant)).to.deep.equal([
      'neutral', 'info', 'error', 'info', 'warning', 'info', 'neutral', 'error', 'success', 'success',
    ]);
    const byId = Object.fromEntries(tags.map((tag) => [tag.status, colour(tag)]));
    expect(byId['processing']).to.not.equal(byId['supplement-requested']);
    expect(byId['returned']).to.not.equal(byId['refused']);
    expect(byId['submitted']).to.not.equal(byId['received']);
    // Every colour pair meets contrast, in each variant.
    await expect(page).to.be.accessible();
  });

  it('follows the page language live', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="en"><egov-status-tag status="supplement-requested"></egov-status-tag></div>`);
    await coreReady();
    const tag = page.querySelector('egov-status-tag')!;
    await tag.updateComplete;
    expect(tag.shadowRoot!.textContent!.trim()).to.equal('Supplement requested');
    page.lang = 'vi';
    await new Promise((done) => setTimeout(done, 0));
    await tag.updateComplete;
    expect(tag.shadowRoot!.textContent!.trim()).to.equal('Yêu cầu bổ sung giấy tờ');
  });

  it('is a generic tag with its own text and variant, also when the status is unknown', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <egov-status-tag variant="success">Đã thanh toán</egov-status-tag>
      <egov-status-tag variant="warning">Sắp hết hạn</egov-status-tag>
      <egov-status-tag status="dang-dong-bo" variant="info">Đang đồng bộ</egov-status-tag>
    </div>`);
    const tags = [...page.querySelectorAll('egov-status-tag')];
    await Promise.all(tags.map((tag) => tag.updateComplete));
    expect(tags.map((tag) => tag.innerText.trim())).to.deep.equal(['Đã thanh toán', 'Sắp hết hạn', 'Đang đồng bộ']);
    expect(tags.map((tag) => tag.shownVariant)).to.deep.equal(['success', 'warning', 'info']);
    expect(new Set(tags.map(colour)).size).to.equal(3);
    await expect(page).to.be.accessible();
  });
});
