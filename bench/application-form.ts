/**
 * `<egov-application-form>` in Chromium.
 *
 * Size: a plain page with the tag (bundled as an agency's build ships it: esbuild, minified, split),
 * against the real reference server on another origin: the gzipped bytes of script it fetched by the
 * time the first step is usable (the applicant's fields drawn, labelled in Vietnamese), the API's
 * answer apart, the unit list and the other lazy chunks counted apart; beside the peers' script-tag
 * builds (Form.io, open-forms-sdk), measured the same way in the same run when their packages are in
 * the CI tool cache (bench/lib/page-load.ts). Target (issue #11): ≤ 62 kB gz (0.15 × Form.io).
 *
 * Speed, beside @lion/ui in the same run, rounds alternating: a procedure whose one step has 200
 * required text fields (label, hint, minimum length, as bench/form-200.ts): first render (element
 * created → the step's fields drawn) and one keystroke (input event → the field's validation, the
 * draft's capture and the form's re-render done), median and p95; and a 60-field procedure on 5
 * steps: time until its first step (12 fields) is usable, beside Lion drawing 12 fields. The
 * procedures are the seeded 2.000635 with its form replaced, answered from memory by a `client`
 * (so no network time is in the figures), the applicant prefilled (as after the single sign-on).
 * Targets: keystroke median and p95 ≤ 0.5 × Lion, first render ≤ 0.4 × Lion.
 * Run: node --conditions=egov-source --import tsx bench/application-form.ts   (or npm run bench -- application-form)
 * BENCH_ONLY=size prints the size part alone.
 */
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FormField, FormStep } from '@egov-kit/core';
import { startServer } from '@egov-kit/reference-server';
import type { ProcedureDetail } from '@egov-kit/sdk';
import { gz, loadOf, PEERS, peerDir, sum } from './lib/page-load.js';
import { header, quantile, result, round } from './lib/report.js';
import { kB } from './lib/size.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { chromiumPath, CHROMIUM_ARGS } = (await import(new URL('../scripts/chromium.mjs', import.meta.url).href)) as {
  chromiumPath(): string;
  CHROMIUM_ARGS: string[];
};

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 150);

/** The timing harness both pages share: `make(count)` puts a form of `count` fields on the page and resolves once it is usable. */
const harness = (settleField: string, inputOf: string) => `
const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
window.bench = {
  async render(count, detail) {
    await frame();
    const t0 = performance.now();
    window.fields = await make(count, detail);
    await frame();
    return performance.now() - t0;
  },
  async keystrokes(count) {
    const fields = window.fields;
    const times = [];
    for (let k = 0; k < count; k++) {
      const field = fields[(k * 7) % fields.length];
      const input = (${inputOf})(field);
      input.focus();
      const t0 = performance.now();
      input.value += 'a';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'a' }));
      await (${settleField})(field);
      times.push(performance.now() - t0);
      if (k % 20 === 19) await frame();
    }
    return times;
  },
};
`;

const speedPages = {
  'egov-kit': `
import '@egov-kit/elements/define/application-form';
import { createTransport } from '@egov-kit/sdk/transport';
const applicant = { fullName: 'Nguyễn Văn An', idNumber: '019090012345', phone: '0912345678' };
async function make(count, detail) {
  const form = document.createElement('egov-application-form');
  form.procedure = detail.procedure.code;
  form.client = createTransport({ baseUrl: 'https://api.invalid/api/v1', retry: false,
    fetch: async () => new Response(JSON.stringify(detail), { headers: { 'content-type': 'application/json' } }) });
  form.prefill = applicant;
  form.step = detail.form.steps[0].id;
  document.body.append(form);
  const selector = 'form.step-form [name^="answers."]';
  while (form.shadowRoot.querySelectorAll(selector).length < count) await new Promise((done) => setTimeout(done));
  const fields = [...form.shadowRoot.querySelectorAll(selector)];
  await Promise.all([form.updateComplete, ...fields.map((f) => f.updateComplete)]);
  window.form = form;
  return fields;
}
${harness('async (field) => { await field.updateComplete; await window.form.updateComplete; }', "(field) => field.shadowRoot.querySelector('input')")}`,
  '@lion/ui': `
import '@lion/ui/define/lion-input.js';
import { Required, MinLength } from '@lion/ui/form-core.js';
import { loadDefaultFeedbackMessages } from '@lion/ui/validate-messages.js';
loadDefaultFeedbackMessages();
async function make(count) {
  const form = document.createElement('form');
  const fields = [];
  for (let i = 0; i < count; i++) {
    const f = document.createElement('lion-input'); f.name = 'f' + i; f.label = 'Field ' + (i + 1);
    f.helpText = 'Enter at least 2 characters'; f.validators = [new Required(), new MinLength(2)];
    fields.push(f); form.append(f);
  }
  document.body.append(form);
  await Promise.all(fields.map((f) => f.updateComplete));
  return fields;
}
${harness('async (field) => { await field.updateComplete; await field.feedbackComplete; }', "(field) => field.querySelector('input')")}`,
} as const;
type Library = keyof typeof speedPages;

/** `count` required text fields with a label, a hint and a minimum length, on `steps` steps. */
function formOf(detail: ProcedureDetail, count: number, steps: number): ProcedureDetail {
  const perStep = Math.ceil(count / steps);
  const formSteps: FormStep[] = Array.from({ length: steps }, (_, s) => ({
    id: `buoc-${s + 1}`, title: { vi: `Bước ${s + 1}`, en: `Step ${s + 1}` },
    fields: Array.from({ length: perStep }, (_, f): FormField => {
      const n = s * perStep + f + 1;
      return { id: `truong${n}`, kind: 'text', label: { vi: `Trường số ${n}`, en: `Field ${n}` },
        help: { vi: 'Nhập ít nhất 2 ký tự', en: 'Enter at least 2 characters' }, required: true, validation: { minLength: 2, maxLength: 200 } };
    }),
  }));
  return { ...detail, form: { ...detail.form, steps: formSteps } };
}

/** Serves `dir`'s files under `/`, and `/` as an HTML page with `body` (the bundle `page.js` loaded). */
async function serve(dir: string, body: string): Promise<{ origin: string; close(): void }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const [, sub = '', file = ''] = path.split('/');
    if (file === '' || file === 'index.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><script type="module" src="page.js"></script></head><body>${body}</body></html>`);
      return;
    }
    try {
      response.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream' }).end(readFileSync(join(dir, sub, file)));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, close: () => server.close() };
}

async function bundle(contents: string, outdir: string): Promise<void> {
  await build({
    stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'page.js' }, bundle: true, splitting: true, format: 'esm',
    outdir, entryNames: 'page', minify: true, platform: 'browser', target: 'es2022', legalComments: 'none',
    conditions: ['egov-source', 'browser'], tsconfig: join(root, 'packages/elements/tsconfig.json'), logLevel: 'silent',
  });
}

/** The page's script fetched until the applicant step is usable, the API's answers, and what is left to load later. */
async function pageSize(browser: Browser, apiBase: string, out: string): Promise<void> {
  const dir = join(out, 'size', 'page');
  await bundle(`import '@egov-kit/elements/define/application-form';`, dir);
  const site = await serve(join(out, 'size'), `<main><egov-application-form api-base="${apiBase}" procedure="2.000635"></egov-application-form></main>`);
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Map<string, number>();
  let api = 0;
  page.on('response', (response) => {
    void response.body().then((body) => {
      if (response.url().startsWith(site.origin) && response.url().endsWith('.js')) scripts.set(response.url().split('/').pop()!, gz(body));
      else if (response.url().startsWith(apiBase)) api += gz(body);
    }, () => undefined);
  });
  await page.goto(`${site.origin}/page/`);
  await page.getByRole('textbox', { name: 'Họ, chữ đệm và tên', exact: true }).waitFor();
  await page.getByRole('textbox', { name: 'Số định danh cá nhân (số căn cước)', exact: true }).waitFor();
  await page.waitForTimeout(200);
  const firstUsable = sum(scripts);
  await context.close();
  site.close();
  // Everything the build has that the first step did not fetch: the unit list (addresses), the rest lazily.
  const all = loadOf(join(dir, 'page.js'), dir);
  const files = readdirSync(dir).filter((file) => file.endsWith('.js') && !scripts.has(file));
  // The unit list (core's `units` and `units/old` entries, and the data chunk they share).
  const isUnits = (file: string) => /^(current|old)-/.test(file) || readFileSync(join(dir, file), 'utf8').includes('queryWords:');
  const units = files.filter(isUnits).reduce((total, file) => total + gz(readFileSync(join(dir, file))), 0);
  const lazy = files.filter((file) => !isUnits(file)).reduce((total, file) => total + gz(readFileSync(join(dir, file))), 0);
  result({
    page: 'bundled: <egov-application-form> (esbuild, split)', firstUsableKB: kB(firstUsable), firstUsableFiles: scripts.size,
    apiAnswerKB: kB(api), unitsDataKB: kB(units), otherLazyKB: kB(lazy), staticImportsKB: kB(sum(all.first)), targetKB: 62,
  });
  for (const peer of PEERS) {
    const cached = join(process.env['EGOV_CI_CACHE'] ?? join(process.env['XDG_CACHE_HOME'] ?? join(process.env['HOME'] ?? tmpdir(), '.cache'), 'egov-kit'), 'peers', peer.spec.replace('/', '+'), 'package/package.json');
    if (!existsSync(cached) && process.env['BENCH_FETCH_PEERS'] !== '1') {
      result({ page: peer.page, skipped: 'not in the CI tool cache (BENCH_FETCH_PEERS=1 fetches it with npm pack)' });
      continue;
    }
    const peerRoot = peerDir(peer.spec);
    const load = loadOf(join(peerRoot, peer.entry), peerRoot);
    result({ page: peer.page, firstKB: kB(sum(load.first)), laterKB: kB(sum(load.later)), formFirstUsableVsPeer: round(firstUsable / sum(load.first)) });
  }
}

header('application-form');
const out = mkdtempSync(join(tmpdir(), 'egov-bench-apply-'));
const server = await startServer(
  { host: '127.0.0.1', port: 0, dataDir: join(out, 'data'), logLevel: 'silent', seedDossiers: 10 }, { ...process.env, DATABASE_URL: '' },
);
try {
  const apiBase = `${server.url}/api/v1`;
  const seeded = (await (await fetch(`${apiBase}/procedures/2.000635`)).json()) as ProcedureDetail;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  result({ chromium: browser.version(), rounds: ROUNDS, keystrokesPerRound: KEYSTROKES });
  await pageSize(browser, apiBase, out);

  if (process.env['BENCH_ONLY'] === 'size') await browser.close();
  else {
    for (const [library, contents] of Object.entries(speedPages)) await bundle(contents, join(out, 'speed', library.replace(/\W/g, '')));
    const site = await serve(join(out, 'speed'), '');
    const libraries = Object.keys(speedPages) as Library[];
    const renders: Record<Library, number[]> = { 'egov-kit': [], '@lion/ui': [] };
    const keystrokes: Record<Library, number[]> = { 'egov-kit': [], '@lion/ui': [] };
    const firstSteps: Record<Library, number[]> = { 'egov-kit': [], '@lion/ui': [] };
    const big = formOf(seeded, 200, 1);
    const stepped = formOf(seeded, 60, 5);
    const run = async (library: Library, fn: (page: Page) => Promise<void>) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.origin}/${library.replace(/\W/g, '')}/`);
      await page.waitForFunction(() => 'bench' in window);
      await fn(page);
      await context.close();
    };
    type Bench = { bench: { render(count: number, detail: ProcedureDetail): Promise<number>; keystrokes(count: number): Promise<number[]> } };
    for (let r = 0; r < ROUNDS; r++) {
      for (const library of r % 2 === 0 ? libraries : [...libraries].reverse()) {
        await run(library, async (page) => {
          renders[library].push(await page.evaluate(([detail]) => (window as unknown as Bench).bench.render(200, detail), [big] as const));
          keystrokes[library].push(...await page.evaluate((n) => (window as unknown as Bench).bench.keystrokes(n), KEYSTROKES));
        });
        await run(library, async (page) => {
          firstSteps[library].push(await page.evaluate(([detail]) => (window as unknown as Bench).bench.render(12, detail), [stepped] as const));
        });
      }
    }
    await browser.close();
    site.close();

    const stats = (values: number[]) => ({ median: round(quantile(values, 0.5)), p95: round(quantile(values, 0.95)) });
    for (const library of libraries) {
      result({
        library, firstRender200Ms: stats(renders[library]), keystroke200Ms: stats(keystrokes[library]),
        firstStepOf60On5Ms: stats(firstSteps[library]), keystrokeSamples: keystrokes[library].length,
      });
    }
    const ratio = (a: number[], b: number[], q: number) => round(quantile(a, q) / quantile(b, q));
    result({
      comparison: 'egov-application-form / @lion/ui (below 1: egov-kit faster)',
      firstRender200Median: ratio(renders['egov-kit'], renders['@lion/ui'], 0.5), firstRenderTarget: 0.4,
      keystrokeMedian: ratio(keystrokes['egov-kit'], keystrokes['@lion/ui'], 0.5),
      keystrokeP95: ratio(keystrokes['egov-kit'], keystrokes['@lion/ui'], 0.95), keystrokeTarget: 0.5,
      firstStepOf60On5Median: ratio(firstSteps['egov-kit'], firstSteps['@lion/ui'], 0.5),
    });
  }
} finally {
  await server.close();
  rmSync(out, { recursive: true, force: true });
}
