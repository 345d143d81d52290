#!/usr/bin/env node
// `npm run lint`: every package's type-check (lerna), the top-level type-check (scripts, bench,
// tests, stories) and eslint, run side by side since none needs another's output. Each one's
// output is printed whole when it ends; the exit status is non-zero when any of them failed.
import { spawn } from 'node:child_process';

const checks = [
  ['packages', 'npx', ['lerna', 'run', 'typecheck', '--no-progress']],
  ['top level', 'npx', ['tsc', '-p', 'tsconfig.json']],
  ['eslint', 'npx', ['eslint', '.']],
];

const started = Date.now();
const results = await Promise.all(checks.map(([name, command, args]) => new Promise((done) => {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  child.on('error', (error) => done({ name, code: 1, output: String(error) }));
  child.on('close', (code) => {
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    process.stdout.write(`\n--- ${name}: ${code === 0 ? 'ok' : `failed (${code})`} after ${seconds}s ---\n${code === 0 ? '' : output}`);
    done({ name, code: code ?? 1 });
  });
})));

const failed = results.filter((r) => r.code !== 0).map((r) => r.name);
if (failed.length > 0) {
  console.error(`\nlint failed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\nlint passed');
