/**
 * `<egov-dossier-tracker>` with a dossier of 500 events, in Chromium, against the real reference
 * server: the time to render the dossier from the moment its data is there (`egov-dossier-load`)
 * to the first painted frame (the dossier and the top of its timeline; the rest of the 501 steps
 * follow over the next frames, timed to the frame that has them all), and the time to apply one
 * live update (a staff move, from its `egov-dossier-change` to the painted frame), median and p95;
 * beside a floor in the same page (the same steps as plain DOM); and the gzipped bytes the
 * tracker's page loads (esbuild, minified, split, UTF-8, as an agency's build ships it; lit,
 * i18next, the SDK and core included; the theme's CSS apart): at first (the lookup form and core's
 * texts), once a dossier is shown, and every chunk there is (the supplement answer, the signed-in
 * list, the dialog).
 * Targets (issue #12): first render < 100 ms, a live update < 16 ms, the page ≤ 45 kB gzipped.
 * No peer is named for this bench: the figures stand against the targets, and the floor says how
 * loaded the machine was.
 * Run: node --conditions=egov-source --import tsx bench/dossier-tracker.ts   (or npm run bench -- dossier-tracker)
 */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { DEMO_CITIZEN, startServer } from '@egov-kit/reference-server';
import { createClient, type Dossier } from '@egov-kit/sdk';
import { header, quantile, result, round } from './lib/report.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { chromiumPath, CHROMIUM_ARGS } = (await import(new URL('../scripts/chromium.mjs', import.meta.url).href)) as {
  chromiumPath(): string;
  CHROMIUM_ARGS: string[];
};

const EVENTS = 500;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const UPDATES = Number(process.env.BENCH_UPDATES ?? 5);

/** The page's own script: the tracker, and a harness that times it from the events it dispatches. */
const pageScript = `
import '@egov-kit/elements/define/dossier-tracker';
const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
const shown = async (tracker) => {
  await tracker.updateComplete;
  await frame();
};
const allSteps = async (tracker) => {
  await tracker.shadowRoot.querySelector('egov-timeline').updateComplete;
  await frame();
};
/** The floor: the same steps as plain DOM (no framework, no translation), in the same page. */
const floor = async (events) => {
  await frame();
  const t0 = performance.now();
  const list = document.createElement('ol');
  for (const event of events) {
    const item = document.createElement('li');
    const title = document.createElement('div');
    title.setAttribute('role', 'heading');
    title.setAttribute('aria-level', '4');
    title.textContent = event.to;
    const by = document.createElement('p');
    by.textContent = event.actor.name ?? event.actor.kind;
    const date = document.createElement('p');
    const time = document.createElement('time');
    time.dateTime = event.at;
    time.textContent = event.at;
    date.append(time);
    item.append(title, by, date);
    list.append(item);
  }
  document.body.append(list);
  await frame();
  const ms = performance.now() - t0;
  list.remove();
  return ms;
};
window.bench = {
  /** Opens the dossier with its token; resolves with the ms from its data to the painted frame, and the steps shown. */
  open(apiBase, code, access) {
    const tracker = document.createElement('egov-dossier-tracker');
    tracker.setAttribute('api-base', apiBase);
    return new Promise((resolve) => {
      tracker.addEventListener('egov-dossier-load', async (event) => {
        const t0 = performance.now();
        await shown(tracker);
        const ms = performance.now() - t0;
        await allSteps(tracker);
        const all = performance.now() - t0;
        const steps = tracker.shadowRoot.querySelector('egov-timeline').shadowRoot.querySelectorAll('li').length;
        resolve({ ms, all, steps, floor: await floor(event.dossier.history) });
      }, { once: true });
      tracker.access = access;
      tracker.code = code;
      document.body.append(tracker);
    });
  },
  /** Resolves with the ms from the next live change to its render done (work) and to the painted frame. */
  nextChange() {
    const tracker = document.querySelector('egov-dossier-tracker');
    return new Promise((resolve) => {
      tracker.addEventListener('egov-dossier-change', async () => {
        const t0 = performance.now();
        await tracker.updateComplete;
        await tracker.shadowRoot.querySelector('egov-timeline').updateComplete;
        const work = performance.now() - t0;
        await frame();
        resolve({ work, painted: performance.now() - t0 });
      }, { once: true });
    });
  },
  /** Whether the tracker follows its dossier live now. */
  live() {
    const tracker = document.querySelector('egov-dossier-tracker');
    return (tracker?.shadowRoot.textContent ?? '').includes('Trang này tự cập nhật');
  },
};
`;

/** Moves `dossier` one step (processing ↔ fee-requested) as the back office would. */
async function step(staff: ReturnType<typeof createClient>, dossier: Dossier): Promise<Dossier> {
  if (dossier.status === 'processing') {
    return staff.staff.run(dossier.code, 'request-fees', { fees: [{ name: { vi: 'Lệ phí', en: 'Fee' }, amount: 50_000 }] });
  }
  return staff.staff.run(dossier.code, 'process', {});
}

/** Bytes the page loaded from its own origin, gzipped (-9) as a server would send them. */
function gzipped(loaded: Map<string, Buffer>, kind: 'js' | 'css'): number {
  let total = 0;
  for (const [url, body] of loaded) if (extname(new URL(url).pathname) === `.${kind}`) total += gzipSync(body, { level: 9 }).byteLength;
  return total;
}

header('dossier-tracker');
const work = mkdtempSync(join(tmpdir(), 'egov-bench-tracker-'));
const server = await startServer({
  host: '127.0.0.1', port: 0, dataDir: join(work, 'data'), logLevel: 'silent', seedDossiers: 12, lookupLimit: 100_000, tokenLimit: 100_000,
}, { ...process.env, DATABASE_URL: '' });
try {
  const staff = createClient({ baseUrl: server.url, auth: { clientId: 'demo-staff', clientSecret: server.config.demoStaffSecret } });
  const apiBase = `${server.url}/api/v1`;

  // A dossier with 500 events, made through the staff API as the back office would.
  const filed = await createClient({ baseUrl: server.url }).dossiers.submit({
    procedureCode: '1.003677', applicant: { kind: 'citizen', fullName: 'Nguyễn Văn Đo Hiệu Năng', idNumber: '019090055555', phone: '0912555555' },
    answers: {
      destination: { provinceCode: '19', communeCode: '05443', street: 'Số 12, đường Hoàng Văn Thụ' },
      fromDate: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10), toDate: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
      reason: 'Đo hiệu năng.',
    },
  });
  let dossier = await staff.staff.run(filed.dossier.code, 'receive', {});
  dossier = await staff.staff.run(dossier.code, 'process', {});
  while (dossier.history.length < EVENTS) dossier = await step(staff, dossier);
  const access = filed.dossier.access!;

  const site = join(work, 'site');
  await build({
    stdin: { contents: pageScript, resolveDir: root, loader: 'js', sourcefile: 'page.js' }, bundle: true, splitting: true, format: 'esm',
    outdir: site, entryNames: 'page', chunkNames: 'chunk-[hash]', minify: true, charset: 'utf8', platform: 'browser', target: 'es2022',
    conditions: ['egov-source', 'browser'], tsconfig: join(root, 'packages/elements/tsconfig.json'), logLevel: 'silent',
  });
  const page = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><html lang="vi"><head><meta charset="utf-8">'
        + '<link rel="icon" href="data:,"><link rel="stylesheet" href="/default.css"><script type="module" src="/page.js"></script></head><body><main></main></body></html>');
      return;
    }
    const file = path === '/default.css' ? join(root, 'packages/elements/src/themes/default.css') : join(site, path.slice(1));
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': extname(file) === '.css' ? 'text/css' : 'text/javascript' }).end(body);
  });
  await new Promise<void>((done) => page.listen(0, '127.0.0.1', done));
  const address = page.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  result({ chromium: browser.version(), events: dossier.history.length, rounds: ROUNDS, updatesPerRound: UPDATES });

  /** A fresh page, and what it loaded from its origin. */
  const open = async (): Promise<{ tab: Page; loaded: Map<string, Buffer> }> => {
    const tab = await browser.newPage();
    const loaded = new Map<string, Buffer>();
    tab.on('response', (response) => {
      if (response.url().startsWith(origin) && response.ok()) void response.body().then((body) => loaded.set(response.url(), body), () => {});
    });
    await tab.goto(`${origin}/`);
    await tab.waitForFunction(() => 'bench' in window);
    return { tab, loaded };
  };
  type Bench = { bench: { open(a: string, c: string, x: unknown): Promise<{ ms: number; all: number; steps: number; floor: number }>; nextChange(): Promise<{ work: number; painted: number }>; live(): boolean } };

  const renders: number[] = [];
  const everything: number[] = [];
  const floors: number[] = [];
  const updates: number[] = [];
  const updateWork: number[] = [];
  let steps = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const { tab } = await open();
    const shown = await tab.evaluate(([a, c, x]) => (window as unknown as Bench).bench.open(a, c, x), [apiBase, dossier.code, access] as const);
    renders.push(shown.ms);
    everything.push(shown.all);
    floors.push(shown.floor);
    steps = shown.steps;
    await tab.waitForFunction(() => (window as unknown as Bench).bench.live(), null, { timeout: 30_000 });
    for (let u = 0; u < UPDATES; u++) {
      const changed = tab.evaluate(() => (window as unknown as Bench).bench.nextChange());
      await new Promise((done) => setTimeout(done, 50)); // the listener is in place
      dossier = await step(staff, dossier);
      const { work, painted } = await changed;
      updates.push(painted);
      updateWork.push(work);
      await new Promise((done) => setTimeout(done, 300)); // the read after the change has landed
    }
    await tab.close();
  }

  // What the page loads: at first, once a dossier (waiting for a supplement: its answer form) is shown, and signed in.
  const seeded = await createClient({ baseUrl: server.url }).dossiers.lookup((await staff.staff.list({ status: 'supplement-requested' }).toArray(1))[0]!.code, DEMO_CITIZEN.phone)
    .catch(() => undefined);
  const sizes: Record<string, number> = {};
  {
    const { tab, loaded } = await open();
    await tab.waitForTimeout(500);
    sizes['firstGzipKB'] = gzipped(loaded, 'js');
    sizes['themeCssGzipKB'] = gzipped(loaded, 'css');
    if (seeded?.access) {
      await tab.evaluate(([a, c, x]) => (window as unknown as Bench).bench.open(a, c, x), [apiBase, seeded.code, seeded.access] as const);
      await tab.waitForFunction(() => document.querySelector('egov-dossier-tracker')?.shadowRoot?.querySelector('egov-textarea') !== null, null, { timeout: 30_000 });
      await tab.waitForTimeout(500);
      sizes['withDossierGzipKB'] = gzipped(loaded, 'js');
    }
    await tab.close();
  }
  let allChunks = 0;
  for (const file of (await import('node:fs')).readdirSync(site)) allChunks += gzipSync(readFileSync(join(site, file)), { level: 9 }).byteLength;
  await browser.close();
  page.close();

  const stats = (values: number[]) => ({ median: round(quantile(values, 0.5)), p95: round(quantile(values, 0.95)) });
  const kB = (bytes: number | undefined) => (bytes === undefined ? undefined : Math.round(bytes / 100) / 10);
  result({
    timelineSteps: steps, firstRenderMs: stats(renders), allStepsMs: stats(everything), liveUpdateMs: stats(updates), liveUpdateRenderMs: stats(updateWork),
    renderSamples: renders.length, updateSamples: updates.length, targets: { firstRenderMs: 100, liveUpdateMs: 16 },
  });
  result({
    floor: 'the same steps as plain DOM, same page (no framework, no translation)', floorMs: stats(floors),
    allStepsOverFloorMedian: round(quantile(everything, 0.5) / quantile(floors, 0.5)),
  });
  result({
    pageFirstGzipKB: kB(sizes['firstGzipKB']), pageWithDossierGzipKB: kB(sizes['withDossierGzipKB']), everyChunkGzipKB: kB(allChunks),
    themeCssGzipKB: kB(sizes['themeCssGzipKB']), target: { pageGzipKB: 45 },
  });
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
