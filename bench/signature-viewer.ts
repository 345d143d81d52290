/**
 * `<egov-signature-viewer>` on a 10 MB, 100-page signed PDF, beside pdf.js's own viewer
 * (`pdfjs-dist/web/pdf_viewer.mjs`) on the same file in the same run, in Chromium: the time to the
 * first page drawn (both, each loading its library on demand from the moment it has the bytes), to the verdict (ours), and the longest main-thread task while verifying
 * (Long Tasks API: tasks over 50 ms); median of the rounds and the ratio to pdf.js. Then the
 * viewer's own entry, gzipped, without pdf.js and the engine (lit and i18next apart, as in
 * `npm run size`), and what it loads on first use.
 * Targets (issue #13): first page ≤ 1.2 × pdf.js's viewer; no main-thread task over 50 ms; the entry ≤ 15 kB gz.
 * Both pages are built by Vite the same way (the CDN build's config), served from loopback.
 * Run: node --conditions=egov-source --import tsx bench/signature-viewer.ts   (BENCH_ROUNDS=5 by default)
 */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { cdnConfig } from '../packages/elements/vite.cdn.config.js';
import { entrySize } from '../packages/elements/scripts/size.js';
import { createDocument } from '../packages/signature/test/fixtures/pdf.js';
import { createTestPki, DATES, trustListJson } from '../packages/signature/test/fixtures/pki.js';
import { signPdf } from '../packages/signature/test/fixtures/sign.js';
import { header, quantile, result, round } from './lib/report.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { chromiumPath, CHROMIUM_ARGS } = (await import(new URL('../scripts/chromium.mjs', import.meta.url).href)) as { chromiumPath(): string; CHROMIUM_ARGS: string[] };
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PAGES = 100;
const TARGET_BYTES = 10 * 1024 * 1024;

header('signature-viewer');
const work = mkdtempSync(join(tmpdir(), 'egov-bench-viewer-'));
try {
  // The file: 100 pages of text, padded to 10 MB, signed once over all of it.
  const pki = await createTestPki({ small: true });
  const lines = Array.from({ length: 40 }, (_, i) => `Dong ${i + 1}: noi dung van ban mau cua trang, de do thoi gian hien thi.`);
  const { pdf, layout } = createDocument({ pages: Array.from({ length: PAGES }, () => lines), padding: TARGET_BYTES - 200_000 });
  await signPdf(pdf, layout.pageObjects[0]!, { signer: pki.signer, chain: [pki.subCa], signingTime: DATES.signedAt, reason: 'Phê duyệt' });
  const site = join(work, 'site');
  await build(cdnConfig({ input: { page: join(root, 'bench/signature-viewer-page.ts') }, outDir: site }));
  writeFileSync(join(site, 'signed.pdf'), pdf.bytes);
  writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="stylesheet" href="pdf_viewer.css"><script type="module" src="page.js"></script></head><body></body></html>');
  writeFileSync(join(site, 'pdf_viewer.css'), readFileSync(join(root, 'node_modules/pdfjs-dist/web/pdf_viewer.css')));
  const trustList = JSON.stringify(await trustListJson([pki.root]));

  const server = createServer((request, response) => {
    const file = normalize(join(site, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)));
    const path = existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
    if (!path.startsWith(site) || !existsSync(path)) return void response.writeHead(404).end();
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.pdf': 'application/pdf', '.json': 'application/json' };
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const ours: { firstPageMs: number; verdictMs: number; longestTaskMs: number; tasksOver50ms: number; indication?: string }[] = [];
  const theirs: { firstPageMs: number; longestTaskMs: number }[] = [];
  try {
    for (let round_ = 0; round_ < ROUNDS + 1; round_++) {
      for (const which of ['pdfjs', 'viewer'] as const) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(`${origin}/`);
        await page.waitForFunction(() => 'bench' in globalThis);
        const timing = await page.evaluate(([kind, list]) => (globalThis as unknown as { bench: Record<string, (url: string, list: string) => Promise<unknown>> }).bench[kind]!('/signed.pdf', list!), [which, trustList] as const);
        await page.close();
        if (round_ === 0) continue; // warm-up: the disk cache and the JIT
        if (which === 'viewer') ours.push(timing as (typeof ours)[number]);
        else theirs.push(timing as (typeof theirs)[number]);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const median = (values: number[]) => round(quantile(values, 0.5));
  const oursFirst = median(ours.map((r) => r.firstPageMs));
  const theirsFirst = median(theirs.map((r) => r.firstPageMs));
  result({
    file: { pages: PAGES, bytes: pdf.bytes.byteLength }, rounds: ROUNDS,
    firstPageMs: { viewer: oursFirst, pdfjsViewer: theirsFirst, ratio: round(oursFirst / theirsFirst), target: '≤ 1.2' },
    verdictMs: median(ours.map((r) => r.verdictMs)), indication: ours[0]?.indication,
    longestMainThreadTaskWhileVerifyingMs: { median: median(ours.map((r) => r.longestTaskMs)), worst: round(Math.max(...ours.map((r) => r.longestTaskMs))), target: '≤ 50 (0 means none over 50)' },
    pdfjsViewerLongestTaskToFirstPageMs: median(theirs.map((r) => r.longestTaskMs)),
    tasksOver50msWhileVerifying: ours.map((r) => r.tasksOver50ms),
  });
  const entry = await entrySize('signature-viewer');
  const chunks = (await import('node:fs')).readdirSync(join(site, 'chunks')).filter((f) => f.endsWith('.js'));
  const gz = (file: string) => gzipSync(readFileSync(join(site, 'chunks', file)), { level: 9 }).byteLength;
  result({
    entryGzipBytes: entry, entryKB: Math.round(entry / 100) / 10, target: '≤ 15 kB (without pdf.js and the engine; lit and i18next apart)',
    loadedOnFirstUseGzipKB: Object.fromEntries(chunks.filter((f) => /^(pdf|engine\.worker|pdf\.worker|client)-/.test(f)).map((f) => [f.replace(/-[\w-]+\.js$/, ''), Math.round(gz(f) / 100) / 10])),
    anchors: { 'pdf.min.mjs': 132.7, 'pdf.worker.min.mjs': 369.2 },
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
