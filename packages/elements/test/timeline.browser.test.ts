import { expect, fixture, html } from '@open-wc/testing';
import { dossierEventSchema, type DossierEvent } from '@egov-kit/core/contract';
import '../src/define/timeline.js';
import type { EgovTimeline } from '../src/components/timeline/timeline.js';
import { accessibleName, coreReady } from './helpers.js';

// A dossier's history as the API gives it (checked against core's schema below), not in order.
const history: DossierEvent[] = [
  { from: 'received', to: 'supplement-requested', actor: { kind: 'staff', id: 'cb-17', name: 'Trần Thị Bình' }, at: '2025-01-30T09:30:00+07:00', note: 'Đề nghị bổ sung bản sao giấy khai sinh có chứng thực.' },
  { from: 'submitted', to: 'received', actor: { kind: 'staff', id: 'cb-17', name: 'Trần Thị Bình' }, at: '2025-01-29T08:15:00+07:00' },
  { from: 'supplement-requested', to: 'processing', actor: { kind: 'system', id: 'sync' }, at: '2025-01-31T01:00:00Z' },
];

function items(timeline: EgovTimeline): HTMLLIElement[] {
  return [...timeline.shadowRoot!.querySelectorAll('li')];
}

async function render(template: ReturnType<typeof html>): Promise<EgovTimeline> {
  const element = await fixture<HTMLElement>(template);
  await coreReady();
  const timeline = element instanceof HTMLElement && element.localName === 'egov-timeline' ? element as EgovTimeline : element.querySelector('egov-timeline')!;
  await timeline.updateComplete;
  return timeline;
}

describe('egov-timeline', () => {
  it('tells the history oldest first as an ordered list: status, who, when in Vietnam time, and the note', async () => {
    expect(history.every((event) => dossierEventSchema.safeParse(event).success)).to.equal(true);
    // The history starts after the filing; `submitted-at` (the dossier's `submittedAt`) shows it first.
    const timeline = await render(html`<egov-timeline submitted-at="2025-01-29T00:05:00Z" .events=${history}></egov-timeline>`);
    const list = timeline.shadowRoot!.querySelector('ol')!;
    expect(accessibleName(list)).to.equal('Quá trình xử lý hồ sơ');
    const read = items(timeline).map((li) => [...li.children].map((child) => child.textContent!.replace(/\s+/g, ' ').trim()));
    expect(read).to.deep.equal([
      ['Mới đăng ký', '07:05 29/01/2025'],
      ['Được tiếp nhận', 'Người thực hiện: Trần Thị Bình (Cán bộ, công chức)', '08:15 29/01/2025'],
      ['Yêu cầu bổ sung giấy tờ', 'Người thực hiện: Trần Thị Bình (Cán bộ, công chức)', '09:30 30/01/2025', 'Đề nghị bổ sung bản sao giấy khai sinh có chứng thực.'],
      ['Đang xử lý', 'Người thực hiện: Hệ thống', '08:00 31/01/2025'],
    ]);
    const time = timeline.shadowRoot!.querySelector('time')!;
    expect(time.dateTime, 'the instant for machines').to.equal('2025-01-29T00:05:00Z');
    // Each step is a heading, so a screen-reader user can jump from step to step.
    const headings = [...timeline.shadowRoot!.querySelectorAll('[role="heading"]')];
    expect(headings.map((h) => h.getAttribute('aria-level'))).to.deep.equal(['3', '3', '3', '3']);
    await expect(timeline).to.be.accessible();
  });

  it('shows the latest first with `newest-first`', async () => {
    const timeline = await render(html`<egov-timeline newest-first submitted-at="2025-01-29T00:05:00Z" .events=${history}></egov-timeline>`);
    expect(items(timeline).map((li) => li.querySelector('[part="title"]')!.textContent)).to.deep.equal([
      'Đang xử lý', 'Yêu cầu bổ sung giấy tờ', 'Được tiếp nhận', 'Mới đăng ký',
    ]);
    // The marker's colour follows the status: the supplement request (clock paused) is not processing's.
    const [first, second] = items(timeline);
    expect(getComputedStyle(first!, '::after').backgroundColor).to.not.equal(getComputedStyle(second!, '::after').backgroundColor);
  });

  it('speaks English, and says when nothing has happened yet', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="en">
      <egov-timeline .events=${history.slice(1, 2)} label="History of G22.99-250129-0001"></egov-timeline>
      <egov-timeline></egov-timeline>
    </div>`);
    await coreReady();
    const [timeline, empty] = [...page.querySelectorAll('egov-timeline')] as [EgovTimeline, EgovTimeline];
    await Promise.all([timeline.updateComplete, empty.updateComplete]);
    expect(accessibleName(timeline.shadowRoot!.querySelector('ol')!)).to.equal('History of G22.99-250129-0001');
    expect(items(timeline)[0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Received By Trần Thị Bình (Staff) 08:15 29/01/2025');
    expect(empty.shadowRoot!.textContent!.trim()).to.equal('Nothing has happened to this application yet.');
    await expect(page).to.be.accessible();
  });
});
