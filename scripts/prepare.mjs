#!/usr/bin/env node
// After `npm install`/`npm ci` (the root's `prepare`): makes what the sources need before any
// build — the elements' custom-elements.json (Storybook's docs tables, the React wrappers) and
// the React wrappers — and points git at the repo's hooks (.githooks: commitlint) unless in CI.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (...args) => {
  const result = spawnSync('npm', ['run', '--silent', ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

// lerna publish runs this too, while the manifests are stripped for packing (no scripts): the
// build has made both by then.
if (!existsSync(`${root}packages/elements/.package.json.packing`)) {
  run('manifest', '-w', '@egov-kit/elements');
  run('generate', '-w', '@egov-kit/react');
}

// Only for `npm install`/`npm ci`, never in CI, nor when lerna runs this while publishing.
const installing = ['install', 'ci'].includes(process.env.npm_command ?? '');
if (installing && !process.env.CI && existsSync(`${root}.git`)) {
  try {
    execFileSync('git', ['config', 'core.hooksPath', '.githooks'], { cwd: root, stdio: 'ignore' });
  } catch {
    // not a git checkout (a tarball, a copy): no hook to install
  }
}
