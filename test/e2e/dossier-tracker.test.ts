/**
 * `<egov-dossier-tracker>` on a plain agency page that is not the portal: static HTML, no router,
 * a strict Content-Security-Policy with Trusted Types, the API on another origin. A citizen looks a
 * seeded dossier up by keyboard alone, follows a staff move live, answers a request for
 * supplements with a note and a file, reads an overdue and a paused dossier, and learns nothing
 * from a wrong verifier; axe finds nothing in Vietnamese or English; a rate limit says when to
 * try again.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { formatDate, maskName } from '@egov-kit/core';
import type { Dossier } from '@egov-kit/sdk';
import { startHostPage, type HostPage } from './host-page.js';
import { button, isFocused, nationalPhone, NOT_FOUND, openBrowser, pdfFile, type Session, shownText, summaryRows, textbox, violations } from './harness.js';

let host: HostPage;
let session: Session;

before(async () => {
  [host, session] = await Promise.all([
    startHostPage({
      modules: { tracker: '@egov-kit/elements/define/dossier-tracker', mount: './test/e2e/dossier-tracker-page.ts' },
      pages: (api) => ({
        '/': `<h1>Sở Tư pháp tỉnh Thái Nguyên</h1>\n<egov-dossier-tracker api-base="${api}" code-param="ma-ho-so"></egov-dossier-tracker>`,
        '/cms': `<h1>Department of Justice</h1>\n<div id="tra-cuu-ho-so" data-api="${api}">Đang tải…</div>`,
      }),
    }),
    openBrowser({ width: 390, height: 844 }),
  ]);
});

after(async () => {
  await session?.close();
  await host?.close();
});

/** A seeded dossier in `status`, as staff see it (`overdue`: one past its due date, or not). */
async function seeded(status: Dossier['status'], { overdue }: { overdue?: boolean } = {}): Promise<Dossier> {
  for await (const summary of host.staff.staff.list({ status })) {
    if (overdue === undefined || summary.overdue === overdue) return host.staff.staff.get(summary.code);
  }
  throw new Error(`no seeded ${status} dossier${overdue ? ' past its due date' : ''}`);
}

/** Looks a dossier up by typing, as a person does, and waits for the answer. */
async function lookUp(page: Page, code: string, verifier: string): Promise<void> {
  await textbox(page, 'Mã hồ sơ').fill(code);
  await textbox(page, 'Số điện thoại hoặc số định danh cá nhân').fill(verifier);
  const answer = page.waitForResponse((response) => response.url().endsWith(`/dossiers/${encodeURIComponent(code)}`));
  await button(page, 'Tra cứu').click();
  await answer;
}

test('by keyboard alone: look a dossier up, follow a staff move live and hear it, reopen it after a reload', async () => {
  const page = await session.freshPage();
  const dossier = await seeded('submitted');
  await page.goto(host.url('/'));
  await page.getByRole('heading', { name: 'Tra cứu hồ sơ' }).waitFor();
  assert.deepEqual(await violations(page), [], 'the lookup form');

  // Tab from the top of the page into the code, type, Tab to the verifier, type, Enter.
  await page.keyboard.press('Tab');
  assert.ok(await isFocused(textbox(page, 'Mã hồ sơ')), 'the first stop is the code');
  await page.keyboard.type(dossier.code);
  await page.keyboard.press('Tab');
  await page.keyboard.type(nationalPhone(dossier.applicant.phone));
  await page.keyboard.press('Enter');
  const title = page.getByRole('heading', { name: `Hồ sơ ${dossier.code}` });
  await title.waitFor();
  assert.ok(await isFocused(title), 'focus moves to the dossier');
  assert.equal(new URL(page.url()).searchParams.get('ma-ho-so'), dossier.code, 'the page’s link opens it again');
  assert.equal(await shownText(page.getByText('Trạng thái:').locator('..')), 'Trạng thái: Mới đăng ký');
  assert.equal((await summaryRows(page.getByRole('main')))['Người nộp'], maskName(dossier.applicant.fullName));
  await page.getByText('Trang này tự cập nhật khi hồ sơ có thay đổi.').waitFor();
  assert.deepEqual(await violations(page), [], 'the dossier');

  // The one-stop desk receives it: the page follows without a reload and a screen reader hears it.
  const { deadline } = await host.staff.staff.run(dossier.code, 'receive', {});
  await page.getByRole('status').getByText('Hồ sơ vừa được cập nhật: Được tiếp nhận.').waitFor();
  assert.equal(await shownText(page.getByText('Trạng thái:').locator('..')), 'Trạng thái: Được tiếp nhận');
  await page.getByRole('term').getByText('Ngày tiếp nhận').waitFor();
  const rows = await summaryRows(page.getByRole('main'));
  assert.equal(rows['Ngày tiếp nhận'], formatDate(deadline.receivedOn!));
  assert.ok(rows['Hạn giải quyết']?.startsWith(formatDate(deadline.dueDate!)), rows['Hạn giải quyết']);

  // A reload in this tab opens it again from the link, without asking.
  await page.reload();
  await title.waitFor();
  const timeline = page.getByRole('list', { name: 'Quá trình xử lý hồ sơ' }).getByRole('heading');
  assert.deepEqual(await timeline.allInnerTexts(), ['Được tiếp nhận', 'Mới đăng ký']);
  assert.deepEqual(session.problems, [], 'no CSP violation, console or page error');
});

test('says when live updates stop, starts them again on request, and prints without its controls', async () => {
  const page = await session.freshPage();
  const dossier = await seeded('processing');
  // The server refuses the tab's token for the event stream (it expired since the lookup).
  const expired = { status: 401, contentType: 'application/problem+json', body: JSON.stringify({
    type: 'urn:egov-kit:problem:dossier-access-expired', title: 'Phiên tra cứu đã hết hạn', status: 401,
    messageKey: 'api.problem.dossier-access-expired', params: {},
  }) };
  session.expectConsoleErrors(/status of 401/);
  await page.route('**/events**', (route) => route.fulfill(expired));
  await page.goto(host.url('/'));
  await lookUp(page, dossier.code, nationalPhone(dossier.applicant.phone));
  await page.getByText('Trang đã ngừng tự cập nhật: phiên tra cứu đã hết hạn. Tra cứu lại để xem thay đổi mới.').waitFor();
  assert.equal(await page.getByText('Trang này tự cập nhật khi hồ sơ có thay đổi.').count(), 0);
  await page.unrouteAll();
  session.expectConsoleErrors(undefined);
  // Asked to, it follows again and hears the next change.
  await button(page, 'Cập nhật lại').click();
  await page.getByText('Trang này tự cập nhật khi hồ sơ có thay đổi.').waitFor();
  await host.staff.staff.run(dossier.code, 'request-fees', { fees: [{ name: { vi: 'Lệ phí', en: 'Fee' }, amount: 50_000 }] });
  await page.getByRole('status').getByText('Hồ sơ vừa được cập nhật: Yêu cầu thực hiện nghĩa vụ tài chính.').waitFor();

  await page.emulateMedia({ media: 'print' });
  assert.equal(await button(page, 'In trang này').isVisible(), false, 'no controls on paper');
  assert.equal(await page.getByText('Trang này tự cập nhật khi hồ sơ có thay đổi.').isVisible(), false);
  assert.ok(await page.getByRole('heading', { name: `Hồ sơ ${dossier.code}` }).isVisible());
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(session.problems, []);
});

test('answers a request for supplements with a note and a document; paused and overdue dossiers read as such', async () => {
  const page = await session.freshPage();
  const waiting = await seeded('supplement-requested');
  await page.goto(host.url('/'));
  await lookUp(page, waiting.code, waiting.applicant.idNumber);
  const paused = waiting.deadline.pausedSince
    ? `Tạm dừng: đang chờ bổ sung hồ sơ từ ngày ${formatDate(waiting.deadline.pausedSince)}. Thời gian chờ không tính vào thời hạn.`
    : 'Đang chờ bổ sung hồ sơ từ ngày';
  await page.getByText(paused).waitFor();
  await page.getByRole('heading', { name: 'Cơ quan yêu cầu bổ sung hồ sơ' }).waitFor();

  await textbox(page, 'Giải trình, ghi chú').fill('Tôi gửi bản sao giấy khai sinh có chứng thực.');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Chọn tệp/ }).click();
  await (await chooser).setFiles(pdfFile('giay-khai-sinh.pdf'));
  await page.getByRole('status').getByText('Đã tải lên giay-khai-sinh.pdf').waitFor();
  await button(page, 'Gửi bổ sung').click();
  await page.getByText('Đã gửi bổ sung. Hồ sơ được chuyển lại cho cơ quan giải quyết.').waitFor();
  const answered = await host.staff.staff.get(waiting.code);
  assert.notEqual(answered.status, 'supplement-requested');
  assert.deepEqual(answered.attachments.filter((file) => file.supplementRequestId).map((file) => file.name), ['giay-khai-sinh.pdf']);
  const timeline = page.getByRole('list', { name: 'Quá trình xử lý hồ sơ' }).getByRole('heading');
  assert.equal((await timeline.allInnerTexts())[0], 'Người nộp đã gửi bổ sung hồ sơ');

  const late = await seeded('processing', { overdue: true });
  await button(page, 'Tra cứu hồ sơ khác').click();
  await lookUp(page, late.code, nationalPhone(late.applicant.phone));
  await page.getByRole('heading', { name: `Hồ sơ ${late.code}` }).waitFor();
  assert.match(await shownText(page.getByText('Trạng thái:').locator('..')), /^Trạng thái: Đang xử lý Trễ hạn/);
  const { dueDate, appointmentDate, pausedWorkingDays, remainingWorkingDays } = late.deadline;
  // A wait for a supplement moved the due date: the new date is said beside the first one.
  const moved = dueDate !== appointmentDate
    ? ` Ngày hẹn trả mới: ${formatDate(dueDate!)} (hẹn lần đầu: ${formatDate(appointmentDate!)}), sau ${pausedWorkingDays} ngày làm việc chờ bổ sung.` : '';
  assert.equal((await summaryRows(page.getByRole('main')))['Hạn giải quyết'],
    `${formatDate(dueDate!)} (Quá hạn ${-remainingWorkingDays!} ngày làm việc)${moved}`);
  assert.deepEqual(session.problems, []);
});

test('in English, on a CMS page that mounts it: axe finds nothing; a wrong verifier reveals nothing', async () => {
  const page = await session.freshPage();
  const dossier = await seeded('returned');
  await page.goto(host.url('/cms'));
  await page.getByRole('heading', { name: 'Track an application' }).waitFor();
  session.expectConsoleErrors(NOT_FOUND);
  const code = page.getByRole('textbox', { name: 'Application code', exact: true });
  const verifier = page.getByRole('textbox', { name: 'Phone number or personal ID number', exact: true });
  await code.fill(dossier.code);
  await verifier.fill('0987654321');
  await button(page, 'Look up').click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await summary.getByText('The application was not found. Please check the application code and the phone or personal ID number.').waitFor();
  assert.equal(await page.getByRole('heading', { name: `Application ${dossier.code}` }).count(), 0);
  assert.ok(!(await shownText(page.getByRole('main'))).includes(dossier.procedure.name.en ?? dossier.procedure.name.vi), 'nothing of the dossier');
  session.expectConsoleErrors(undefined);

  await verifier.fill(nationalPhone(dossier.applicant.phone));
  await button(page, 'Look up').click();
  await page.getByRole('heading', { name: `Application ${dossier.code}` }).waitFor();
  assert.equal(await page.locator('body').getAttribute('data-opened'), dossier.code, 'the page heard egov-dossier-load');
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(session.problems, []);
});

test('a rate limit is a friendly message that says when to try again', async () => {
  const page = await session.freshPage();
  const dossier = await seeded('received');
  // Someone guessing from this address has used up its failed lookups (30 a minute by default).
  for (let i = 0; i < 30; i++) {
    await fetch(`${host.apiBase}/dossiers/${encodeURIComponent(dossier.code)}`, { headers: { 'x-dossier-verifier': `09${String(10_000_000 + i)}` } });
  }
  await page.goto(host.url('/'));
  session.expectConsoleErrors(/status of 429/);
  await lookUp(page, dossier.code, nationalPhone(dossier.applicant.phone));
  const summary = page.getByRole('alert').filter({ hasText: 'Có lỗi cần sửa' });
  await summary.getByText(/^Bạn đã tra cứu sai quá nhiều lần\. Để bảo vệ hồ sơ của mọi người, vui lòng thử lại sau \d+ (giây|phút)/).waitFor();
  assert.equal(await page.getByRole('heading', { name: `Hồ sơ ${dossier.code}` }).count(), 0);
  session.expectConsoleErrors(undefined);
  assert.deepEqual(session.problems, []);
});
