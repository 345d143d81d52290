/**
 * `<egov-signature-viewer>` on a plain agency page (static HTML, strict CSP with Trusted Types, the
 * API on another origin), from the CDN build (its workers emitted as files of their own): every
 * fixture of the engine's corpus shows the verdict the engine gives in Node, and no attack reads
 * as valid; each state says what it is; a keyboard alone opens a file, zooms, reads the details and
 * the signed version; axe finds nothing in Vietnamese or English; the tracker opens a result
 * document in it when the page has both.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { verifyPdf, type VerificationPolicy, type VerificationReport, type VerifyOptions } from '@egov-kit/signature';
import { cdnConfig } from '../../packages/elements/vite.cdn.config.js';
import { loadCorpus, trustFor, type Corpus, type Fixture } from '../../packages/signature/test/fixtures/load.js';
import { DATES } from '../../packages/signature/test/fixtures/pki.js';
import { startHostPage, type HostPage } from './host-page.js';
import { button, nationalPhone, openBrowser, textbox, type Session } from './harness.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
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
  [host, session, corpus] = await Promise.all([
    startHostPage({
      modules: { viewer: '@egov-kit/elements/define/signature-viewer', tracker: '@egov-kit/elements/define/dossier-tracker', hook: './test/e2e/signature-viewer-page.ts' },
      bundle: cdnBundle,
      seedDossiers: 20,
      pages: (api) => ({
        '/': `<h1>Kiểm tra văn bản điện tử</h1>\n<egov-signature-viewer trust-list="${api}/trust-list"></egov-signature-viewer>`,
        '/en': `<div lang="en"><h1>Check an electronic document</h1>\n<egov-signature-viewer trust-list="${api}/trust-list"></egov-signature-viewer></div>`,
        '/tracker': `<h1>Tra cứu hồ sơ</h1>\n<egov-dossier-tracker api-base="${api}"></egov-dossier-tracker>`,
      }),
    }),
    openBrowser({ width: 1280, height: 900 }),
    loadCorpus(),
  ]);
});

after(async () => {
  await session?.close();
  await host?.close();
});

async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

const reportCount = (page: Page) => page.evaluate(() => (globalThis as unknown as { egovReports: unknown[] }).egovReports.length);
const lastReport = (page: Page) => page.evaluate(() => {
  const reports = (globalThis as unknown as { egovReports: VerificationReport[] }).egovReports;
  return reports[reports.length - 1]!;
});

/** Gives the viewer the fixture's trust list, time and policy, then the file as a person picks it. */
async function show(page: Page, fixture: Fixture, options: { trust?: unknown; time?: string; policy?: Partial<VerificationPolicy> } = {}): Promise<VerificationReport> {
  const before = await reportCount(page);
  await page.locator('egov-signature-viewer').evaluate((viewer, settings) => {
    Object.assign(viewer, { trustList: settings.trust ?? undefined, validationTime: settings.time ? new Date(settings.time) : undefined, policy: settings.policy ?? undefined });
  }, { trust: options.trust ?? null, time: options.time ?? null, policy: options.policy ?? null });
  await page.locator('egov-signature-viewer input[type=file]').setInputFiles({ name: `${fixture.name}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(fixture.bytes) });
  await page.waitForFunction((count) => (globalThis as unknown as { egovReports: unknown[] }).egovReports.length > count, before, { timeout: 30_000 });
  return lastReport(page);
}

/** The verdicts the panel shows, signature by signature. */
const shownVerdicts = (page: Page) => page.locator('egov-signature-viewer .signature-title .verdict').allInnerTexts().then((texts) => texts.map((t) => t.trim()));

test('every corpus fixture shows the verdict the engine gives in Node; no attack reads as valid', async () => {
  const page = await session.freshPage();
  await page.goto(host.url('/'));
  const wrong: string[] = [];
  for (const fixture of corpus.fixtures) {
    const trust = trustFor(corpus, fixture);
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
    if (fixture.attack && shown.includes(VERDICT_VI.TOTAL_PASSED)) wrong.push(`${fixture.name}: an attack reads as valid`);
  }
  assert.deepEqual(wrong, []);
  assert.deepEqual(session.problems, [], 'no CSP violation, console or page error');
});
