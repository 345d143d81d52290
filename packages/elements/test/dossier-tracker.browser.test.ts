import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { formatDate } from '@egov-kit/core';
import type { EgovDossierChangeEvent, EgovDossierLoadEvent, EgovLookupErrorEvent } from '../src/features/dossier-tracker/dossier-tracker.events.js';
import { DRAFT_DATABASE, DRAFT_STORE } from '../src/features/dossier-tracker/supplement-drafts.js';
import type { EgovTextarea } from '../src/components/textarea/textarea.js';
import { DEMO_CITIZEN, html, lookUp, part, rows, shown, titles, tracker, trackerServerForThisSuite } from './dossier-tracker-fixtures.js';

// The tracker in Chromium against the real reference server on another origin (CORS), as an
// agency's page embeds it: the lookup, what it shows, live updates, answering a supplement request.
describe('egov-dossier-tracker', function () {
  this.timeout(60_000);
  const server = trackerServerForThisSuite();

  it('opens a dossier with its code and phone: status, facts masked until shown, deadline and history', async () => {
    const dossier = await server.seeded('processing');
    const element = await tracker(html`<egov-dossier-tracker api-base=${server.apiBase}></egov-dossier-tracker>`);
    const event = await lookUp(element, dossier.code, DEMO_CITIZEN.phone);
    expect(event.type).to.equal('egov-dossier-load');
    expect((event as EgovDossierLoadEvent).dossier.code).to.equal(dossier.code);
    const title = part(element, '#dossier-title')!;
    expect(title.textContent).to.equal(`Hồ sơ ${dossier.code}`);
    expect(title.querySelector('.code')!.textContent, 'the code is kept on one line').to.equal(dossier.code);
    expect(element.shadowRoot!.activeElement, 'focus moves to the dossier').to.equal(title);
    expect(shown(element)).to.include('Trạng thái: Đang xử lý');
    const facts = rows(element);
    expect(facts['Người nộp']).to.equal('Hoàng T. T. T.');
    expect(facts['Số định danh cá nhân']).to.equal('019 *** *** 217');
    expect(facts['Số điện thoại']).to.equal('0912 *** 217');
    expect(facts['Hình thức nộp']).to.equal('Trực tuyến');
    expect(shown(element)).to.not.include(DEMO_CITIZEN.fullName);
    const reveal = [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Hiện thông tin cá nhân')!;
    reveal.click();
    await element.updateComplete;
    expect(reveal.getAttribute('aria-pressed')).to.equal('true');
    expect(rows(element)['Người nộp']).to.equal(DEMO_CITIZEN.fullName);
    expect(rows(element)['Số điện thoại']).to.equal('0912 000 217');
    expect(facts['Ngày tiếp nhận']).to.equal(formatDate(dossier.deadline.receivedOn!));
    expect(facts['Hạn giải quyết']).to.match(new RegExp(`^${formatDate(dossier.deadline.dueDate!)} \\((Còn|Quá hạn|Đến hạn)`));
    expect(titles(element)[0], 'newest first').to.equal(`Đang xử lý`);
    expect(titles(element).at(-1)).to.equal('Mới đăng ký');
    await expect(element).to.be.accessible();
  });

  it('a wrong phone and an unknown code read the same, and show nothing of the dossier', async () => {
    const dossier = await server.seeded('received');
    const element = await tracker(html`<egov-dossier-tracker api-base=${server.apiBase}></egov-dossier-tracker>`);
    const wrong = await lookUp(element, dossier.code, '0987654321') as EgovLookupErrorEvent;
    const unknown = await lookUp(element, dossier.code.replace(/\d{4}$/, '9999'), DEMO_CITIZEN.phone) as EgovLookupErrorEvent;
    expect(wrong.type).to.equal('egov-lookup-error');
    expect([wrong.problem, wrong.text]).to.deep.equal([unknown.problem, unknown.text]);
    expect(wrong.text).to.equal('Không tìm thấy hồ sơ. Vui lòng kiểm tra lại mã hồ sơ và số điện thoại hoặc số định danh cá nhân.');
    const summary = part(element, 'egov-error-summary')!;
    await waitUntil(() => (summary.shadowRoot!.textContent ?? '').includes('Không tìm thấy hồ sơ'));
    expect(part(element, '#dossier-title')).to.equal(null);
    expect(shown(element)).to.not.include(server.byStatus.get('received')!.procedureName.vi);
    await expect(element).to.be.accessible();
  });

  it('follows the dossier live: a staff move appears, announced, without a reload', async () => {
    const dossier = await server.seeded('submitted');
    const element = await tracker(html`<egov-dossier-tracker api-base=${server.apiBase}></egov-dossier-tracker>`);
    await lookUp(element, dossier.code, DEMO_CITIZEN.idNumber);
    await waitUntil(() => shown(element).includes('Trang này tự cập nhật khi hồ sơ có thay đổi.'), 'live', { timeout: 20_000 });
    const changed = oneEvent(element, 'egov-dossier-change') as Promise<EgovDossierChangeEvent>;
    await executeServerCommand('egov-staff-operation', { code: dossier.code, operation: 'receive', body: {} });
    const change = await changed;
    expect(change.change?.status).to.equal('received');
    await element.updateComplete;
    expect(part(element, '[role="status"]:not(egov-notification-banner *)')!.textContent).to.equal('Hồ sơ vừa được cập nhật: Được tiếp nhận.');
    expect(shown(element)).to.include('Trạng thái: Được tiếp nhận');
    expect(titles(element).slice(0, 2)).to.deep.equal(['Được tiếp nhận', 'Mới đăng ký']);
    await waitUntil(() => rows(element)['Ngày tiếp nhận'] !== undefined, 'the deadline follows once the dossier is read again', { timeout: 20_000 });
  });

  it('answers a request for supplements in place; what was typed survives a new page until it is sent', async () => {
    const dossier = await server.seeded('supplement-requested');
    const first = await tracker(html`<egov-dossier-tracker api-base=${server.apiBase}></egov-dossier-tracker>`);
    await lookUp(first, dossier.code, DEMO_CITIZEN.phone);
    await waitUntil(() => part(first, 'egov-textarea') !== null, 'the answer form loads', { timeout: 20_000 });
    expect(shown(first)).to.include('Tạm dừng: đang chờ bổ sung hồ sơ từ ngày');
    const box = part<EgovTextarea>(first, 'egov-textarea')!.shadowRoot!.querySelector('textarea')!;
    box.focus();
    await sendKeys({ type: 'Tôi gửi bản sao giấy khai sinh có chứng thực.' });
    await waitUntil(async () => JSON.stringify(await storedDrafts()).includes('chứng thực.'), 'kept on the device as it is typed');
    first.remove();

    // A new page in the same tab: the kept token opens the dossier, the draft comes back.
    const again = await tracker(html`<egov-dossier-tracker api-base=${server.apiBase} code=${dossier.code}></egov-dossier-tracker>`);
    await waitUntil(() => part<EgovTextarea>(again, 'egov-textarea')?.value === 'Tôi gửi bản sao giấy khai sinh có chứng thực.', 'restored', { timeout: 20_000 })
      .catch((error: unknown) => { throw new Error(`${String(error)}: ${shown(again)}`); });
    expect(shown(again)).to.include('Đã khôi phục nội dung bổ sung bạn nhập trước đó trên thiết bị này.');
    const changes: EgovDossierChangeEvent[] = [];
    again.addEventListener('egov-dossier-change', (event) => changes.push(event));
    part<HTMLFormElement>(again, 'form.supplement')!.requestSubmit();
    await waitUntil(() => shown(again).includes('Đã gửi bổ sung. Hồ sơ được chuyển lại cho cơ quan giải quyết.'), 'sent', { timeout: 20_000 });
    expect(changes.at(-1)!.dossier.status).to.equal('processing');
    expect(part(again, 'form.supplement'), 'the form is gone once answered').to.equal(null);
    expect(titles(again)[0], 'the applicant’s step says what they did').to.equal('Người nộp đã gửi bổ sung hồ sơ');
    expect(await storedDrafts()).to.deep.equal([], 'a sent answer is not kept');
  });



});

/** The supplement drafts kept in IndexedDB now. */
async function storedDrafts(): Promise<unknown[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DRAFT_DATABASE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains(DRAFT_STORE)) return [];
    return await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(DRAFT_STORE).objectStore(DRAFT_STORE).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}
