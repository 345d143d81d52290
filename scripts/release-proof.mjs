#!/usr/bin/env node
/**
 * The release path, proven on loopback before anything goes to npm (CI runs it after the build):
 *   1. verdaccio on 127.0.0.1 with its storage in a temp folder;
 *   2. the built packages published to it (scripts/publish.mjs: lerna publish from-package);
 *   3. the registry's manifests and the installed tarballs carry no `egov-source` condition;
 *   4. a fresh project outside the repo installs them from it (@egov-kit → verdaccio), and
 *      `npx @egov-kit/reference-server` runs from an empty folder;
 *   (a) core and the SDK in Node against that server (test/release/fresh-project/node-check.mjs);
 *   (b) every public entry and an integrator's code type-check, strict, bundler and node16;
 *   (c) a Vite page and a React page built by Vite, rendered in Chromium;
 *   (d) a plain HTML page with no build step, the script-tag path, rendered in Chromium.
 * The pages' markup and the feature components they carry: test/release/pages.mjs.
 * Prints what it checked and how long each step took; exits 1 on the first failure.
 *   node scripts/release-proof.mjs [--keep]   (--keep leaves the temp folder for a look)
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { tool } from './ci-tool.mjs';
import { serveStatic, strictCsp } from './static-server.mjs';
import { body, features, primitives, tags } from '../test/release/pages.mjs';
import { checkPage } from '../test/release/page-checks.mjs';
import { checkTarball } from './check-packages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'egov-release-proof-'));
const keep = process.argv.includes('--keep');
const version = JSON.parse(readFileSync(join(root, 'lerna.json'), 'utf8')).version;
const repoVersion = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const cleanups = [];
const timings = [];

/**
 * Runs one step; what it reports is printed in one block when it ends, so steps that run side by
 * side (the machine has two cores: a CPU-bound step beside one that waits) never mix their lines.
 */
async function step(name, body) {
  const started = performance.now();
  const lines = [];
  const report = (what) => lines.push(`  ok  ${what}`);
  try {
    await body(report);
  } finally {
    const seconds = (performance.now() - started) / 1000;
    timings.push([name, seconds]);
    console.log(`\n==> ${name}\n${lines.join('\n')}${lines.length ? '\n' : ''}    (${seconds.toFixed(1)} s)`);
  }
}
function fail(what) {
  throw new Error(what);
}

/** Runs a command to its end; its output is shown only when it fails. */
function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output}`))));
  });
}

/** Starts a long-running process in its own group; resolves with what `ready` finds in its output. */
function start(command, args, ready, options = {}) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  cleanups.push(() => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const found = ready(output);
      if (found) resolve(found);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${command} exited (${code}) before it was ready:\n${output}`)));
  });
}

async function waitFor(url) {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  fail(`${url} never answered`);
}

let registry;
let published;
let npmEnv;
let project;
let api;
let lookup;

async function main() {
  await step('verdaccio on loopback', async (ok) => {
    const verdaccio = tool('verdaccio');
    const config = join(work, 'verdaccio.yaml');
    writeFileSync(config, [
      `storage: ${join(work, 'storage')}`,
      'auth: { htpasswd: { file: ./htpasswd, max_users: -1 } }',
      'uplinks: {}',
      'packages:',
      "  '**': { access: $all, publish: $all, unpublish: $all }",
      'web: { enable: false }',
      'max_body_size: 200mb',
      'server: { keepAliveTimeout: 60 }',
      `log: { type: file, path: ${join(work, 'verdaccio.log')}, format: pretty, level: warn }`,
      '',
    ].join('\n'));
    const port = await freePort();
    registry = `http://127.0.0.1:${port}/`;
    start(process.execPath, [verdaccio, '--config', config, '--listen', `127.0.0.1:${port}`], () => false);
    await waitFor(`${registry}-/ping`);
    // Every npm below reads this file only: @egov-kit from verdaccio, the rest as usual.
    writeFileSync(join(work, 'npmrc'), `@egov-kit:registry=${registry}\n//127.0.0.1:${port}/:_authToken=release-proof\nfund=false\naudit=false\nupdate-notifier=false\n`);
    npmEnv = { ...process.env, NPM_CONFIG_USERCONFIG: join(work, 'npmrc'), npm_config_registry: undefined };
    delete npmEnv.npm_config_registry;
    ok(`${registry} (storage ${join(work, 'storage')})`);
  });

  await step('lerna publish from-package (the packages as built)', async (ok) => {
    const registryLog = () => (existsSync(join(work, 'verdaccio.log')) ? readFileSync(join(work, 'verdaccio.log'), 'utf8') : '');
    const output = await run(process.execPath, [join(root, 'scripts/publish.mjs'), '--registry', registry, '--yes', '--concurrency', '1', '--loglevel', 'warn'], { cwd: root, env: npmEnv })
      .catch((error) => fail(`${error.message}\nverdaccio's log:\n${registryLog()}`));
    published = readdirSync(join(root, 'packages')).map((dir) => JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')))
      .filter((pkg) => !pkg.private);
    for (const pkg of published) {
      const packument = await (await fetch(`${registry}${pkg.name.replace('/', '%2f')}`)).json();
      const manifest = packument.versions?.[pkg.version];
      if (!manifest) fail(`${pkg.name}@${pkg.version} is not on the registry:\n${output}\n${registryLog()}`);
      if (JSON.stringify(manifest).includes('egov-source')) fail(`${pkg.name}: the registry's manifest has the egov-source condition`);
      pkg.tarball = manifest.dist.tarball;
      ok(`${pkg.name}@${pkg.version} published; its registry manifest has no egov-source condition`);
    }
  });

  const install = step('a fresh project outside the repo installs from the registry; npx @egov-kit/reference-server serves', async (ok) => {
    project = join(work, 'agency-site');
    cpSync(join(root, 'test/release/fresh-project'), project, { recursive: true });
    writeFileSync(join(project, '.npmrc'), `@egov-kit:registry=${registry}\n`);
    writeFileSync(join(project, 'package.json'), `${JSON.stringify({
      name: 'agency-site', private: true, type: 'module',
      dependencies: Object.fromEntries([
        ...['core', 'sdk', 'elements', 'signature', 'react'].map((name) => [`@egov-kit/${name}`, `^${version}`]),
        ['react', `^${repoVersion('react')}`], ['react-dom', `^${repoVersion('react-dom')}`],
      ]),
      devDependencies: {
        vite: `^${repoVersion('vite')}`, typescript: `^${repoVersion('typescript')}`, '@types/node': `^${repoVersion('@types/node')}`,
        '@types/react': `^${repoVersion('@types/react')}`, '@types/react-dom': `^${repoVersion('@types/react-dom')}`,
      },
    }, null, 2)}\n`);
    // The registry's port is new each run, so npm's cache never serves an earlier run's packages
    // (hence --prefer-offline is safe, and quick for everything else);
    // npx's own cache is keyed by name, so its copy from an earlier run is dropped.
    forgetCachedNpx('@egov-kit/reference-server');
    const npxHome = join(work, 'npx-user');
    mkdirSync(npxHome);
    // An agency developer's first try, from an empty folder: npm installs the server and runs it.
    const server = start('npx', ['--yes', '--prefer-offline', '@egov-kit/reference-server', '--port', '0', '--data-dir', join(work, 'server-data')],
      (output) => /API:\s+(http:\/\/127\.0\.0\.1:\d+)\/api\/v1[\s\S]*Try a lookup: curl -H 'X-Dossier-Verifier: ([^']+)' \S+\/dossiers\/(\S+)/.exec(output),
      { cwd: npxHome, env: { ...npmEnv, LOG_LEVEL: 'warn' } });
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, env: npmEnv });
    for (const name of ['core', 'sdk', 'elements', 'signature', 'react']) {
      const installed = readFileSync(join(project, 'node_modules/@egov-kit', name, 'package.json'), 'utf8');
      if (installed.includes('egov-source')) fail(`@egov-kit/${name}: the installed package.json has the egov-source condition`);
    }
    ok(`installed @egov-kit/{core,sdk,elements,signature,react}@${version} with vite, typescript and React ${repoVersion('react')}; no egov-source in them`);
    const match = await server;
    [, api, lookup] = [match[0], match[1], { verifier: match[2], code: match[3] }];
    await waitFor(`${api}/ready`);
    ok(`npx @egov-kit/reference-server serves ${api}/api/v1 (embedded database, seeded)`);
  });

  const checks = step('publint and are-the-types-wrong on the published tarballs', async (ok) => {
    const results = await Promise.all(published.map(async (pkg) => {
      const tarball = join(work, `${pkg.name.replace('/', '-')}.tgz`);
      writeFileSync(tarball, Buffer.from(await (await fetch(pkg.tarball)).arrayBuffer()));
      return checkTarball(pkg.name, tarball);
    }));
    for (const { lines } of results) lines.forEach((line) => ok(line.replace(/^ok {2}/, '')));
    const failed = results.filter((r) => !r.ok).flatMap((r) => r.lines.filter((l) => l.startsWith('FAIL')));
    if (failed.length) fail(failed.join('\n'));
  });
  await Promise.all([install, checks]);

  await step('(a) core and the SDK in Node against the installed server', async (ok) => {
    const output = await run(process.execPath, ['node-check.mjs', api, lookup.code, lookup.verifier], { cwd: project });
    output.trim().split('\n').forEach((line) => ok(line.replace(/^\s*ok\s+/, '')));
  });

  const typecheck = step('(b) type-check: every public entry and an integrator\'s code, strict, bundler and node16', async (ok) => {
    const specifiers = publicEntries(join(project, 'node_modules/@egov-kit'));
    writeFileSync(join(project, 'entries.ts'), `${specifiers.map((s, i) => `import * as entry${i} from '${s}';`).join('\n')}\nexport const entries = [${specifiers.map((_s, i) => `entry${i}`).join(', ')}];\n`);
    writeFileSync(join(project, 'features.json'), JSON.stringify(featureProps()));
    const tsc = join(project, 'node_modules/typescript/bin/tsc');
    await Promise.all(['bundler', 'node16'].map((resolution) => run(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], { cwd: project })));
    ok(`moduleResolution bundler: ${specifiers.length} entries, usage.ts and the React page (skipLibCheck off)`);
    ok(`moduleResolution node16: ${specifiers.length} entries and usage.ts (skipLibCheck off)`);
  });
  await Promise.all([typecheck, pages()]);
}

async function pages() {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  cleanups.push(() => browser.close());

  await step('(c) a Vite page and a React page, built by Vite, in Chromium', async (ok) => {
    const defines = [...primitives, ...features.map((f) => f.define)];
    writeFileSync(join(project, 'main.ts'), `import '@egov-kit/elements/themes/default.css';\n${defines.map((d) => `import '@egov-kit/elements/define/${d}';`).join('\n')}\n`);
    writeFileSync(join(project, 'index.html'), page('egov-kit with Vite', '<script type="module" src="./main.ts"></script>', body(api)));
    await run(process.execPath, [join(project, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: project });
    const site = await serveStatic(join(project, 'dist'), strictCsp(api));
    cleanups.push(() => site.close());
    await checkPage(browser, `${site.url}/index.html`, { tags: tags(), form: true }, ok);
    ok('the Vite page: every tag upgraded in Vietnamese, lazy texts and units loaded, no error, no CSP violation');
    await checkPage(browser, `${site.url}/react.html`, { tags: [...new Set([...reactTags(), ...features.map((f) => /<(egov-[a-z-]+)/.exec(f.markup)[1])])], react: true }, ok);
    ok('the React page: the wrappers render, onEgovErrorChange gets the Vietnamese error, no error, no CSP violation');
  });

  await step('(d) a plain HTML page, no build step: two lines from the installed package\'s dist', async (ok) => {
    const cdn = '/node_modules/@egov-kit/elements/dist';
    const head = [`<link rel="stylesheet" href="${cdn}/themes/default.css">`, `<script type="module" src="${cdn}/cdn/primitives.js"></script>`,
      ...features.map((f) => `<script type="module" src="${cdn}/cdn/${f.define}.js"></script>`)].join('\n');
    mkdirSync(join(project, 'plain'));
    writeFileSync(join(project, 'plain/index.html'), page('egov-kit from a script tag', head, body(api)));
    const site = await serveStatic(project, strictCsp(api));
    cleanups.push(() => site.close());
    await checkPage(browser, `${site.url}/plain/index.html`, { tags: tags(), form: true, chunksUnder: `${cdn}/cdn/` }, ok);
    ok('the plain page: the same form from primitives.js, its lazy chunks fetched beside it, no bare import, no CSP violation');

    // The import-map route of docs/guides/getting-started.md: the page's own module by package name.
    const map = `{ "imports": { "@egov-kit/elements/": "${cdn}/cdn/" } }`;
    writeFileSync(join(project, 'plain/answers.js'), "import '@egov-kit/elements/primitives.js';\n"
      + "document.querySelector('egov-summary-list').rows = [{ key: 'Họ và tên', value: 'Nguyễn Văn An' }];\n");
    writeFileSync(join(project, 'plain/import-map.html'), page('egov-kit through an import map',
      `<script type="importmap">${map}</script>\n<link rel="stylesheet" href="${cdn}/themes/default.css">\n<script type="module" src="answers.js"></script>`,
      '<main lang="vi"><egov-summary-list></egov-summary-list></main>'));
    const mapped = await serveStatic(project, strictCsp(api, [`'sha256-${createHash('sha256').update(map).digest('base64')}'`]));
    cleanups.push(() => mapped.close());
    await checkPage(browser, `${mapped.url}/plain/import-map.html`, { tags: ['egov-summary-list'], shows: 'Nguyễn Văn An' }, ok);
    ok('the import-map route: a page module imports @egov-kit/elements/primitives.js by name and gives the summary list its rows');
  });
}

/** The public entries of the installed packages, wildcards expanded from the files they match. */
function publicEntries(scopeDir) {
  const specifiers = [];
  for (const name of readdirSync(scopeDir).sort()) {
    const manifest = JSON.parse(readFileSync(join(scopeDir, name, 'package.json'), 'utf8'));
    for (const [key, target] of Object.entries(manifest.exports ?? {})) {
      const types = typeof target === 'object' ? target.types : undefined;
      if (!types) continue;
      if (!key.includes('*')) {
        specifiers.push(`@egov-kit/${name}${key.slice(1)}`);
        continue;
      }
      // The same name stands for every `*` of the target: ./dist/components/*/*.d.ts.
      const pattern = new RegExp(`^${types.replace(/^\.\//, '').split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('([^/]+)')}$`);
      const names = new Set(readdirSync(join(scopeDir, name), { recursive: true }).map((file) => pattern.exec(String(file)))
        .filter((match) => match && match.slice(1).every((part) => part === match[1])).map((match) => match[1]));
      for (const entry of [...names].sort()) specifiers.push(`@egov-kit/${name}${key.slice(1).replace('*', entry)}`);
    }
  }
  return specifiers;
}

/** The feature components' tags and attributes, for the React page. */
function featureProps() {
  return features.map((feature) => {
    const [, tag, attributes] = /<(egov-[a-z-]+)([^>]*)>/.exec(feature.markup);
    return { tag, attributes: Object.fromEntries([...attributes.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, n, v]) => [n, v.replaceAll('{api}', api)])) };
  });
}

function reactTags() {
  return [...readFileSync(join(root, 'test/release/fresh-project/react.tsx'), 'utf8').matchAll(/<(Egov[A-Za-z]+)/g)]
    .map(([, name]) => `egov${name.slice(4).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
}

function page(title, head, content) {
  return `<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n${head}\n</head>\n<body>\n${content}\n</body>\n</html>\n`;
}

/** npx keeps what it installed per package name; an earlier run's copy must not answer for this one. */
function forgetCachedNpx(name) {
  const dir = join(process.env.npm_config_cache ?? join(homedir(), '.npm'), '_npx');
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) {
    const manifest = join(dir, entry, 'package.json');
    if (existsSync(manifest) && readFileSync(manifest, 'utf8').includes(`"${name}"`)) rmSync(join(dir, entry), { recursive: true, force: true });
  }
}

async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

let status = 0;
try {
  console.log(`release proof in ${work}`);
  await main();
  console.log('\nrelease proof: every check passed');
} catch (error) {
  status = 1;
  console.error(`\nrelease proof FAILED: ${error instanceof Error ? error.message : error}`);
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
  for (const [name, seconds] of timings) console.log(`  ${seconds.toFixed(1).padStart(6)} s  ${name}`);
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
process.exit(status);
