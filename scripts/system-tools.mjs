// The Debian packages the tests use, installed when missing so that `npm test` works on a fresh
// Debian machine: Chromium (browser and end-to-end tests), poppler-utils (pdfsig and pdftoppm, the
// signature engine's second opinion) and qpdf (password-protected PDFs). Needs root or sudo; without
// them it says what to install and the tests that need a tool fail with its name.
import { execFileSync, spawnSync } from 'node:child_process';

const tools = [
  { command: 'chromium', pkg: 'chromium', skip: () => Boolean(process.env.CHROME_PATH) },
  { command: 'pdfsig', pkg: 'poppler-utils' },
  { command: 'qpdf', pkg: 'qpdf' },
];

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** Installs the missing packages with apt-get; returns the ones still missing. */
export function ensureSystemTools() {
  const missing = tools.filter((tool) => !tool.skip?.() && !has(tool.command)).map((tool) => tool.pkg);
  if (missing.length === 0 || !has('apt-get')) return missing;
  const root = process.getuid?.() === 0;
  if (!root && !has('sudo')) return missing;
  const run = (args) => execFileSync(root ? args[0] : 'sudo', root ? args.slice(1) : args, {
    stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  console.log(`installing from Debian: ${missing.join(' ')}`);
  try {
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', ...missing]);
  } catch {
    console.error(`could not install ${missing.join(' ')}: install them yourself (apt-get install -y ${missing.join(' ')})`);
  }
  return tools.filter((tool) => !tool.skip?.() && !has(tool.command)).map((tool) => tool.pkg);
}
