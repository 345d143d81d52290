#!/usr/bin/env node
// Runs every test in the monorepo and ends with one plain line: `N passed, N failed`.
//   node scripts/test.mjs [path...]     only tests under these paths (e.g. packages/core)
//   node scripts/test.mjs --node [path...]   only the Node tests (CI runs them on Node 24 this way)
// Node tests (*.test.ts) run with node:test through tsx; browser tests (*.browser.test.ts) run
// in Debian's Chromium through @web/test-runner. Exit status is non-zero when any test fails or
// any runner fails to run.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSystemTools } from './system-tools.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const nodeOnly = process.argv.includes('--node');
const filters = process.argv.slice(2).filter((a) => a !== '--node').map((p) => relative(root, resolve(process.cwd(), p)));
const work = mkdtempSync(join(tmpdir(), 'egov-test-'));

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield relative(root, path);
  }
}

function testFiles() {
  const roots = ['test', ...readdirSync(join(root, 'packages')).map((p) => join('packages', p, 'test'))]
    .filter((dir) => existsSync(join(root, dir)));
  const files = roots.flatMap((dir) => [...walk(join(root, dir))])
    .filter((f) => filters.length === 0 || filters.some((p) => f === p || f.startsWith(`${p}/`)));
  return {
    node: files.filter((f) => f.endsWith('.test.ts') && !f.endsWith('.browser.test.ts')).sort(),
    browser: files.filter((f) => f.endsWith('.browser.test.ts')).sort(),
  };
}

function run(command, args, env = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
    child.on('error', () => done(1));
  });
}

function readCounts(file) {
  try {
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    return JSON.parse(lines.at(-1));
  } catch {
    return undefined;
  }
}

const files = testFiles();
const stillMissing = ensureSystemTools();
if (stillMissing.length > 0) console.warn(`missing Debian packages: ${stillMissing.join(' ')} (apt-get install -y ${stillMissing.join(' ')})`);
const results = [];

if (files.node.length > 0) {
  const countsFile = join(work, 'node.json');
  const code = await run(process.execPath, [
    '--conditions=egov-source', '--import', 'tsx', '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    `--test-reporter=${join(root, 'scripts/test-count-reporter.mjs')}`, `--test-reporter-destination=${countsFile}`,
    ...files.node,
  ]);
  results.push({ runner: 'node', code, counts: readCounts(countsFile) });
}

if (files.browser.length > 0 && !nodeOnly) {
  const countsFile = join(work, 'browser.json');
  const code = await run(process.execPath, [join(root, 'node_modules/@web/test-runner/dist/bin.js'),
    '--config', join(root, 'web-test-runner.config.mjs')], {
    EGOV_WTR_COUNTS: countsFile, EGOV_WTR_FILES: JSON.stringify(files.browser),
  });
  results.push({ runner: 'browser', code, counts: readCounts(countsFile) });
}

let passed = 0;
let failed = 0;
for (const { runner, code, counts } of results) {
  const c = counts ?? { passed: 0, failed: 1, skipped: 0 };
  // A runner that crashed or exited non-zero with no failing test still fails the run.
  if (code !== 0 && c.failed === 0) c.failed = 1;
  passed += c.passed;
  failed += c.failed;
  console.log(`${runner}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
}
if (results.length === 0) console.log('no test files matched');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.length === 0 ? 1 : 0);
