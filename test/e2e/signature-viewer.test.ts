/**
 * `<egov-signature-viewer>` on a plain agency page (static HTML, strict CSP with Trusted Types, the
 * API on another origin), from the CDN build (its workers emitted as files of their own): every
 * fixture of the engine's corpus shows the verdict the engine gives in Node, and no attack reads
 * as valid; each state says what it is; a keyboard alone opens a file, zooms, reads the details and
 * the signed version; axe finds nothing in Vietnamese or English; the tracker opens a result
 * document in it when the page has both.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { verifyPdf, type VerificationPolicy, type VerificationReport, type VerifyOptions } from '@egov-kit/signature';
import { cdnConfig } from '../../packages/elements/vite.cdn.config.js';
import { loadCorpus, trustFor, type Corpus, type Fixture } from '../../packages/signature/test/fixtures/load.js';
import { DATES } from '../../packages/signature/test/fixtures/pki.js';
import { startHostPage, type HostPage } from './host-page.js';
import { button, nationalPhone, openBrowser, type Session, textbox, violations } from './harness.js';

const VERDICT_VI = { TOTAL_PASSED: 'Hợp lệ', INDETERMINATE: 'Chưa xác định', TOTAL_FAILED: 'Không hợp lệ' } as const;

let host: HostPage;
let session: Session;
let corpus: Corpus;

/** The CDN build of the modules: the viewer's workers come out as files beside its module. */
async function cdnBundle(modules: Record<string, string>, outDir: string): Promise<void> {
  await build(cdnConfig({ input: modules, outDir }));
  mkdirSync(join(outDir, 'themes'), { recursive: true }); // the build empties the folder the page's theme goes in
}

before(async () => {
  // Each kept as it starts, so that `after` stops it even when another failed to start.
  const started = await Promise.allSettled([
    startHostPage({
      modules: { viewer: '@egov-kit/elements/define/signature-viewer', tracker: '@egov-kit/elements/define/dossier-tracker', hook: './test/e2e/signature-viewer-page.ts' },
      bundle: cdnBundle,
      seedDossiers: 20,
      pages: (api) => ({
        '/': `<h1>Kiểm tra văn bản điện tử</h1>\n<egov-signature-viewer trust-list="${api}/trust-list"></egov-signature-viewer>`,
        '/en': `<div lang="en"><h1>Check an electronic document</h1>\n<egov-signature-viewer trust-list="${api}/trust-list"></egov-signature-viewer></div>`,
        '/tracker': `<h1>Tra cứu hồ sơ</h1>\n<egov-dossier-tracker api-base="${api}"></egov-dossier-tracker>`,
      }),
    }).then((started) => (host = started)),
    openBrowser({ width: 1280, height: 900 }).then((started) => (session = started)),
    loadCorpus().then((loaded) => (corpus = loaded)),
  ]);
  for (const outcome of started) if (outcome.status === 'rejected') throw outcome.reason;
});

after(async () => {
  await session?.close();
  await host?.close();
});

interface Seen { starts: number; pending: boolean; reports: VerificationReport[] }
const starts = (page: Page) => page.evaluate(() => (globalThis as unknown as { egovViewer: Seen }).egovViewer.starts);

/** Gives the viewer the fixture's trust list, time and policy, then the file as a person picks it; resolves with the report. */
async function show(page: Page, fixture: Fixture, options: { trust?: unknown; time?: string; policy?: Partial<VerificationPolicy> } = {}): Promise<VerificationReport> {
  const before = await starts(page);
  await page.locator('egov-signature-viewer').evaluate((viewer, settings) => {
    Object.assign(viewer, { trustList: settings.trust ?? undefined, validationTime: settings.time ? new Date(settings.time) : undefined, policy: settings.policy ?? undefined });
  }, { trust: options.trust ?? null, time: options.time ?? null, policy: options.policy ?? null });
  await page.locator('egov-signature-viewer input[type=file]').setInputFiles({ name: `${fixture.name}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(fixture.bytes) });
  await page.waitForFunction((count) => {
    const seen = (globalThis as unknown as { egovViewer: Seen }).egovViewer;
    return seen.starts > count && !seen.pending;
  }, before, { timeout: 30_000 });
  return page.evaluate(() => (globalThis as unknown as { egovViewer: Seen }).egovViewer.reports.at(-1)!);
}

/** The verdicts the panel shows, signature by signature. */
const shownVerdicts = (page: Page) => page.locator('egov-signature-viewer .signature-title .verdict').allInnerTexts().then((texts) => texts.map((t) => t.trim()));

test('every corpus fixture shows the verdict the engine gives in Node; no attack reads as valid', async () => {
  const page = await session.freshPage();
  await page.goto(host.url('/'));
  const wrong: string[] = [];
  for (const fixture of corpus.fixtures) {
    const trust = trustFor(corpus, fixture);
    if (!new TextDecoder('latin1').decode(fixture.bytes.subarray(0, 1024)).includes('%PDF-')) {
      await page.locator('egov-signature-viewer input[type=file]').setInputFiles({ name: `${fixture.name}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(fixture.bytes) });
      await page.getByRole('heading', { name: 'Tệp này không phải là PDF' }).waitFor();
      continue;
    }
    const options = { trust, time: DATES.validation.toISOString(), ...(fixture.policy ? { policy: fixture.policy } : {}) };
    const report = await show(page, fixture, options);
    const node = await verifyPdf(fixture.bytes, {
      trustList: trust as VerifyOptions['trustList'], time: DATES.validation, locale: 'vi', ...(fixture.policy ? { policy: fixture.policy } : {}),
    });
    const expected = node.signatures.map((s) => VERDICT_VI[s.indication]);
    const shown = node.indication === 'NO_SIGNATURE_FOUND' ? [] : await shownVerdicts(page);
    if (report.indication !== node.indication) wrong.push(`${fixture.name}: worker ${report.indication}, Node ${node.indication}`);
    if (JSON.stringify(shown) !== JSON.stringify(expected)) wrong.push(`${fixture.name}: shows ${shown.join(', ')}, Node ${expected.join(', ')}`);
    if (node.indication === 'NO_SIGNATURE_FOUND') await page.getByRole('heading', { name: 'Tài liệu không có chữ ký số' }).waitFor();
    // The report never contradicts itself: "no change" only for a signature after which nothing changed.
    const saysUnchanged = await page.locator('egov-signature-viewer .signature').evaluateAll((items) => items.map((item) => item.textContent!.includes('Tài liệu không thay đổi sau khi ký.')));
    const unchanged = node.signatures.map((s) => s.changesAfterSigning.outcome === 'none' && s.changesAfterSigning.changes.length === 0);
    if (node.indication !== 'NO_SIGNATURE_FOUND' && JSON.stringify(saysUnchanged) !== JSON.stringify(unchanged)) wrong.push(`${fixture.name}: says unchanged ${saysUnchanged.join(',')}, engine ${unchanged.join(',')}`);
    if (fixture.attack && shown.includes(VERDICT_VI.TOTAL_PASSED)) wrong.push(`${fixture.name}: an attack reads as valid`);
  }
  assert.deepEqual(wrong, []);
  assert.deepEqual(session.problems, [], 'no CSP violation, console or page error');
});

/** Where the keyboard focus is, across shadow roots: its accessible name or its text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return (element?.getAttribute('aria-label') ?? element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab until the focus is on `name` (as a keyboard user moves), at most 30 times. */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await focusedName(page) === name) return;
  }
  throw new Error(`Tab never reached “${name}”`);
}

const fixtureNamed = (name: string) => corpus.fixtures.find((f) => f.name === name)!;

test('by keyboard alone: pick a file, zoom, read the details and the signed version; axe finds nothing', async () => {
  const page = await session.freshPage();
  await page.goto(host.url('/'));
  const fixture = fixtureNamed('certified-p2-form-fill');
  await page.locator('egov-signature-viewer').evaluate((viewer, trust) => Object.assign(viewer, { trustList: trust, validationTime: new Date('2025-07-01T00:00:00Z') }), trustFor(corpus, fixture));
  assert.deepEqual(await violations(page), [], 'empty');

  await tabTo(page, 'Chọn tệp PDF');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'hop-dong.pdf', mimeType: 'application/pdf', buffer: Buffer.from(fixture.bytes) });
  const panel = page.getByRole('complementary', { name: 'Chữ ký trong tài liệu' });
  await panel.getByRole('heading', { name: /^Chữ ký S1: / }).waitFor();
  await page.locator('egov-signature-viewer .page[data-drawn]').first().waitFor();
  assert.deepEqual(await violations(page), [], 'with a verdict');

  const zoom = page.locator('egov-signature-viewer .zoom');
  const before = await zoom.innerText();
  await tabTo(page, 'Phóng to');
  await page.keyboard.press('Enter');
  assert.notEqual(await zoom.innerText(), before, 'zoomed in');
  await tabTo(page, 'Các trang của tài liệu');
  await page.keyboard.press('-');
  assert.equal(await zoom.innerText(), before, 'zoomed back out from the pages');

  await tabTo(page, 'Chi tiết');
  await page.keyboard.press('Enter');
  await panel.getByText('Thay đổi sau khi ký').first().waitFor();
  await tabTo(page, 'Xem phiên bản đã ký');
  await page.keyboard.press('Enter');
  await page.getByText('Bạn đang xem phiên bản tài liệu mà chữ ký S1 đã ký.').waitFor();
  await page.locator('egov-signature-viewer .page[data-drawn]').first().waitFor();
  assert.deepEqual(await violations(page), [], 'the signed version');
  await tabTo(page, 'Xem phiên bản hiện tại');
  await page.keyboard.press('Enter');
  await page.getByText('Bạn đang xem phiên bản tài liệu mà chữ ký S1 đã ký.').waitFor({ state: 'detached' });
  assert.deepEqual(session.problems, [], 'no CSP violation, console or page error');
});

test('in English, axe finds nothing; each state says what it is; a new file replaces the old verdict at once', async () => {
  const page = await session.freshPage();
  await page.goto(host.url('/en'));
  const fixture = fixtureNamed('two-signatures');
  await show(page, fixture, { trust: trustFor(corpus, fixture), time: DATES.validation.toISOString() });
  const panel = page.getByRole('complementary', { name: 'Signatures in the document' });
  await panel.getByRole('heading', { name: 'Signature S2: Valid' }).waitFor();
  assert.deepEqual(await violations(page), [], 'English, with a verdict');

  const input = page.locator('egov-signature-viewer input[type=file]');
  await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Not a PDF at all') });
  await page.getByRole('heading', { name: 'This file is not a PDF' }).waitFor();
  assert.equal(await panel.count(), 0, 'the old verdict is gone');
  assert.deepEqual(await violations(page), [], 'not a PDF');

  await input.setInputFiles({ name: 'broken.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage') });
  await page.getByRole('heading', { name: 'The document is damaged' }).waitFor();

  // Encrypted with a password (by qpdf, as an office tool would): the pages cannot be shown, and the
  // heading says why rather than "damaged".
  await input.setInputFiles({ name: 'mat-khau.pdf', mimeType: 'application/pdf', buffer: encrypted(fixtureNamed('pades-b-t').bytes) });
  await page.getByRole('heading', { name: 'The document is password-protected' }).waitFor();
  assert.deepEqual(await violations(page), [], 'encrypted');

  // From a URL (src), and a URL that answers 404.
  await page.route('**/van-ban/ket-qua.pdf', (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: Buffer.from(fixtureNamed('pades-b-t').bytes) }));
  await page.locator('egov-signature-viewer').evaluate((viewer) => viewer.setAttribute('src', '/van-ban/ket-qua.pdf'));
  await panel.getByRole('heading', { name: /^Signature S1: / }).waitFor();
  await page.getByText('ket-qua.pdf', { exact: true }).waitFor();
  session.expectConsoleErrors(/status of 404/);
  await page.locator('egov-signature-viewer').evaluate((viewer) => viewer.setAttribute('src', '/van-ban/khong-co.pdf'));
  await page.getByRole('heading', { name: 'The document could not be loaded' }).waitFor();
  session.expectConsoleErrors(undefined);
  assert.deepEqual(session.problems, [], 'no CSP violation, console or page error');
});

test('the tracker opens a result document in the viewer when the page has both, checked against the server’s list', async () => {
  const page = await session.freshPage();
  let dossier;
  for await (const summary of host.staff.staff.list({ status: 'returned' })) {
    const candidate = await host.staff.staff.get(summary.code);
    if (candidate.documents.length > 0) { dossier = candidate; break; }
  }
  assert.ok(dossier, 'a seeded dossier with a result document');
  await page.goto(host.url('/tracker'));
  await textbox(page, 'Mã hồ sơ').fill(dossier.code);
  await textbox(page, 'Số điện thoại hoặc số định danh cá nhân').fill(nationalPhone(dossier.applicant.phone));
  await button(page, 'Tra cứu').click();
  await button(page, `Xem và kiểm tra chữ ký ${dossier.documents[0]!.name.vi}`).click();
  const panel = page.getByRole('complementary', { name: 'Chữ ký trong tài liệu' });
  await panel.getByRole('heading', { name: 'Chữ ký S1: Hợp lệ' }).waitFor({ timeout: 30_000 });
  await page.locator('egov-signature-viewer .page[data-drawn]').first().waitFor();
  assert.deepEqual(session.problems, [], 'no CSP violation, console or page error');
});

/** `bytes` encrypted with a user password (AES-256) by Debian's qpdf, which CI installs. */
function encrypted(bytes: Uint8Array): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'egov-encrypted-'));
  writeFileSync(join(dir, 'in.pdf'), bytes);
  execFileSync('qpdf', ['--encrypt', 'mat-khau', 'chu-so-huu', '256', '--', join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
  return readFileSync(join(dir, 'out.pdf'));
}
