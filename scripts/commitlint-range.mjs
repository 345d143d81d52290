#!/usr/bin/env node
/**
 * Lints the commits since the last release: from the newest tag reachable from HEAD that comes
 * after the baseline, else from the baseline (commitlint.config.mjs: the last commit before
 * conventional commits). CI's clone may have no tags and may be shallow: a shallow clone is
 * deepened until it holds the baseline; a history without the baseline fails with the reason.
 *   node scripts/commitlint-range.mjs
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { COMMITLINT_BASELINE } from '../commitlint.config.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
const tryGit = (...args) => {
  try { return git(...args); } catch { return undefined; }
};
const has = (commit) => tryGit('cat-file', '-e', `${commit}^{commit}`) !== undefined;

if (!has(COMMITLINT_BASELINE) && tryGit('rev-parse', '--is-shallow-repository') === 'true') {
  tryGit('fetch', '--quiet', '--unshallow', '--tags');
}
if (!has(COMMITLINT_BASELINE)) {
  console.error(`commitlint: the baseline ${COMMITLINT_BASELINE} is not in this history; fetch it, or move COMMITLINT_BASELINE`);
  process.exit(1);
}
if (tryGit('merge-base', '--is-ancestor', COMMITLINT_BASELINE, 'HEAD') === undefined) {
  console.error(`commitlint: HEAD does not descend from the baseline ${COMMITLINT_BASELINE}`);
  process.exit(1);
}
const tag = tryGit('describe', '--tags', '--abbrev=0', 'HEAD');
const from = tag && tryGit('merge-base', '--is-ancestor', COMMITLINT_BASELINE, tag) !== undefined ? tag : COMMITLINT_BASELINE;
const count = git('rev-list', '--count', '--no-merges', `${from}..HEAD`);
console.log(`commitlint: ${count} commit(s) from ${tag && from === tag ? `tag ${tag}` : `the baseline ${from.slice(0, 7)}`} to HEAD`);
const result = spawnSync(process.execPath, [`${root}node_modules/@commitlint/cli/cli.js`, '--from', from, '--to', 'HEAD'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
