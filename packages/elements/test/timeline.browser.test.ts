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

  it('an applicant answering a supplement request sent it: the title says so, the status it moved to comes beneath', async () => {
    const applicant = { kind: 'applicant' as const, id: 'applicant:G22', name: 'Nguyễn Văn An' };
    const answered: DossierEvent[] = [
      ...history.slice(0, 2),
      { from: 'supplement-requested', to: 'received', actor: applicant, at: '2025-01-31T10:00:00+07:00', note: 'Tôi gửi bản sao có chứng thực.' },
    ];
    expect(answered.every((event) => dossierEventSchema.safeParse(event).success)).to.equal(true);
    const timeline = await render(html`<egov-timeline .events=${answered}></egov-timeline>`);
    const last = items(timeline).at(-1)!;
    const read = [...last.children].map((child) => child.textContent!.replace(/\s+/g, ' ').trim());
    expect(read).to.deep.equal([
      'Người nộp đã gửi bổ sung hồ sơ', 'Hồ sơ chuyển sang: Được tiếp nhận', 'Người thực hiện: Nguyễn Văn An (Người nộp hồ sơ)',
      '10:00 31/01/2025', 'Tôi gửi bản sao có chứng thực.',
    ]);
    // Only the staff's reception reads "received".
    expect(items(timeline).map((li) => li.querySelector('[part="title"]')!.textContent)).to.deep.equal([
      'Được tiếp nhận', 'Yêu cầu bổ sung giấy tờ', 'Người nộp đã gửi bổ sung hồ sơ',
    ]);
    // Told apart without colour: the applicant's marker is hollow.
    expect(getComputedStyle(last, '::after').borderTopWidth).to.equal('2px');
    expect(getComputedStyle(items(timeline)[0]!, '::after').borderTopWidth).to.equal('0px');
    await expect(timeline).to.be.accessible();
  });

  it('a new event in a long history adds one item and leaves the others as they were', async () => {
    const long: DossierEvent[] = [];
    let from: DossierEvent['to'] = 'received';
    for (let i = 0; i < 500; i++) {
      const to: DossierEvent['to'] = from === 'processing' ? 'supplement-requested' : 'processing';
      long.push({ from, to, actor: { kind: 'staff', id: 'cb-1' }, at: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString() });
      from = to;
    }
    const timeline = await render(html`<egov-timeline newest-first .events=${long}></egov-timeline>`);
    const before = items(timeline);
    expect(before.length).to.equal(500);
    const next: DossierEvent = { from, to: 'processing', actor: { kind: 'staff', id: 'cb-1' }, at: '2025-01-02T09:00:00Z' };
    timeline.events = [...long, next];
    await timeline.updateComplete;
    const after = items(timeline);
    expect(after.length).to.equal(501);
    expect(after[0]!.querySelector('time')!.dateTime).to.equal('2025-01-02T09:00:00Z');
    expect(after.slice(1).every((li, i) => li === before[i])).to.equal(true, 'the same 500 nodes, in the same order');
  });
});

