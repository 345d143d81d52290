/**
 * Following a dossier on the portal's track page (its `<egov-dossier-tracker>`), as a citizen does:
 * the lookup by code and phone (a wrong phone tells nothing more than an unknown code), the status
 * and timeline kept live while the back office moves it, and a result document downloaded, its
 * signature verified on the verify page, then a tampered copy of it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { formatDate, maskName } from '@egov-kit/core';
import {
  button, engineReport, heading, nationalPhone, NOT_FOUND, seededDossier, shownText, portalForThisFile, summaryRows, textbox,
} from './harness.js';

const e2e = portalForThisFile();

/** Looks a dossier up and waits for the server's answer. */
async function lookUp(page: Page, code: string, verifier: string): Promise<void> {
  await textbox(page, 'Mã hồ sơ').fill(code);
  await textbox(page, 'Số điện thoại hoặc số định danh cá nhân').fill(verifier);
  const answer = page.waitForResponse((response) => response.url().endsWith(`/api/v1/dossiers/${encodeURIComponent(code)}`));
  await button(page, 'Tra cứu').click();
  await answer;
}

/** The error summary's one line, once shown. */
async function lookupError(page: Page): Promise<string> {
  const summary = page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' });
  await summary.waitFor();
  const lines = await summary.getByRole('listitem').allInnerTexts();
  assert.equal(lines.length, 1);
  return lines[0]!;
}

const status = (page: Page) => shownText(page.getByText('Trạng thái:').locator('..'));
const timeline = (page: Page) => page.getByRole('list', { name: 'Quá trình xử lý hồ sơ' }).getByRole('heading').allInnerTexts();

test('a lookup shows the status and the timeline, live as staff move the dossier; a wrong phone reads as an unknown code', async () => {
  const page = await e2e.session.freshPage();
  const dossier = await seededDossier(e2e.portal, 'submitted');
  await page.goto(`${e2e.portal.origin}/tra-cuu`);
  await heading(page, 'Tra cứu hồ sơ');

  e2e.session.expectConsoleErrors(NOT_FOUND);
  await lookUp(page, dossier.code, '0912345678');
  const wrongPhone = await lookupError(page);
  await lookUp(page, dossier.code.replace(/\d{4}$/, '9999'), nationalPhone(dossier.applicant.phone));
  assert.equal(await lookupError(page), wrongPhone);
  assert.equal(wrongPhone, 'Không tìm thấy hồ sơ. Vui lòng kiểm tra lại mã hồ sơ và số điện thoại hoặc số định danh cá nhân.');
  e2e.session.expectConsoleErrors(undefined);

  await lookUp(page, dossier.code, nationalPhone(dossier.applicant.phone));
  await page.getByRole('heading', { name: `Hồ sơ ${dossier.code}` }).waitFor();
  assert.equal(await page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' }).count(), 0);
  assert.equal(await status(page), 'Trạng thái: Mới đăng ký');
  assert.deepEqual(await timeline(page), ['Mới đăng ký']);
  // Personal data is masked until the person shows it.
  assert.equal((await summaryRows(page.getByRole('main')))['Người nộp'], maskName(dossier.applicant.fullName));
  await button(page, 'Hiện thông tin cá nhân').click();
  assert.equal((await summaryRows(page.getByRole('main')))['Người nộp'], dossier.applicant.fullName);
  await page.getByText('Trang này tự cập nhật khi hồ sơ có thay đổi.').waitFor();

  // The one-stop desk receives it: the page follows without a reload, and says so.
  const { deadline } = await e2e.portal.staff.staff.run(dossier.code, 'receive', {});
  await page.getByRole('status').getByText('Hồ sơ vừa được cập nhật: Được tiếp nhận.').waitFor();
  assert.equal(await status(page), 'Trạng thái: Được tiếp nhận');
  assert.deepEqual(await timeline(page), ['Được tiếp nhận', 'Mới đăng ký']);
  const rows = await summaryRows(page.getByRole('main'));
  assert.equal(rows['Ngày tiếp nhận'], formatDate(deadline.receivedOn!));
  assert.ok(rows['Hạn giải quyết']?.startsWith(formatDate(deadline.dueDate!)), rows['Hạn giải quyết']);

  // A reload in this tab opens it again without asking, as it is now.
  await page.reload();
  await page.getByRole('heading', { name: `Hồ sơ ${dossier.code}` }).waitFor();
  assert.deepEqual(await timeline(page), ['Được tiếp nhận', 'Mới đăng ký']);
  assert.deepEqual(e2e.session.problems, []);
});

test('a result document verifies as the engine says, naming the signer; a tampered copy fails', async () => {
  const page = await e2e.session.freshPage();
  const dossier = await seededDossier(e2e.portal, 'returned', true);
  const [document] = dossier.documents;
  const phone = nationalPhone(dossier.applicant.phone);
  const bytes = await e2e.portal.staff.documents.download(dossier.code, document!.id, phone);
  const expected = await engineReport(e2e.portal, bytes);
  assert.equal(expected.indication, 'TOTAL_PASSED', 'the demo PKI signs documents that pass under the portal policy');
  const signer = expected.signatures[0]!.signer!.commonName!;

  await page.goto(`${e2e.portal.origin}/tra-cuu`);
  await lookUp(page, dossier.code, phone);
  // The page has no signature viewer: the tracker downloads the signed file, byte for byte.
  const download = page.waitForEvent('download');
  await button(page, `Tải về ${document!.name.vi}`).click();
  const saved = await download;
  assert.equal(saved.suggestedFilename(), `${document!.number.replace(/[^\p{L}\p{N}._-]+/gu, '-')}.pdf`);
  assert.deepEqual(new Uint8Array(readFileSync((await saved.path())!)), bytes);
  // The verify page opens it from the dossier this tab opened, in the signature viewer.
  await page.goto(`${e2e.portal.origin}/xac-minh?ma=${encodeURIComponent(dossier.code)}&van-ban=${encodeURIComponent(document!.id)}`);
  await heading(page, 'Xác minh chữ ký số');
  await page.getByText(`Văn bản kết quả ${document!.number} của hồ sơ ${dossier.code}`).waitFor();
  const panel = page.getByRole('complementary', { name: 'Chữ ký trong tài liệu' });
  await panel.getByRole('heading', { name: 'Chữ ký S1: Hợp lệ' }).waitFor();
  await panel.getByText(signer).first().waitFor();
  await page.getByRole('group', { name: 'Trang 1 / 1' }).waitFor();

  // The whole report follows a language switch: the engine's words and the viewer's own.
  await button(page, 'Switch to English').click();
  await page.getByRole('complementary', { name: 'Signatures in the document' }).getByRole('heading', { name: 'Signature S1: Valid' }).waitFor();
  await page.getByText(`Result document ${document!.number} of application ${dossier.code}`).waitFor();
  await button(page, 'Chuyển sang tiếng Việt').click();
  await panel.getByRole('heading', { name: 'Chữ ký S1: Hợp lệ' }).waitFor();

  // One byte changed inside the signed part (the first content stream): the signature no longer holds.
  const tampered = Buffer.from(bytes);
  const at = tampered.indexOf('stream\n') + 'stream\n'.length + 10;
  tampered[at] = tampered[at]! ^ 0x01;
  const broken = await engineReport(e2e.portal, tampered);
  assert.equal(broken.indication, 'TOTAL_FAILED');
  const chooser = page.waitForEvent('filechooser');
  await button(page, 'Chọn tệp PDF').click();
  await (await chooser).setFiles({ name: 'ket-qua-da-sua.pdf', mimeType: 'application/pdf', buffer: tampered });
  await panel.getByRole('heading', { name: 'Chữ ký S1: Không hợp lệ' }).waitFor();
  await page.getByText('ket-qua-da-sua.pdf').first().waitFor();
  await panel.getByText(signer).first().waitFor();
  await panel.getByText(broken.signatures[0]!.summary).waitFor();
  assert.equal(await panel.getByText('Tài liệu không thay đổi sau khi ký.').count(), 0, 'the report never says the altered content is unchanged');
  assert.deepEqual(e2e.session.problems, []);
});

test('an answer to a request for supplements survives a reload until it is sent', async () => {
  const page = await e2e.session.freshPage();
  const dossier = await seededDossier(e2e.portal, 'supplement-requested');
  await page.goto(`${e2e.portal.origin}/tra-cuu`);
  await lookUp(page, dossier.code, nationalPhone(dossier.applicant.phone));
  await heading(page, 'Tra cứu hồ sơ');
  const note = textbox(page, 'Giải trình, ghi chú');
  await note.fill('Tôi gửi bổ sung bản sao giấy khai sinh có chứng thực.');
  // The answer is written to IndexedDB as it is typed; on a loaded machine the write can still be
  // under way, so the reload waits for it as a person reading their text back would.
  await page.waitForFunction(() => new Promise<boolean>((resolve) => {
    const open = indexedDB.open('egov-dossier-tracker');
    // Not there yet: do not create it (the element's own upgrade must make its stores).
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      if (!open.result.objectStoreNames.contains('drafts')) return resolve(false);
      const all = open.result.transaction('drafts').objectStore('drafts').getAll();
      all.onsuccess = () => resolve(all.result.some((draft: { note?: string }) => draft.note?.includes('giấy khai sinh')));
      all.onerror = () => resolve(false);
    };
  }), null, { polling: 100 });

  await page.reload();
  await page.getByRole('heading', { name: `Hồ sơ ${dossier.code}` }).waitFor();
  // Kept on the device (IndexedDB), it comes back, and the page says so.
  await page.getByText('Đã khôi phục nội dung bổ sung bạn nhập trước đó trên thiết bị này.').waitFor();
  assert.equal(await note.inputValue(), 'Tôi gửi bổ sung bản sao giấy khai sinh có chứng thực.');

  await button(page, 'Gửi bổ sung').click();
  await page.getByText('Đã gửi bổ sung. Hồ sơ được chuyển lại cho cơ quan giải quyết.').waitFor();
  assert.equal((await e2e.portal.staff.staff.get(dossier.code)).status, 'processing');
  const kept = await page.evaluate(() => new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('egov-dossier-tracker');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const count = open.result.transaction('drafts').objectStore('drafts').count();
      count.onsuccess = () => resolve(count.result);
      count.onerror = () => reject(count.error);
    };
  }));
  assert.equal(kept, 0, 'a sent answer is not kept');
  assert.deepEqual(e2e.session.problems, []);
});
