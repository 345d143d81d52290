#!/usr/bin/env node
// `npm run storybook`: the stories' reference server (scripts/story-api.mjs), then Storybook's dev
// server beside it; stopping one stops both. Arguments go to `storybook dev`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startStoryApi } from './story-api.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const api = await startStoryApi();
console.log(`stories' reference server: ${api.url}/api/v1`);
const storybook = spawn('npx', ['storybook', 'dev', '-p', '6006', '--no-version-updates', '--disable-telemetry', ...process.argv.slice(2)], {
  cwd: root, stdio: 'inherit',
});
const stop = async (code) => {
  await api.stop();
  process.exit(code ?? 0);
};
storybook.on('exit', (code) => void stop(code));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => storybook.kill(signal));
