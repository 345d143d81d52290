/**
 * Finding a procedure, as a citizen does: the catalogue, a search typed without diacritics, one
 * procedure's fees, documents and start link; the page in English; the skip link and the navigation
 * by keyboard.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { button, heading, isFocused, portalForThisFile, textbox, } from './harness.js';

const e2e = portalForThisFile();

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const resultNames = () => e2e.session.page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('heading').allInnerTexts();

test('the catalogue lists the procedures; "ho tich" finds the civil-status ones; a procedure shows fees, documents and where to start', async () => {
  const page = await e2e.session.freshPage();
  await page.goto(e2e.portal.origin);
  await heading(page, 'Thủ tục hành chính');
  await page.getByRole('status').getByText('Đang hiển thị 20 thủ tục đầu tiên').waitFor();
  await button(page, 'Xem thêm thủ tục').click();
  await page.getByRole('status').getByText(`Tìm thấy ${e2e.portal.server.seed.procedures} thủ tục`).waitFor();
  assert.equal((await resultNames()).length, e2e.portal.server.seed.procedures);

  await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('ho tich');
  await button(page, 'Tìm kiếm').click();
  await page.getByRole('status').getByText('Tìm thấy 5 thủ tục').waitFor();
  const found = await resultNames();
  for (const name of ['Đăng ký khai sinh', 'Đăng ký khai tử', 'Cấp bản sao Trích lục hộ tịch']) assert.ok(found.includes(name), `${name} in ${found}`);
  assert.ok(!found.includes('Đăng ký tạm trú'));
  assert.match(page.url(), /\?q=ho\+tich$/);

  await page.getByRole('link', { name: 'Cấp bản sao Trích lục hộ tịch' }).click();
  await heading(page, 'Cấp bản sao Trích lục hộ tịch');
  const fee = page.getByRole('row', { name: /Phí cấp bản sao trích lục hộ tịch/ }).getByRole('cell');
  assert.deepEqual((await fee.allInnerTexts()).map(squash), ['Phí cấp bản sao trích lục hộ tịch 8.000 đồng/bản sao.', '8.000 ₫']);
  const form = page.getByRole('listitem').filter({ hasText: 'Tờ khai cấp bản sao trích lục hộ tịch' });
  assert.equal(squash(await form.innerText()), 'Tờ khai cấp bản sao trích lục hộ tịch Bắt buộc 1 bản chính, 0 bản sao');
  const start = page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' });
  assert.equal(await start.count(), 2);
  await start.first().click();
  await heading(page, 'Người nộp hồ sơ');
  assert.match(page.url(), /\/nop-ho-so\/2\.000635\/nguoi-nop$/);

  // A procedure offered only as information: no start link, but what to do instead.
  await page.goto(`${e2e.portal.origin}/thu-tuc/2.000884`);
  await heading(page, 'Chứng thực chữ ký trong các giấy tờ, văn bản');
  await page.getByText('Thủ tục này chỉ cung cấp thông tin trực tuyến').waitFor();
  assert.equal(await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).count(), 0);
  assert.deepEqual(e2e.session.problems, []);
});

test('switching to English changes the page live, and is remembered', async () => {
  const page = await e2e.session.freshPage();
  await page.goto(`${e2e.portal.origin}/thu-tuc/1.000656`);
  await heading(page, 'Đăng ký khai tử');
  await button(page, 'Switch to English').click();
  await heading(page, 'Death registration');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.title(), 'Death registration – Thai Nguyen Province Public Service Portal');
  const nav = page.getByRole('navigation', { name: 'Services' });
  assert.deepEqual(await nav.getByRole('link').allInnerTexts(), ['Administrative procedures', 'Track an application', 'Verify a digital signature']);
  const main = await page.getByRole('main').innerText();
  for (const text of ['Fees and charges', 'Documents to hand in', 'Death registration fee', 'No fee when registered within the time limit.', 'Apply online']) {
    assert.ok(main.includes(text), text);
  }
  assert.ok(!main.includes('Phí, lệ phí'));

  await page.reload();
  await heading(page, 'Death registration');
  await button(page, 'Chuyển sang tiếng Việt').click();
  await heading(page, 'Đăng ký khai tử');
  assert.equal(await page.title(), 'Đăng ký khai tử – Cổng Dịch vụ công tỉnh Thái Nguyên');
  assert.deepEqual(e2e.session.problems, []);
});

test('by keyboard: the skip link leads into the page, the navigation opens a page and focuses its heading', async () => {
  const page = await e2e.session.freshPage();
  await page.goto(e2e.portal.origin);
  await heading(page, 'Thủ tục hành chính');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  assert.ok(await isFocused(skip));
  assert.ok((await skip.boundingBox())!.y >= 0, 'the skip link shows when focused');
  await page.keyboard.press('Enter');
  assert.ok(await isFocused(page.getByRole('main')), 'the main content has focus');
  await page.keyboard.press('Tab');
  assert.ok(await isFocused(page.getByRole('searchbox', { name: 'Tìm thủ tục' })), 'the next Tab is the search box');

  // Back to the top, then forward through the header to "Tra cứu hồ sơ".
  await page.goto(e2e.portal.origin);
  await heading(page, 'Thủ tục hành chính');
  const track = page.getByRole('navigation', { name: 'Các dịch vụ' }).getByRole('link', { name: 'Tra cứu hồ sơ' });
  for (let presses = 0; presses < 8 && !(await isFocused(track)); presses++) await page.keyboard.press('Tab');
  assert.ok(await isFocused(track), 'the navigation is reachable by Tab');
  await page.keyboard.press('Enter');
  const title = await heading(page, 'Tra cứu hồ sơ');
  assert.ok(new URL(page.url()).pathname === '/tra-cuu');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.ok(await isFocused(title));
  assert.equal(await track.getAttribute('aria-current'), 'page');
  await page.keyboard.press('Tab');
  assert.ok(await isFocused(textbox(page, 'Mã hồ sơ')), 'the next Tab is the first field');
  assert.deepEqual(e2e.session.problems, []);
});
