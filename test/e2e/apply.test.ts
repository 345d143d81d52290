/**
 * Applying online, as a citizen does: every step of a real procedure with an attachment, checking the
 * answers, the receipt and the one dossier it made; a reload that loses nothing, nor does leaving a
 * step while its file uploads; a mistake shown in the error summary and fixed; and no second dossier
 * from a double press, a lost answer (sent again as it was, or after a change), or a second tab.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  button, CUT_OFF, dossiersOf, fillApplicant, heading, isFocused, pdfFile, person, portalForThisFile, summaryRows, textbox, type Person,
} from './harness.js';

const e2e = portalForThisFile();

const next = (page: Page) => button(page, 'Tiếp tục').click();

/** The one step of 2.000635 (copies of a civil status record). */
async function fillRecordStep(page: Page, name = 'Lê Minh Khôi'): Promise<void> {
  await page.getByRole('combobox', { name: 'Loại sự kiện' }).selectOption({ label: 'Khai sinh' });
  await textbox(page, 'Họ, chữ đệm và tên người được cấp trích lục').fill(name);
  await textbox(page, 'Năm đăng ký').fill('2001');
  await textbox(page, 'Số bản sao').fill('2');
}

/** From the applicant step of 2.000635 to its check page. */
async function reachReview(page: Page, who = person('Lê Văn Toàn')): Promise<void> {
  await heading(page, 'Người nộp hồ sơ');
  await fillApplicant(page, who);
  await next(page);
  await heading(page, 'Sự kiện hộ tịch');
  await fillRecordStep(page);
  await next(page);
  await heading(page, 'Kiểm tra thông tin trước khi gửi');
}

/** The deceased's step of 1.000656 (death registration), dated ten days ago in Vietnam. */
async function fillDeceasedStep(page: Page): Promise<string[]> {
  const [year, month, day] = new Date(Date.now() + 7 * 3_600_000 - 10 * 86_400_000).toISOString().slice(0, 10).split('-') as [string, string, string];
  await heading(page, 'Người đã chết');
  await textbox(page, 'Họ, chữ đệm và tên người đã chết').fill('Hoàng Văn Hùng');
  await textbox(page, 'Số định danh cá nhân của người đã chết').fill('019048012345');
  const date = page.getByRole('group', { name: 'Ngày chết' });
  await date.getByRole('textbox', { name: 'Ngày' }).fill(day);
  await date.getByRole('textbox', { name: 'Tháng' }).fill(month);
  await date.getByRole('textbox', { name: 'Năm' }).fill(year);
  await textbox(page, 'Nơi chết').fill('Bệnh viện Đa khoa Trung ương Thái Nguyên');
  await page.getByRole('combobox', { name: 'Quan hệ với người đã chết' }).selectOption({ label: 'Con' });
  return [year, month, day];
}

/** A death registration (1.000656) started in `page` by `who`, up to its deceased's step, filled; returns the date typed. */
async function startDeathRegistration(page: Page, who: Person): Promise<string[]> {
  await page.goto(`${e2e.portal.origin}/nop-ho-so/1.000656`);
  await heading(page, 'Người nộp hồ sơ');
  await fillApplicant(page, who);
  await next(page);
  return fillDeceasedStep(page);
}

test('a death registration end to end: every step, an attachment, the check page, the receipt, one dossier on the server', async () => {
  const page = await e2e.session.freshPage();
  const since = new Date();
  const applicant = person('Hoàng Thị Yến', '0987654321', '019190012346');
  await page.goto(`${e2e.portal.origin}/thu-tuc/1.000656`);
  await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).first().click();
  await heading(page, 'Người nộp hồ sơ');
  await fillApplicant(page, applicant);
  await next(page);

  const [year, month, day] = await fillDeceasedStep(page);
  await next(page);

  await heading(page, 'Giấy tờ đính kèm');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Chọn tệp/ }).click();
  await (await chooser).setFiles(pdfFile('giay-bao-tu.pdf'));
  await page.getByRole('status').getByText('Đã tải lên giay-bao-tu.pdf').waitFor();
  await next(page);

  await heading(page, 'Kiểm tra thông tin trước khi gửi');
  assert.deepEqual(await summaryRows(page.getByRole('main')), {
    'Họ, chữ đệm và tên': 'Hoàng Thị Yến',
    'Số định danh cá nhân (số căn cước)': '019 190 012 346',
    'Số điện thoại di động': '0987 654 321',
    'Địa chỉ email (nếu có)': 'Chưa cung cấp',
    'Họ, chữ đệm và tên người đã chết': 'Hoàng Văn Hùng',
    'Số định danh cá nhân của người đã chết': '019 048 012 345',
    'Ngày chết': `${day}/${month}/${year}`,
    'Nơi chết': 'Bệnh viện Đa khoa Trung ương Thái Nguyên',
    'Quan hệ với người đã chết': 'Con',
    'Giấy báo tử': 'giay-bao-tu.pdf (0,1 kB)',
  });
  await button(page, 'Gửi hồ sơ').click();

  await heading(page, 'Đã nộp hồ sơ thành công');
  const code = await page.getByTestId('dossier-code').innerText();
  assert.match(code, /^000\.31\.01\.H55-\d{6}-\d{4}$/);
  assert.equal((await summaryRows(page.getByRole('main')))['Trạng thái'], 'Mới đăng ký');
  assert.deepEqual(await dossiersOf(e2e.portal, '1.000656', applicant.fullName, since), [code]);
  const filed = await e2e.portal.staff.staff.get(code);
  assert.equal(filed.applicant.phone, '+84987654321');
  assert.equal(filed.answers.dateOfDeath, `${year}-${month}-${day}`);
  assert.deepEqual(filed.attachments.map((file) => file.name), ['giay-bao-tu.pdf']);

  // The receipt's "track" opens the dossier in this tab without asking for the phone again.
  await page.getByRole('link', { name: 'Tra cứu hồ sơ này' }).click();
  await page.getByRole('heading', { name: `Hồ sơ ${code}` }).waitFor();
  await page.getByRole('listitem').getByRole('heading', { name: 'Mới đăng ký' }).waitFor();
  assert.deepEqual(e2e.session.problems, []);
});

test('nothing is lost: a reload restores the draft; a wrong phone is listed in the error summary and fixed', async () => {
  const page = await e2e.session.freshPage();
  await page.goto(`${e2e.portal.origin}/nop-ho-so/2.000635`);
  await heading(page, 'Người nộp hồ sơ');
  await fillApplicant(page, person('Trần Thị Lan', '0212345678', '019195012345'));
  // Leaving the box shows its own error; pressing on shows the summary.
  await page.keyboard.press('Tab');
  const phone = textbox(page, 'Số điện thoại di động');
  await next(page);
  const summary = page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' });
  const link = summary.getByRole('link', { name: 'Số điện thoại di động: Đây là số điện thoại cố định. Hãy nhập số di động' });
  await link.waitFor();
  assert.equal(await summary.getByRole('link').count(), 1);
  // The summary is inside the form's shadow root: focus is looked for through shadow roots.
  await page.waitForFunction(() => {
    for (let active = document.activeElement; active; active = active.shadowRoot?.activeElement ?? null) {
      if (active.tagName === 'EGOV-ERROR-SUMMARY') return true;
    }
    return false;
  });
  await link.click();
  assert.ok(await isFocused(phone), 'the link moves focus to the phone box');
  await phone.fill('0912345678');
  await next(page);

  await heading(page, 'Sự kiện hộ tịch');
  await fillRecordStep(page);
  const shown = async () => ({
    record: await page.getByRole('combobox', { name: 'Loại sự kiện' }).inputValue(),
    name: await textbox(page, 'Họ, chữ đệm và tên người được cấp trích lục').inputValue(),
    // The number field groups digits ("2.001") once left: whatever it showed must come back.
    year: await textbox(page, 'Năm đăng ký').inputValue(),
    copies: await textbox(page, 'Số bản sao').inputValue(),
  });
  const typed = await shown();
  assert.deepEqual({ ...typed, year: typed.year.replace('.', '') }, { record: 'birth', name: 'Lê Minh Khôi', year: '2001', copies: '2' });
  await page.reload();
  await heading(page, 'Sự kiện hộ tịch');
  await page.getByText(/^Đã khôi phục bản nháp bạn khai dở lúc \d\d:\d\d \d\d\/\d\d\/\d{4}\.$/).waitFor();
  assert.deepEqual(await shown(), typed);

  await page.getByRole('link', { name: 'Quay lại' }).click();
  await heading(page, 'Người nộp hồ sơ');
  assert.equal(await textbox(page, 'Họ, chữ đệm và tên').inputValue(), 'Trần Thị Lan');
  assert.equal(await phone.inputValue(), '0912 345 678');
  assert.deepEqual(e2e.session.problems, []);
});

// The field's error, shown as focus leaves it, must not move the button from under the pointer.
test('pressing on straight after typing a wrong phone shows the error summary', async () => {
  const page = await e2e.session.freshPage();
  await page.goto(`${e2e.portal.origin}/nop-ho-so/2.000635`);
  await heading(page, 'Người nộp hồ sơ');
  await fillApplicant(page, person('Phạm Văn Nam', '0212345678'));
  await next(page);
  await page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' }).waitFor({ timeout: 3000 });
  assert.deepEqual(e2e.session.problems, []);
});

test('no second dossier: a double press, then an answer lost on the way and sent again after a reload', async () => {
  const page = await e2e.session.freshPage();
  const since = new Date();
  await page.goto(`${e2e.portal.origin}/nop-ho-so/2.000635`);
  await reachReview(page, person('Đỗ Thu Hương'));
  await button(page, 'Gửi hồ sơ').dblclick();
  await heading(page, 'Đã nộp hồ sơ thành công');
  const first = await page.getByTestId('dossier-code').innerText();
  assert.deepEqual(await dossiersOf(e2e.portal, '2.000635', 'Đỗ Thu Hương', since), [first]);

  // The server files it, but the answer never arrives (the SDK's own retries lose theirs too).
  await page.getByRole('link', { name: 'Nộp hồ sơ khác' }).click();
  await reachReview(page, person('Ngô Đức Thịnh'));
  let cut = 0;
  await page.route('**/api/v1/dossiers', async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    await route.fetch();
    cut++;
    await route.abort('failed');
  });
  e2e.session.expectConsoleErrors(CUT_OFF);
  await button(page, 'Gửi hồ sơ').click();
  await page.getByRole('alert', { name: 'Chưa gửi được hồ sơ' }).waitFor();
  await page.getByText('Không kết nối được tới máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.').waitFor();
  await page.unrouteAll();
  e2e.session.expectConsoleErrors(undefined);
  assert.ok(cut >= 1);
  const filed = await dossiersOf(e2e.portal, '2.000635', 'Ngô Đức Thịnh', since);
  assert.equal(filed.length, 1);

  await page.reload();
  await heading(page, 'Kiểm tra thông tin trước khi gửi');
  await button(page, 'Gửi hồ sơ').click();
  await heading(page, 'Đã nộp hồ sơ thành công');
  assert.equal(await page.getByTestId('dossier-code').innerText(), filed[0]);
  assert.deepEqual(await dossiersOf(e2e.portal, '2.000635', 'Ngô Đức Thịnh', since), filed);
  assert.deepEqual(e2e.session.problems, []);
});

test('a date typed without its year is named for what it lacks, not as missing, and kept as typed over a reload', async () => {
  const page = await e2e.session.freshPage();
  const [, month, day] = await startDeathRegistration(page, person('Tạ Thị Nga'));
  const date = page.getByRole('group', { name: 'Ngày chết' });
  await date.getByRole('textbox', { name: 'Năm' }).fill('');
  await next(page);
  const summary = page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' });
  await summary.getByRole('link', { name: 'Ngày chết: Ngày tháng phải có năm.' }).waitFor();
  assert.equal(await summary.getByRole('link').count(), 1);

  // Not a date yet, but typed: a reload keeps the day and the month.
  await page.reload();
  await heading(page, 'Người đã chết');
  assert.deepEqual(await Promise.all(['Ngày', 'Tháng', 'Năm'].map((name) => date.getByRole('textbox', { name }).inputValue())), [day, month, '']);
  assert.deepEqual(e2e.session.problems, []);
});

test('a file still uploading when the person goes back a step is kept, and shown on return', async () => {
  const page = await e2e.session.freshPage();
  await startDeathRegistration(page, person('Vũ Thị Mai'));
  await next(page);
  await heading(page, 'Giấy tờ đính kèm');

  // The file's bytes go slowly: the person leaves the step before they are all sent.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let sent!: () => void;
  const done = new Promise<void>((resolve) => (sent = resolve));
  await page.route('**/api/v1/uploads/**', async (route) => {
    if (route.request().method() !== 'PATCH') return route.fallback();
    await held;
    await route.fallback();
    sent();
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Chọn tệp/ }).click();
  await (await chooser).setFiles(pdfFile('giay-bao-tu.pdf'));
  await page.getByRole('link', { name: 'Quay lại' }).click();
  await heading(page, 'Người đã chết');
  release();
  await done;
  await page.unrouteAll();

  // The upload ends while its field is off the page; coming back, the file is there, and so on the check page.
  await next(page);
  await heading(page, 'Giấy tờ đính kèm');
  await button(page, 'Xóa giay-bao-tu.pdf').waitFor();
  await next(page);
  await heading(page, 'Kiểm tra thông tin trước khi gửi');
  assert.equal((await summaryRows(page.getByRole('main')))['Giấy báo tử'], 'giay-bao-tu.pdf (0,1 kB)');
  assert.deepEqual(e2e.session.problems, []);
});

test('no second dossier from a change after a lost answer: the receipt is the filed dossier\'s, and says the change is not in it', async () => {
  const page = await e2e.session.freshPage();
  const since = new Date();
  await page.goto(`${e2e.portal.origin}/nop-ho-so/2.000635`);
  await reachReview(page, person('Lý Thanh Tùng'));
  await page.route('**/api/v1/dossiers', async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    await route.fetch();
    await route.abort('failed');
  });
  e2e.session.expectConsoleErrors(CUT_OFF);
  await button(page, 'Gửi hồ sơ').click();
  await page.getByRole('alert', { name: 'Chưa gửi được hồ sơ' }).waitFor();
  await page.unrouteAll();
  const filed = await dossiersOf(e2e.portal, '2.000635', 'Lý Thanh Tùng', since);
  assert.equal(filed.length, 1);

  // The person changes the number of copies, then sends again: the server holds the key for the first body.
  await page.getByRole('link', { name: /^Thay đổi\s+Số bản sao$/ }).click();
  await textbox(page, 'Số bản sao').fill('3');
  await next(page);
  await heading(page, 'Kiểm tra thông tin trước khi gửi');
  e2e.session.expectConsoleErrors(/status of 409/);
  await button(page, 'Gửi hồ sơ').click();
  await heading(page, 'Đã nộp hồ sơ thành công');
  e2e.session.expectConsoleErrors(undefined);
  assert.equal(await page.getByTestId('dossier-code').innerText(), filed[0]);
  await page.getByText(/^Hồ sơ đã được nộp trước khi bạn sửa thông tin/).waitFor();
  assert.deepEqual(await dossiersOf(e2e.portal, '2.000635', 'Lý Thanh Tùng', since), filed);

  // Offline when opening it from the receipt: the lookup form says so, ready for the phone number.
  await page.route('**/api/v1/dossiers/**', (route) => route.abort('failed'));
  e2e.session.expectConsoleErrors(CUT_OFF);
  await page.getByRole('link', { name: 'Tra cứu hồ sơ này' }).click();
  await page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' })
    .getByText('Không kết nối được tới máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.').waitFor({ timeout: 30_000 });
  await page.unrouteAll();
  e2e.session.expectConsoleErrors(undefined);
  assert.deepEqual(e2e.session.problems, []);
});

test('"delete the draft and start again" empties the applicant fields on screen', async () => {
  const page = await e2e.session.freshPage();
  await page.goto(`${e2e.portal.origin}/nop-ho-so/2.000635`);
  await heading(page, 'Người nộp hồ sơ');
  await fillApplicant(page, person('Đinh Thị Hoa'));
  await page.reload();
  await heading(page, 'Người nộp hồ sơ');
  assert.equal(await textbox(page, 'Họ, chữ đệm và tên').inputValue(), 'Đinh Thị Hoa');
  await button(page, 'Xóa bản nháp và khai lại từ đầu').click();
  for (const name of ['Họ, chữ đệm và tên', 'Số định danh cá nhân (số căn cước)', 'Số điện thoại di động']) {
    assert.equal(await textbox(page, name).inputValue(), '', name);
  }
  // What is typed now goes into the new draft alone.
  await textbox(page, 'Họ, chữ đệm và tên').fill('Đinh Văn Hải');
  await page.reload();
  await heading(page, 'Người nộp hồ sơ');
  assert.equal(await textbox(page, 'Họ, chữ đệm và tên').inputValue(), 'Đinh Văn Hải');
  assert.equal(await textbox(page, 'Số điện thoại di động').inputValue(), '');
  assert.deepEqual(e2e.session.problems, []);
});

test('no second dossier from a second tab: once one tab sends, the other shows the receipt', async () => {
  const page = await e2e.session.freshPage();
  const since = new Date();
  await page.goto(`${e2e.portal.origin}/nop-ho-so/2.000635`);
  await reachReview(page, person('Mạc Văn Khoa'));
  // The same draft open in a second tab of the same browser.
  const other = await e2e.session.context.newPage();
  await other.goto(page.url());
  await heading(other, 'Kiểm tra thông tin trước khi gửi');

  await button(page, 'Gửi hồ sơ').click();
  await heading(page, 'Đã nộp hồ sơ thành công');
  const code = await page.getByTestId('dossier-code').innerText();
  await heading(other, 'Đã nộp hồ sơ thành công');
  assert.equal(await other.getByTestId('dossier-code').innerText(), code);
  // Starting again there is a new, empty application.
  await other.getByRole('link', { name: 'Nộp hồ sơ khác' }).click();
  await heading(other, 'Người nộp hồ sơ');
  assert.equal(await textbox(other, 'Họ, chữ đệm và tên').inputValue(), '');
  await other.close();
  assert.deepEqual(await dossiersOf(e2e.portal, '2.000635', 'Mạc Văn Khoa', since), [code]);
  assert.deepEqual(e2e.session.problems, []);
});

test('a link straight to a later step while an earlier one is not filled in lands on that earlier step, marking nothing done', async () => {
  const page = await e2e.session.freshPage();
  await page.goto(`${e2e.portal.origin}/nop-ho-so/2.000635/kiem-tra`);
  await heading(page, 'Người nộp hồ sơ');
  assert.match(new URL(page.url()).pathname, /\/nop-ho-so\/2\.000635\/nguoi-nop$/);
  await page.getByRole('heading', { name: 'Bước 1 trên 3: Người nộp hồ sơ' }).waitFor();

  // With the applicant filled in, a link to the check page stops at the record's step, still empty.
  await fillApplicant(page, person('Cao Văn Đạt'));
  await next(page);
  await heading(page, 'Sự kiện hộ tịch');
  await page.goto(`${e2e.portal.origin}/nop-ho-so/2.000635/kiem-tra`);
  await heading(page, 'Sự kiện hộ tịch');
  await page.getByRole('heading', { name: 'Bước 2 trên 3: Sự kiện hộ tịch' }).waitFor();
  assert.deepEqual(e2e.session.problems, []);
});
