#!/usr/bin/env node
// Runs benchmarks: every bench/*.ts, or the ones named (`npm run bench -- units-search`).
// Each prints its machine and date first, then JSON lines of results.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../bench/', import.meta.url));
const wanted = process.argv.slice(2);
const benches = readdirSync(dir).filter((f) => f.endsWith('.ts'))
  .filter((f) => wanted.length === 0 || wanted.includes(f.replace(/\.ts$/, '')));
let failed = 0;
for (const file of benches) {
  console.log(`\n# ${file}`);
  const { status } = spawnSync(process.execPath, ['--conditions=egov-source', '--import', 'tsx', `${dir}${file}`], { stdio: 'inherit' });
  if (status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
