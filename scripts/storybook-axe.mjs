#!/usr/bin/env node
// Runs axe-core (WCAG 2.2 AA) over every story of the built Storybook, in Debian's Chromium, in
// every language of the toolbar, and ends with one plain line: `N stories, N with violations`.
//
//   npm run build-storybook && node scripts/storybook-axe.mjs [dir] [--locales vi,en] [--themes default] [--only text]
//
//   dir         the built Storybook (default: storybook-static)
//   --locales   the toolbar languages to check each story in (default: vi,en)
//   --themes    the toolbar themes to check each story in (default: default; also: high-contrast)
//   --only      check only the stories whose id contains this text
//
// The Storybook is served on loopback by node:http, beside the stories' reference server
// (scripts/story-api.mjs, on STORYBOOK_EGOV_API_PORT, default 6008); each story's iframe
// (`iframe.html?id=…&viewMode=story&globals=locale:…;theme:…`) is loaded fresh, the script waits until it
// has rendered and its elements have settled (Lit updates done, no request in flight, e.g. core's
// texts loading), injects node_modules/axe-core/axe.min.js and runs it on the page. A story that
// fails to render counts as a failure. The exit status is non-zero on any violation or failure.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { startStoryApi } from './story-api.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(import.meta.url);

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what egov-kit promises. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const STORY_TIMEOUT_MS = 30_000;
const WORKERS = 2;

function parseArgs(argv) {
  const options = { dir: 'storybook-static', locales: ['vi', 'en'], themes: ['default'], only: '' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--locales') options.locales = argv[++i].split(',').map((l) => l.trim()).filter(Boolean);
    else if (arg === '--themes') options.themes = argv[++i].split(',').map((t) => t.trim()).filter(Boolean);
    else if (arg === '--only') options.only = argv[++i] ?? '';
    else if (arg === '-h' || arg === '--help') {
      console.log('usage: node scripts/storybook-axe.mjs [storybook-static] [--locales vi,en] [--themes default,high-contrast] [--only text]');
      process.exit(0);
    } else options.dir = arg;
  }
  return options;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.pdf': 'application/pdf',
};

/** Serves `dir` on 127.0.0.1, on a free port. */
function serve(dir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

/** Runs in the page: resolves once every Lit element (in any shadow root) has finished updating. */
async function settleElements() {
  const elements = () => {
    const found = [];
    const walk = (node) => {
      for (const element of node.querySelectorAll('*')) {
        if (element.updateComplete) found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(document);
    return found;
  };
  for (let pass = 0; pass < 5; pass++) {
    const pending = elements().map((element) => element.updateComplete);
    const changed = (await Promise.all(pending)).some((done) => done === false);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    if (!changed) break;
  }
  await document.fonts?.ready;
}

/** Opens one story and runs axe on it; returns the violations, or throws when the story fails to render. */
async function checkStory(page, base, axeSource, { id, locale, theme }, inFlight) {
  const globals = [`locale:${locale}`, ...(theme === 'default' ? [] : [`theme:${theme}`])].join(';');
  const url = `${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=${globals}`;
  await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT_MS });
  // Storybook marks <body> once the story is shown (or failed).
  await page.waitForFunction(() => {
    const classes = document.body.classList;
    return classes.contains('sb-show-main') || classes.contains('sb-show-errordisplay') || classes.contains('sb-show-nopreview');
  }, null, { timeout: STORY_TIMEOUT_MS });
  const failed = await page.evaluate(() => {
    const classes = document.body.classList;
    if (!classes.contains('sb-show-errordisplay') && !classes.contains('sb-show-nopreview')) return '';
    return (document.querySelector('#error-message')?.textContent ?? '') + ' ' + (document.querySelector('#error-stack')?.textContent ?? '');
  });
  if (failed) throw new Error(`the story did not render: ${failed.replace(/\s+/g, ' ').trim().slice(0, 400)}`);
  // Settle: Lit updates done, and no request in flight for a while (lazy chunks such as core's texts).
  const deadline = Date.now() + STORY_TIMEOUT_MS;
  let quietSince = 0;
  while (Date.now() < deadline) {
    await page.evaluate(settleElements);
    if (inFlight.size === 0) {
      if (!quietSince) quietSince = Date.now();
      if (Date.now() - quietSince >= 150) break;
    } else {
      quietSince = 0;
    }
    await page.waitForTimeout(50);
  }
  await page.evaluate(settleElements);
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    const axe = globalThis.axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' '), summary: node.failureSummary })),
    }));
  }, TAGS);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const dir = resolve(root, options.dir);
  const indexFile = join(dir, 'index.json');
  if (!existsSync(indexFile)) {
    console.error(`${indexFile} not found: build Storybook first (npm run build-storybook)`);
    process.exit(2);
  }
  const index = JSON.parse(readFileSync(indexFile, 'utf8'));
  const stories = Object.values(index.entries ?? index.stories ?? {})
    .filter((entry) => (entry.type ?? 'story') === 'story')
    .filter((entry) => !options.only || entry.id.includes(options.only))
    .map((entry) => entry.id)
    .sort();
  if (stories.length === 0) {
    console.error('no stories found');
    process.exit(2);
  }
  const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const server = await serve(dir);
  // Feature components' stories talk to the reference server, as they do under `npm run storybook`.
  const api = await startStoryApi();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const axeVersion = JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;
  const themes = options.themes.filter((theme) => theme !== 'default').map((theme) => `, theme ${theme}`).join('');
  console.log(`axe-core ${axeVersion} (${TAGS.join(', ')}) over ${stories.length} stories in ${options.locales.join(', ')}${themes}, Chromium ${browser.version()}`);

  const jobs = stories.flatMap((id) => options.locales.flatMap((locale) => options.themes.map((theme) => ({ id, locale, theme }))));
  const failedStories = new Set();
  let next = 0;
  const worker = async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, reducedMotion: 'no-preference' });
    const page = await context.newPage();
    const inFlight = new Set();
    page.on('request', (request) => inFlight.add(request));
    page.on('requestfinished', (request) => inFlight.delete(request));
    page.on('requestfailed', (request) => inFlight.delete(request));
    // An event stream (a tracker following its dossier live) never finishes: it is not a load in flight.
    page.on('response', (response) => {
      if ((response.headers()['content-type'] ?? '').startsWith('text/event-stream')) inFlight.delete(response.request());
    });
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    while (next < jobs.length) {
      const job = jobs[next++];
      const { id } = job;
      const where = job.theme === 'default' ? job.locale : `${job.locale}, ${job.theme}`;
      pageErrors.length = 0;
      inFlight.clear();
      try {
        const violations = await checkStory(page, base, axeSource, job, inFlight);
        if (pageErrors.length > 0) throw new Error(`uncaught error in the page: ${pageErrors.join('; ').slice(0, 400)}`);
        if (violations.length === 0) {
          console.log(`ok   ${id} [${where}]`);
          continue;
        }
        failedStories.add(id);
        console.log(`FAIL ${id} [${where}]: ${violations.length} violation${violations.length === 1 ? '' : 's'}`);
        for (const violation of violations) {
          console.log(`     ${violation.id} (${violation.impact}): ${violation.help}`);
          for (const node of violation.nodes.slice(0, 5)) {
            console.log(`       at ${node.target}`);
            if (node.summary) console.log(`          ${node.summary.replace(/\s*\n\s*/g, ' / ')}`);
          }
          if (violation.nodes.length > 5) console.log(`       … and ${violation.nodes.length - 5} more`);
        }
      } catch (error) {
        failedStories.add(id);
        console.log(`FAIL ${id} [${where}]: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    await context.close();
  };
  try {
    await Promise.all(Array.from({ length: Math.min(WORKERS, jobs.length) }, worker));
  } finally {
    await browser.close();
    server.close();
    await api.stop();
  }
  console.log(`${stories.length} stories, ${failedStories.size} with violations`);
  process.exit(failedStories.size > 0 ? 1 : 0);
}

await main();
