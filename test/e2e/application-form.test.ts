/**
 * `<egov-application-form>` on a plain agency page that is not the portal: static HTML, no router,
 * a strict Content-Security-Policy with Trusted Types, the API on another origin. A citizen applies
 * for two seeded procedures (one by keyboard alone, Back and Forward moving between steps), finds
 * every answer and the attachment after a reload, loses the connection as they send and still gets
 * exactly one dossier, fixes what the server refused, and a second tab files nothing twice; axe
 * finds nothing on any step, in Vietnamese or English.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { startHostPage, type HostPage } from './host-page.js';
import { button, dossiersOf, isFocused, openBrowser, pdfFile, person, type Person, type Session, summaryRows, textbox, violations } from './harness.js';

let host: HostPage;
let session: Session;

before(async () => {
  [host, session] = await Promise.all([
    startHostPage({
      modules: { form: '@egov-kit/elements/define/application-form' },
      seedDossiers: 10,
      pages: (api) => ({
        '/ban-sao': `<h1>Sở Tư pháp tỉnh Thái Nguyên</h1>\n<egov-application-form api-base="${api}" procedure="2.000635"></egov-application-form>`,
        '/khai-tu': `<h1>Sở Tư pháp tỉnh Thái Nguyên</h1>\n<egov-application-form api-base="${api}" procedure="1.000656"></egov-application-form>`,
        '/en': `<div lang="en"><h1>Department of Justice</h1>\n<egov-application-form api-base="${api}" procedure="2.000635"></egov-application-form></div>`,
      }),
    }),
    openBrowser({ width: 390, height: 844 }),
  ]);
});

after(async () => {
  await session?.close();
  await host?.close();
});

const stepHeading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true }).waitFor();
const next = (page: Page) => button(page, 'Tiếp tục').click();

/** Presses Tab until `target` has focus (at most 40 times). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let n = 0; n < 40; n++) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return;
  }
  throw new Error('Tab never reached the element');
}

async function fillApplicant(page: Page, who: Person): Promise<void> {
  await textbox(page, 'Họ, chữ đệm và tên').fill(who.fullName);
  await textbox(page, 'Số định danh cá nhân (số căn cước)').fill(who.idNumber);
  await textbox(page, 'Số điện thoại di động').fill(who.phone);
}

/** 2.000635 from its applicant step to its check page, by mouse. */
async function reachReview(page: Page, who: Person): Promise<void> {
  await stepHeading(page, 'Người nộp hồ sơ');
  await fillApplicant(page, who);
  await next(page);
  await stepHeading(page, 'Sự kiện hộ tịch');
  await page.getByRole('combobox', { name: 'Loại sự kiện' }).selectOption({ label: 'Khai sinh' });
  await textbox(page, 'Họ, chữ đệm và tên người được cấp trích lục').fill('Lê Minh Khôi');
  await textbox(page, 'Năm đăng ký').fill('2001');
  await textbox(page, 'Số bản sao').fill('2');
  await next(page);
  await stepHeading(page, 'Kiểm tra thông tin trước khi gửi');
}

/** The deceased's step of 1.000656, dated ten days ago in Vietnam, filled and left; returns the date typed. */
async function fillDeceased(page: Page): Promise<[string, string, string]> {
  const [year, month, day] = new Date(Date.now() + 7 * 3_600_000 - 10 * 86_400_000).toISOString().slice(0, 10).split('-') as [string, string, string];
  await textbox(page, 'Họ, chữ đệm và tên người đã chết').fill('Hoàng Văn Hùng');
  await textbox(page, 'Số định danh cá nhân của người đã chết').fill('019048012345');
  const date = page.getByRole('group', { name: 'Ngày chết' });
  await date.getByRole('textbox', { name: 'Ngày' }).fill(day);
  await date.getByRole('textbox', { name: 'Tháng' }).fill(month);
  await date.getByRole('textbox', { name: 'Năm' }).fill(year);
  await textbox(page, 'Nơi chết').fill('Bệnh viện Đa khoa Trung ương Thái Nguyên');
  await page.getByRole('combobox', { name: 'Quan hệ với người đã chết' }).selectOption({ label: 'Con' });
  await next(page);
  return [year, month, day];
}

test('by keyboard alone: a copy of a civil status record, Back and Forward between steps, axe clean on every step', async () => {
  const page = await session.freshPage();
  const since = new Date();
  await page.goto(host.url('/ban-sao'));
  await stepHeading(page, 'Người nộp hồ sơ');
  assert.deepEqual(await violations(page), [], 'the applicant step');

  const who = person('Bùi Thị Thu', '0912345678', '019190012347');
  await tabTo(page, textbox(page, 'Họ, chữ đệm và tên'));
  await page.keyboard.type(who.fullName);
  await page.keyboard.press('Tab');
  await page.keyboard.type(who.idNumber);
  await page.keyboard.press('Tab');
  await page.keyboard.type(who.phone);
  await tabTo(page, button(page, 'Tiếp tục'));
  await page.keyboard.press('Enter');

  await stepHeading(page, 'Sự kiện hộ tịch');
  assert.deepEqual(await violations(page), [], 'the record step');
  const kind = page.getByRole('combobox', { name: 'Loại sự kiện' });
  await tabTo(page, kind);
  await page.keyboard.type('Khai sinh');
  assert.equal(await kind.inputValue(), 'birth');
  await tabTo(page, textbox(page, 'Họ, chữ đệm và tên người được cấp trích lục'));
  await page.keyboard.type('Bùi Văn An');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2003');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await tabTo(page, button(page, 'Tiếp tục'));
  await page.keyboard.press('Enter');

  await stepHeading(page, 'Kiểm tra thông tin trước khi gửi');
  assert.deepEqual(await violations(page), [], 'the check page');
  assert.match(await page.getByText(/^Lệ phí:/).innerText(), /^Lệ phí: (Không mất phí|[\d.]+\s₫)$/);
  // Back and Forward move between the steps on a page with no router of its own.
  await page.goBack();
  await stepHeading(page, 'Sự kiện hộ tịch');
  assert.equal(await textbox(page, 'Họ, chữ đệm và tên người được cấp trích lục').inputValue(), 'Bùi Văn An');
  await page.goForward();
  await stepHeading(page, 'Kiểm tra thông tin trước khi gửi');

  await tabTo(page, button(page, 'Gửi hồ sơ'));
  await page.keyboard.press('Enter');
  await stepHeading(page, 'Đã nộp hồ sơ thành công');
  assert.deepEqual(await violations(page), [], 'the receipt');
  const code = await page.getByTestId('dossier-code').innerText();
  assert.deepEqual(await dossiersOf(host, '2.000635', who.fullName, since), [code]);
  assert.deepEqual(session.problems, []);
});

test('a death registration with an attachment: a reload mid-way finds every answer and the file, then one dossier', async () => {
  const page = await session.freshPage();
  const since = new Date();
  const who = person('Hoàng Thị Yến', '0987654321', '019190012346');
  await page.goto(host.url('/khai-tu'));
  await stepHeading(page, 'Người nộp hồ sơ');
  await fillApplicant(page, who);
  await next(page);
  await stepHeading(page, 'Người đã chết');
  const [year, month, day] = await fillDeceased(page);
  const date = page.getByRole('group', { name: 'Ngày chết' });
  await stepHeading(page, 'Giấy tờ đính kèm');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Chọn tệp/ }).click();
  await (await chooser).setFiles(pdfFile('giay-bao-tu.pdf'));
  await page.getByRole('status').getByText('Đã tải lên giay-bao-tu.pdf').waitFor();

  await page.reload();
  await stepHeading(page, 'Giấy tờ đính kèm');
  await page.getByText(/^Đã khôi phục bản nháp bạn khai dở lúc/).waitFor();
  await button(page, 'Xóa giay-bao-tu.pdf').waitFor();
  await page.getByRole('link', { name: 'Quay lại' }).click();
  await stepHeading(page, 'Người đã chết');
  assert.equal(await textbox(page, 'Nơi chết').inputValue(), 'Bệnh viện Đa khoa Trung ương Thái Nguyên');
  assert.deepEqual(await Promise.all(['Ngày', 'Tháng', 'Năm'].map((name) => date.getByRole('textbox', { name }).inputValue())), [day, month, year]);
  await next(page);
  await next(page);
  await stepHeading(page, 'Kiểm tra thông tin trước khi gửi');
  assert.equal((await summaryRows(page.locator('egov-application-form')))['Giấy báo tử'], 'giay-bao-tu.pdf (0,1 kB)');
  await button(page, 'Gửi hồ sơ').click();
  await stepHeading(page, 'Đã nộp hồ sơ thành công');
  const code = await page.getByTestId('dossier-code').innerText();
  assert.deepEqual(await dossiersOf(host, '1.000656', who.fullName, since), [code]);
  const filed = await host.staff.staff.get(code);
  assert.deepEqual(filed.attachments.map((file) => file.name), ['giay-bao-tu.pdf']);
  // Nothing of the draft is left: the form starts empty again.
  await page.getByRole('link', { name: 'Nộp hồ sơ khác' }).click();
  await stepHeading(page, 'Người nộp hồ sơ');
  assert.equal(await textbox(page, 'Họ, chữ đệm và tên').inputValue(), '');
  assert.deepEqual(session.problems, []);
});

test('offline as the person sends: the form says so, keeps the application and sends it once the connection returns', async () => {
  const page = await session.freshPage();
  const since = new Date();
  await page.goto(host.url('/ban-sao'));
  await reachReview(page, person('Ngô Thị Bích'));
  await session.context.setOffline(true);
  session.expectConsoleErrors(/ERR_INTERNET_DISCONNECTED|net::ERR_FAILED/);
  await button(page, 'Gửi hồ sơ').click();
  await page.getByText('Bạn đang ngoại tuyến. Hồ sơ đã được giữ trên máy này và sẽ tự động gửi khi có kết nối mạng trở lại.').waitFor();
  assert.deepEqual(await dossiersOf(host, '2.000635', 'Ngô Thị Bích', since), []);
  await session.context.setOffline(false);
  await stepHeading(page, 'Đã nộp hồ sơ thành công');
  session.expectConsoleErrors(undefined);
  const code = await page.getByTestId('dossier-code').innerText();
  assert.deepEqual(await dossiersOf(host, '2.000635', 'Ngô Thị Bích', since), [code]);
});

test('the server refuses an answer: it is shown on its field, on its step; fixed and sent again, one dossier', async () => {
  const page = await session.freshPage();
  const since = new Date();
  await page.goto(host.url('/ban-sao'));
  await reachReview(page, person('Trịnh Văn Long'));
  // What reaches the server is not what the page checked (an older page, a proxy): the server says no.
  await page.route('**/api/v1/dossiers', async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    const body = route.request().postDataJSON() as { answers: Record<string, unknown> };
    await route.fallback({ postData: JSON.stringify({ ...body, answers: { ...body.answers, copies: 5000 } }) });
  });
  session.expectConsoleErrors(/status of 422/);
  await button(page, 'Gửi hồ sơ').click();
  await stepHeading(page, 'Sự kiện hộ tịch');
  const summary = page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' });
  await summary.getByRole('link', { name: /^Số bản sao:/ }).waitFor();
  await page.unrouteAll();
  session.expectConsoleErrors(undefined);
  assert.deepEqual(await dossiersOf(host, '2.000635', 'Trịnh Văn Long', since), []);

  await textbox(page, 'Số bản sao').fill('3');
  await next(page);
  await stepHeading(page, 'Kiểm tra thông tin trước khi gửi');
  await button(page, 'Gửi hồ sơ').click();
  await stepHeading(page, 'Đã nộp hồ sơ thành công');
  const code = await page.getByTestId('dossier-code').innerText();
  assert.deepEqual(await dossiersOf(host, '2.000635', 'Trịnh Văn Long', since), [code]);
  assert.equal((await host.staff.staff.get(code)).answers['copies'], 3);
});

test('two tabs: once one sends, the other shows the receipt, and there is one dossier', async () => {
  const page = await session.freshPage();
  const since = new Date();
  await page.goto(host.url('/ban-sao'));
  await reachReview(page, person('Mạc Thị Hằng'));
  const other = await session.context.newPage();
  await other.goto(host.url('/ban-sao'));
  await stepHeading(other, 'Kiểm tra thông tin trước khi gửi');
  await button(page, 'Gửi hồ sơ').click();
  await stepHeading(page, 'Đã nộp hồ sơ thành công');
  const code = await page.getByTestId('dossier-code').innerText();
  await stepHeading(other, 'Đã nộp hồ sơ thành công');
  assert.equal(await other.getByTestId('dossier-code').innerText(), code);
  await other.close();
  assert.deepEqual(await dossiersOf(host, '2.000635', 'Mạc Thị Hằng', since), [code]);
  assert.deepEqual(session.problems, []);
});

test('in English: every step reads in English and axe finds nothing', async () => {
  const page = await session.freshPage();
  await page.goto(host.url('/en'));
  await stepHeading(page, 'Applicant');
  assert.deepEqual(await violations(page), [], 'the applicant step');
  await textbox(page, 'Full name').fill('Nguyễn Văn Bình');
  await textbox(page, 'Personal ID number (citizen ID card)').fill('019090012345');
  await textbox(page, 'Mobile phone number').fill('0912345678');
  await button(page, 'Continue').click();
  await stepHeading(page, 'The record');
  assert.deepEqual(await violations(page), [], 'the record step');
  await page.getByRole('combobox', { name: 'Record' }).selectOption({ label: 'Birth' });
  await textbox(page, 'Full name on the record').fill('Nguyễn Minh Anh');
  await textbox(page, 'Year registered').fill('2001');
  await textbox(page, 'Copies').fill('1');
  await button(page, 'Continue').click();
  await stepHeading(page, 'Check your answers before sending');
  assert.deepEqual(await violations(page), [], 'the check page');
  await button(page, 'Send application').click();
  await stepHeading(page, 'Application sent');
  assert.deepEqual(await violations(page), [], 'the receipt');
  assert.deepEqual(session.problems, []);
});

test('a file the server refuses (its bytes are not a PDF) says why, and offers removing it, not a retry that cannot succeed', async () => {
  const page = await session.freshPage();
  await page.goto(host.url('/khai-tu'));
  await stepHeading(page, 'Người nộp hồ sơ');
  await fillApplicant(page, person('Lã Văn Tư'));
  await next(page);
  await stepHeading(page, 'Người đã chết');
  await fillDeceased(page);
  await stepHeading(page, 'Giấy tờ đính kèm');
  session.expectConsoleErrors(/status of 415/);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Chọn tệp/ }).click();
  await (await chooser).setFiles({ name: 'giay-bao-tu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('không phải PDF, chỉ là chữ\n'.repeat(20)) });
  const upload = page.locator('egov-file-upload');
  await upload.getByText(/^Không tải lên được giay-bao-tu\.pdf: Loại tệp .* không được chấp nhận/).waitFor();
  assert.equal(await upload.getByRole('button', { name: /^Thử lại/ }).count(), 0, 'no retry');
  await upload.getByRole('button', { name: 'Xóa giay-bao-tu.pdf' }).waitFor();
  await next(page);
  await page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' })
    .getByRole('link', { name: /Tệp “giay-bao-tu\.pdf” không được chấp nhận: .*Hãy xóa tệp này và chọn tệp khác\.$/ }).waitFor();
  session.expectConsoleErrors(undefined);
});
