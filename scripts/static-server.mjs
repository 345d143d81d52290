// A static file server on a free loopback port, for pages the tests and the release proof open in
// Chromium: the right content types, and the Content-Security-Policy the page is to run under.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.wasm': 'application/wasm', '.pdf': 'application/pdf', '.png': 'image/png',
};

/**
 * A CMS page's strict policy: scripts and styles from the page's origin only (plus the given
 * sources, e.g. an inline import map's hash), Trusted Types on.
 */
export function strictCsp(api, scriptSources = []) {
  return `default-src 'self'; script-src ${["'self'", ...scriptSources].join(' ')}; style-src 'self'; img-src 'self' data:; connect-src 'self' ${api}; worker-src 'self'; require-trusted-types-for 'script'`;
}

/** Serves `dir`; resolves with its origin and a close function. */
export function serveStatic(dir, csp) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': csp });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  })));
}
