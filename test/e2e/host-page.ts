/**
 * A plain agency page that is not the portal, for the feature components' end-to-end tests: static
 * HTML with no router and no bundler globals, on an origin of its own, under a strict
 * Content-Security-Policy with Trusted Types, loading modules that esbuild bundled from the
 * packages (as an agency's build would); the reference server on another origin (the API is the
 * province's, so every call goes through CORS).
 *
 * ```ts
 * const host = await startHostPage({
 *   modules: { form: '@egov-kit/elements/define/application-form' },
 *   pages: (api) => ({ '/': `<egov-application-form procedure="1.001193" api-base="${api}"></egov-application-form>` }),
 * });
 * await session.page.goto(host.url('/'));
 * ```
 */
import { createServer, type Server } from 'node:http';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startSeededServer, type Portal } from './harness.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** What {@link startHostPage} serves. */
export interface HostPageOptions {
  /** Module name → the module it bundles; each is served as `/assets/<name>.js` and loaded by every page. */
  modules: Record<string, string>;
  /** Page path → the page's `<body>` content, given the API's address (for `api-base`). */
  pages: (apiBase: string) => Record<string, string>;
  /** The page's language (`<html lang>`), `vi` by default. */
  lang?: string;
  /** Seeded dossiers on the server (default 60: the first ten cover every status). */
  seedDossiers?: number;
  /** Replaces the page's Content-Security-Policy (the default is strict: see {@link strictPolicy}). */
  contentSecurityPolicy?: (apiOrigin: string) => string;
  /** Bundles the modules into `outDir` another way (a worker needs a bundler that emits it as a file). */
  bundle?: (modules: Record<string, string>, outDir: string) => Promise<void>;
}

/** The running host page and the API behind it. */
export interface HostPage extends Portal {
  /** The URL of one of the pages. */
  url(path?: string): string;
  /** The API's address as the pages were given it. */
  apiBase: string;
}

/** No inline script or style, no eval, Trusted Types, and the API as the only other origin. */
export const strictPolicy = (apiOrigin: string): string => [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:", "font-src 'self'",
  `connect-src 'self' ${apiOrigin}`, "worker-src 'self' blob:", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.map': 'application/json', '.json': 'application/json', '.pdf': 'application/pdf',
  '.woff2': 'font/woff2', '.svg': 'image/svg+xml',
};

/** The packages' sources bundled as an agency's build would: ES modules, shared chunks, lazy imports kept lazy. */
async function bundleWithEsbuild(modules: Record<string, string>, outDir: string): Promise<void> {
  await build({
    entryPoints: Object.entries(modules).map(([out, in_]) => ({ out, in: in_ })),
    absWorkingDir: root, bundle: true, splitting: true, format: 'esm', platform: 'browser', target: 'es2022',
    conditions: ['egov-source', 'browser'], tsconfig: join(root, 'tsconfig.base.json'), outdir: outDir,
    loader: { '.css': 'text' }, logLevel: 'error', sourcemap: false,
  });
}

function page(body: string, lang: string, modules: string[]): string {
  const scripts = modules.map((name) => `<script type="module" src="/assets/${name}.js"></script>`).join('\n');
  return `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n`
    + `<title>Cơ quan mẫu – dịch vụ công</title>\n<link rel="icon" href="data:,">\n<link rel="stylesheet" href="/assets/themes/default.css">\n${scripts}\n</head>\n`
    + `<body>\n<main>\n${body}\n</main>\n</body>\n</html>\n`;
}

function serveFolder(dir: string, policy: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    let file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file) && !extname(file)) file = `${file}.html`;
    if (!existsSync(file)) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': policy,
      'x-content-type-options': 'nosniff', 'cache-control': 'no-store',
    });
    response.end(readFileSync(file));
  });
  return new Promise((listening, failed) => {
    server.once('error', failed);
    server.listen(0, '127.0.0.1', () => listening(server));
  });
}

/** Starts the reference server and a plain host page beside it. */
export async function startHostPage(options: HostPageOptions): Promise<HostPage> {
  const work = mkdtempSync(join(tmpdir(), 'egov-host-'));
  const site = join(work, 'site');
  mkdirSync(join(site, 'assets/themes'), { recursive: true });
  const [{ server, staff }] = await Promise.all([
    startSeededServer(work, { seedDossiers: options.seedDossiers ?? 60 }),
    (options.bundle ?? bundleWithEsbuild)(options.modules, join(site, 'assets')),
  ]);
  copyFileSync(join(root, 'packages/elements/src/themes/default.css'), join(site, 'assets/themes/default.css'));
  const apiBase = `${server.url}/api/v1`;
  for (const [path, body] of Object.entries(options.pages(apiBase))) {
    const file = join(site, path.endsWith('/') ? `${path}index.html` : path.endsWith('.html') ? path : `${path}.html`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, page(body, options.lang ?? 'vi', Object.keys(options.modules)));
  }
  const policy = (options.contentSecurityPolicy ?? strictPolicy)(new URL(server.url).origin);
  const web = await serveFolder(site, policy);
  const origin = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
  return {
    origin, server, staff, apiBase,
    url: (path = '/') => new URL(path, origin).href,
    close: async () => {
      await new Promise((closed) => web.close(closed));
      await server.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
