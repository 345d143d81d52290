/**
 * The engine's Web Worker from the package's own files, as an agency gets them (issue #13): the
 * built `@egov-kit/signature` (`npm run build`), whose `dist/worker/worker.js` is one self-contained
 * module, verifies a corpus fixture in Chromium through `verifyInWorker` (a) in an ordinary Vite
 * build of a consumer page (Vite's defaults: the worker is copied as an asset file, never inlined
 * as a data: URL) and (b) in a plain page with no bundler at all. (c), the CDN bundle, is the
 * viewer's own test (signature-viewer.test.ts).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { loadCorpus, type Corpus } from '../../packages/signature/test/fixtures/load.js';
import { openBrowser, type Session } from './harness.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const signatureDir = join(root, 'packages/signature');
// Inside the repository, so that `@egov-kit/signature` resolves as a dependency does (its `dist`).
const consumer = join(root, 'node_modules/.cache/egov-viewer-worker-test');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript' };

let session: Session;
let corpus: Corpus;
const servers: Server[] = [];

/** Serves `dir` on loopback; `mounts` maps URL prefixes to other folders. */
async function serve(dir: string, mounts: Record<string, string> = {}): Promise<string> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const [prefix, base] = Object.entries(mounts).find(([p]) => path.startsWith(p)) ?? ['/', dir];
    let file = normalize(join(base, path.slice(prefix.length)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(base) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

const page = (script: string) => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>egov-verify</title><link rel="icon" href="data:,"><script type="module" src="${script}"></script></head><body></body></html>`;
const main = (from: string) => `import { verifyInWorker } from '${from}';
window.verify = (bytes, trustList) => verifyInWorker(new Uint8Array(bytes), { trustList, time: new Date('2025-07-01T00:00:00Z') }).then((r) => r.indication);
`;

/** Verifies the `pades-b-t` fixture in the page at `url`; resolves with the indication. */
async function verifyIn(url: string): Promise<string> {
  const fixture = corpus.fixtures.find((f) => f.name === 'pades-b-t')!;
  const tab = await session.freshPage();
  await tab.goto(url);
  await tab.waitForFunction(() => 'verify' in globalThis);
  return tab.evaluate(([bytes, trust]) => (globalThis as unknown as { verify(b: readonly number[], t: unknown): Promise<string> }).verify(bytes, trust), [[...fixture.bytes], corpus.trustRoot] as const);
}

before(async () => {
  execFileSync('npm', ['run', 'build', '-w', '@egov-kit/core', '-w', '@egov-kit/signature'], { cwd: root, stdio: 'ignore', timeout: 300_000 });
  [session, corpus] = await Promise.all([openBrowser(), loadCorpus()]);
});

after(async () => {
  await session?.close();
  for (const server of servers) server.close();
  rmSync(consumer, { recursive: true, force: true });
});

test('(a) an ordinary Vite build of a consumer page: the worker is a file of its own and verifies', async () => {
  rmSync(consumer, { recursive: true, force: true });
  mkdirSync(consumer, { recursive: true });
  writeFileSync(join(consumer, 'index.html'), page('./main.js'));
  writeFileSync(join(consumer, 'main.js'), main('@egov-kit/signature/worker-client'));
  await build({ root: consumer, configFile: false, logLevel: 'silent', build: { outDir: join(consumer, 'dist') } });
  const assets = readdirSync(join(consumer, 'dist/assets'));
  const code = assets.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(consumer, 'dist/assets', f), 'utf8')).join('\n');
  assert.ok(assets.some((f) => /^worker-.+\.js$/.test(f)), `the worker is emitted as a file: ${assets.join(', ')}`);
  assert.doesNotMatch(code, /data:(?:text|application)\/javascript/, 'nothing inlined as a data: URL');
  assert.equal(await verifyIn(await serve(join(consumer, 'dist'))), 'TOTAL_PASSED');
  assert.deepEqual(session.problems, []);
});

test('(b) a plain page with no bundler loads the package’s files and verifies', async () => {
  const site = join(consumer, 'plain');
  mkdirSync(site, { recursive: true });
  writeFileSync(join(site, 'index.html'), page('./main.js'));
  writeFileSync(join(site, 'main.js'), main('/node_modules/@egov-kit/signature/dist/worker/client.js'));
  const origin = await serve(site, { '/node_modules/@egov-kit/signature/': signatureDir });
  assert.equal(await verifyIn(`${origin}/`), 'TOTAL_PASSED');
  assert.deepEqual(session.problems, []);
});
