import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { dossierDeadline, type DossierStatus } from '@egov-kit/core';
import { ProblemError } from '@egov-kit/sdk';
import type { EgovDossierTracker } from '../src/features/dossier-tracker/dossier-tracker.js';
import type { EgovDossierLoadEvent } from '../src/features/dossier-tracker/dossier-tracker.events.js';
import { deadlineNotice, deadlineRows, deadlineTag } from '../src/features/dossier-tracker/deadline-rows.js';
import { failureOf } from '../src/features/dossier-tracker/problem-text.js';
import { coreReady } from './helpers.js';
import { DEMO_CITIZEN, html, lookUp, part, shown, tracker, trackerServerForThisSuite } from './dossier-tracker-fixtures.js';

// The tracker's results, signed-in list and English, against the real reference server; and what
// it says of deadlines and failures, from core's figures.
describe('egov-dossier-tracker: results, signed in, in English', function () {
  this.timeout(60_000);
  const server = trackerServerForThisSuite();

  it('downloads a result document without the signature viewer; opens it in the viewer when the page has one', async () => {
    const dossier = await server.seeded('returned');
    const [document] = dossier.documents;
    const element = await tracker(html`<egov-dossier-tracker api-base=${server.apiBase}></egov-dossier-tracker>`);
    await lookUp(element, dossier.code, DEMO_CITIZEN.phone);
    const buttons = () => [...element.shadowRoot!.querySelectorAll('egov-button')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(buttons()).to.include(`Tải về ${document!.name.vi}`);
    expect(buttons()).to.not.include(`Xem và kiểm tra chữ ký ${document!.name.vi}`);

    // The download: a PDF file named after the document's number, from the API with the dossier's token.
    const saved: { name: string; bytes: Uint8Array }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function captured(this: HTMLAnchorElement) {
      if (!this.download) return click.call(this);
      void fetch(this.href).then((r) => r.arrayBuffer()).then((b) => saved.push({ name: this.download, bytes: new Uint8Array(b) }));
    };
    try {
      [...element.shadowRoot!.querySelectorAll('egov-button')].find((b) => b.textContent!.includes('Tải về'))!.click();
      await waitUntil(() => saved.length === 1, 'downloaded', { timeout: 20_000 });
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(saved[0]!.name).to.equal(`${document!.number.replace(/[^\p{L}\p{N}._-]+/gu, '-')}.pdf`);
    expect(new TextDecoder().decode(saved[0]!.bytes.slice(0, 5))).to.equal('%PDF-');

    // A page that defines <egov-signature-viewer> (a stand-in here, keeping to its contract) gets the document in it.
    class ViewerStandIn extends HTMLElement {
      bytes: Uint8Array | undefined;
    }
    if (!customElements.get('egov-signature-viewer')) customElements.define('egov-signature-viewer', ViewerStandIn);
    await waitUntil(() => buttons().includes(`Xem và kiểm tra chữ ký ${document!.name.vi}`), 'offered once defined');
    [...element.shadowRoot!.querySelectorAll('egov-button')].find((b) => b.textContent!.includes('Xem và kiểm tra'))!.click();
    await waitUntil(() => part(element, 'egov-dialog[open] egov-signature-viewer') !== null, 'opened in the viewer', { timeout: 20_000 });
    const dialog = part<HTMLElement & { heading: string }>(element, 'egov-dialog')!;
    const viewer = part<ViewerStandIn>(element, 'egov-signature-viewer')!;
    expect(dialog.heading).to.equal(document!.name.vi);
    expect(viewer.getAttribute('trust-list')).to.equal(`${server.apiBase}/trust-list`);
    expect(viewer.getAttribute('file-name')).to.equal(saved[0]!.name);
    expect(viewer.bytes).to.deep.equal(saved[0]!.bytes);
  });
  it('signed in, lists the person’s dossiers with filters, and opens one without asking', async () => {
    const element = await tracker(html`<egov-dossier-tracker api-base=${server.apiBase}></egov-dossier-tracker>`);
    element.token = server.citizenToken;
    await waitUntil(() => shown(element).includes('Đang hiện 10 hồ sơ.'), 'listed', { timeout: 20_000 });
    expect(part(element, '#list-title')!.textContent).to.equal('Hồ sơ của tôi');
    expect(element.shadowRoot!.querySelectorAll('li.card').length).to.equal(10);
    const select = part<HTMLElement & { value: string }>(element, 'egov-select')!;
    select.value = 'fee-requested';
    await (select as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    part<HTMLFormElement>(element, 'form.filters-form')!.requestSubmit();
    await waitUntil(() => shown(element).includes('Đang hiện 1 hồ sơ.'), 'filtered', { timeout: 20_000 });
    const code = server.byStatus.get('fee-requested')!.code;
    const open = [...element.shadowRoot!.querySelectorAll('egov-button')].find((b) => b.textContent!.includes(`Xem hồ sơ ${code}`))!;
    const loaded = oneEvent(element, 'egov-dossier-load') as Promise<EgovDossierLoadEvent>;
    open.click();
    expect((await loaded).dossier.code).to.equal(code);
    await element.updateComplete;
    expect(shown(element)).to.include('Phí, lệ phí cần nộp');
    expect(shown(element)).to.include('Tổng cộng');
    await expect(element).to.be.accessible();
    [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Quay lại danh sách hồ sơ')!.click();
    await waitUntil(() => part(element, '#list-title') !== null);
    // Signed out: nothing of theirs stays on screen.
    element.token = '';
    await element.updateComplete;
    expect(part(element, 'li.card')).to.equal(null);
    expect(shown(element)).to.include('Tra cứu hồ sơ');
  });
  it('speaks English, keyboard included: every part has a name, axe finds nothing', async () => {
    const dossier = await server.seeded('returned');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><egov-dossier-tracker api-base=${server.apiBase}></egov-dossier-tracker></div>`);
    const element = wrapper.querySelector('egov-dossier-tracker')!;
    await coreReady();
    await element.updateComplete;
    expect(shown(element)).to.include('Track an application');
    await lookUp(element, dossier.code, DEMO_CITIZEN.phone);
    expect(part(element, '#dossier-title')!.textContent).to.equal(`Application ${dossier.code}`);
    expect(shown(element)).to.include(`Status: Result returned ${dossier.deadline.overdue ? 'Overdue' : 'On time'}`);
    await expect(wrapper).to.be.accessible();
  });
});

describe('egov-dossier-tracker: what it says of a deadline and a failure', () => {
  let say: (key: string, params?: Record<string, unknown>) => string;
  before(async () => {
    const element = await fixture<EgovDossierTracker>(html`<egov-dossier-tracker></egov-dossier-tracker>`);
    await coreReady();
    say = element.t.bind(element);
  });
  // Instants in Vietnam time, as the desk records them.
  const at = (day: string, time = '09:00') => `${day}T${time}:00+07:00`;
  const deadlineOf = (status: DossierStatus, now: string, ...steps: [DossierStatus, string][]) =>
    dossierDeadline({ status, processingDays: 5, now: new Date(now), events: steps.map(([to, when]) => ({ to, at: when })) });
  const read = (deadline: ReturnType<typeof deadlineOf>) => Object.fromEntries(deadlineRows(say, deadline).map((row) => [row.key, row.value]));

  it('working days left, due today, overdue: in words and numbers', () => {
    const received = (now: string) => deadlineOf('processing', now, ['received', at('2025-03-03')], ['processing', at('2025-03-03')]);
    expect(read(received(at('2025-03-07')))['Hạn giải quyết']).to.deep.equal(['10/03/2025 (Còn 1 ngày làm việc)']);
    expect(read(received(at('2025-03-04')))['Hạn giải quyết']).to.deep.equal(['10/03/2025 (Còn 4 ngày làm việc)']);
    expect(read(received(at('2025-03-10')))['Hạn giải quyết']).to.deep.equal(['10/03/2025 (Đến hạn hôm nay)']);
    const late = received(at('2025-03-12'));
    expect(read(late)['Hạn giải quyết']).to.deep.equal(['10/03/2025 (Quá hạn 2 ngày làm việc)']);
    expect(deadlineTag(say, late)).to.deep.equal({ text: 'Trễ hạn', variant: 'error' });
  });

  it('paused: waiting for supplements since the day asked; once answered, the new date beside the first', () => {
    const asked: [DossierStatus, string][] = [['received', at('2025-03-03')], ['processing', at('2025-03-03')], ['supplement-requested', at('2025-03-05', '14:00')]];
    const paused = deadlineOf('supplement-requested', at('2025-03-07'), ...asked);
    expect(deadlineNotice(say, paused, undefined)).to.equal('Tạm dừng: đang chờ bổ sung hồ sơ từ ngày 05/03/2025. Thời gian chờ không tính vào thời hạn.');
    expect(read(paused)['Hạn giải quyết']).to.deep.equal(['12/03/2025 (Còn 3 ngày làm việc)'], 'the days left hold while paused');
    const answered = deadlineOf('processing', at('2025-03-11'), ...asked, ['processing', at('2025-03-10')]);
    expect(deadlineNotice(say, answered, undefined)).to.equal('');
    expect(read(answered)['Hạn giải quyết']).to.deep.equal([
      '13/03/2025 (Còn 2 ngày làm việc)', 'Ngày hẹn trả mới: 13/03/2025 (hẹn lần đầu: 10/03/2025), sau 3 ngày làm việc chờ bổ sung.',
    ]);
    const atIntake = deadlineOf('supplement-requested', at('2025-03-07'), ['supplement-requested', at('2025-03-04')]);
    expect(deadlineNotice(say, atIntake, at('2025-03-04'))).to.equal('Đang chờ bổ sung hồ sơ từ ngày 04/03/2025. Thời hạn bắt đầu tính khi cơ quan tiếp nhận hồ sơ.');
  });

  it('received on a day off: the count starts on the next working day, and says so', () => {
    const saturday = deadlineOf('received', at('2025-03-08', '10:00'), ['received', at('2025-03-08', '10:00')]);
    const rows = read(saturday);
    expect(rows['Ngày tiếp nhận']).to.equal('08/03/2025');
    expect(rows['Tính thời hạn từ ngày']).to.equal('10/03/2025 (08/03/2025 là ngày nghỉ, thời hạn tính từ ngày làm việc tiếp theo)');
    expect(rows['Hạn giải quyết']).to.deep.equal(['17/03/2025 (Còn 5 ngày làm việc)']);
    expect(read(deadlineOf('received', at('2025-03-10'), ['received', at('2025-03-10')]))['Tính thời hạn từ ngày']).to.equal(undefined);
  });

  it('a rate limit says when to try again; no answer says the server cannot be reached', () => {
    const texts = { t: say, core: say };
    const limited = (seconds: number) => new ProblemError({ method: 'GET', url: 'x' }, 429, {
      type: 'urn:egov-kit:problem:rate-limited', title: 'x', messageKey: 'api.problem.rate-limited', params: { retryAfterSeconds: seconds }, retryAfterMs: seconds * 1000,
    });
    const now = Date.parse('2025-03-07T09:00:00+07:00');
    expect(failureOf(texts, limited(45), now)).to.deep.equal({
      problem: 'rate-limited', retryAfterMs: 45_000,
      text: 'Bạn đã tra cứu sai quá nhiều lần. Để bảo vệ hồ sơ của mọi người, vui lòng thử lại sau 45 giây.',
    });
    expect(failureOf(texts, limited(150), now).text).to.equal(
      'Bạn đã tra cứu sai quá nhiều lần. Để bảo vệ hồ sơ của mọi người, vui lòng thử lại sau 3 phút (từ 09:03).');
    expect(failureOf(texts, new TypeError('Failed to fetch'))).to.deep.equal({ problem: 'network', text: 'Không kết nối được tới máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.' });
  });
});

