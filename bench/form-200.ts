/**
 * A form of 200 fields in Chromium, built from egov-kit and, in the same run, from @lion/ui: the time
 * to first render (from creating the fields to the frame that shows them, median and p95 of fresh
 * page loads), and the cost of one keystroke (from the input event to the field's validation and
 * re-render being done, median and p95). Each field is a required text field with a label, a hint
 * and a minimum length, the same in both libraries. Pages are bundled with esbuild (production
 * builds, minified), served from node:http and driven with playwright-core; rounds alternate the
 * two libraries so that drift of the machine hits both alike.
 * Run: node --conditions=egov-source --import tsx bench/form-200.ts   (or npm run bench -- form-200)
 */
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { header, quantile, result, round } from './lib/report.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { chromiumPath, CHROMIUM_ARGS } = (await import(new URL('../scripts/chromium.mjs', import.meta.url).href)) as {
  chromiumPath(): string;
  CHROMIUM_ARGS: string[];
};

const FIELDS = 200;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 150);

/** What both pages do, around a library-specific way to make a field and to type in it. */
const harness = (makeField: string, typeInto: string, settle: string) => `
const FIELDS = ${FIELDS};
const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
window.bench = {
  async render() {
    await frame();
    const t0 = performance.now();
    const form = document.createElement('form');
    const fields = [];
    for (let i = 0; i < FIELDS; i++) {
      const field = (${makeField})(i);
      fields.push(field);
      form.append(field);
    }
    document.body.append(form);
    await Promise.all(fields.map((f) => f.updateComplete));
    await frame();
    return performance.now() - t0;
  },
  async keystrokes(count) {
    const fields = [...document.querySelectorAll('form > *')];
    const times = [];
    for (let k = 0; k < count; k++) {
      const field = fields[(k * 7) % fields.length];
      const input = (${typeInto})(field);
      input.focus();
      const t0 = performance.now();
      input.value += 'a';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'a' }));
      await (${settle})(field);
      times.push(performance.now() - t0);
      if (k % 20 === 19) await frame();
    }
    return times;
  },
};
`;

const pages = {
  'egov-kit': `
import '@egov-kit/elements/define/text-field';
${harness(
    `(i) => { const f = document.createElement('egov-text-field'); f.name = 'f' + i; f.label = 'Trường số ' + (i + 1);
      f.hint = 'Nhập ít nhất 2 ký tự'; f.required = true; f.minlength = 2; return f; }`,
    `(field) => field.shadowRoot.querySelector('input')`,
    `(field) => field.updateComplete`,
  )}`,
  '@lion/ui': `
import '@lion/ui/define/lion-input.js';
import { Required, MinLength } from '@lion/ui/form-core.js';
import { loadDefaultFeedbackMessages } from '@lion/ui/validate-messages.js';
loadDefaultFeedbackMessages();
${harness(
    `(i) => { const f = document.createElement('lion-input'); f.name = 'f' + i; f.label = 'Field ' + (i + 1);
      f.helpText = 'Enter at least 2 characters'; f.validators = [new Required(), new MinLength(2)]; return f; }`,
    `(field) => field.querySelector('input')`,
    `async (field) => { await field.updateComplete; await field.feedbackComplete; }`,
  )}`,
} as const;

type Library = keyof typeof pages;

header('form-200');
const out = mkdtempSync(join(tmpdir(), 'egov-bench-form-'));
try {
  for (const [library, contents] of Object.entries(pages)) {
    await build({
      stdin: { contents, resolveDir: root, loader: 'js', sourcefile: `${library}.js` }, bundle: true, splitting: true, format: 'esm',
      outdir: join(out, library.replace(/\W/g, '')), entryNames: 'page', minify: true, platform: 'browser', target: 'es2022',
      conditions: ['egov-source', 'browser'], tsconfig: join(root, 'packages/elements/tsconfig.json'), logLevel: 'silent',
    });
  }
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const [, dir = '', file = ''] = path.split('/');
    if (file === '' || file === 'index.html') {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><script type="module" src="page.js"></script></head><body></body></html>');
      return;
    }
    try {
      response.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream' }).end(readFileSync(join(out, dir, file)));
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  result({ chromium: browser.version(), fields: FIELDS, rounds: ROUNDS, keystrokesPerRound: KEYSTROKES });

  const renders: Record<Library, number[]> = { 'egov-kit': [], '@lion/ui': [] };
  const keystrokes: Record<Library, number[]> = { 'egov-kit': [], '@lion/ui': [] };
  const libraries = Object.keys(pages) as Library[];
  for (let round = 0; round < ROUNDS; round++) {
    for (const library of round % 2 === 0 ? libraries : [...libraries].reverse()) {
      const page = await browser.newPage();
      await page.goto(`${origin}/${library.replace(/\W/g, '')}/`);
      await page.waitForFunction(() => 'bench' in window);
      renders[library].push(await page.evaluate(() => (window as unknown as { bench: { render(): Promise<number> } }).bench.render()));
      keystrokes[library].push(...await page.evaluate((n) => (window as unknown as { bench: { keystrokes(n: number): Promise<number[]> } }).bench.keystrokes(n), KEYSTROKES));
      await page.close();
    }
  }
  await browser.close();
  server.close();

  const stats = (values: number[]) => ({ median: round(quantile(values, 0.5)), p95: round(quantile(values, 0.95)) });
  for (const library of libraries) {
    result({ library, firstRenderMs: stats(renders[library]), keystrokeMs: stats(keystrokes[library]), renderSamples: renders[library].length, keystrokeSamples: keystrokes[library].length });
  }
  const ratio = (a: number[], b: number[], q: number) => round(quantile(a, q) / quantile(b, q));
  result({
    comparison: 'egov-kit / @lion/ui (below 1: egov-kit faster)',
    firstRenderMedian: ratio(renders['egov-kit'], renders['@lion/ui'], 0.5),
    keystrokeMedian: ratio(keystrokes['egov-kit'], keystrokes['@lion/ui'], 0.5),
    keystrokeP95: ratio(keystrokes['egov-kit'], keystrokes['@lion/ui'], 0.95),
  });
} finally {
  rmSync(out, { recursive: true, force: true });
}
