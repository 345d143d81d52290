import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/**
 * The policy every portal response carries: only this origin's scripts, styles, workers and API;
 * images may also be `data:` URLs; Trusted Types for every script sink; framed only by the pages
 * `frameAncestors` names (this origin by default, so no other site can overlay it).
 */
export function portalCsp(frameAncestors = "'self'"): string {
  return "default-src 'self'; style-src 'self'; script-src 'self'; worker-src 'self'; connect-src 'self'; "
    + `img-src 'self' data:; require-trusted-types-for 'script'; frame-ancestors ${frameAncestors}`;
}

/** The portal's policy with the default `frame-ancestors 'self'`. */
export const PORTAL_CSP = portalCsp();

/** Paths that belong to the server, never to the portal: no file and no SPA fallback there. */
const SERVER_PATHS = /^\/(?:api|oauth|health|ready)(?:\/|$)/;

/** The path of a request, decoded; `undefined` when it cannot be decoded. */
function pathOf(url: string): string | undefined {
  try {
    return decodeURIComponent(url.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
}

/** A file under `root` for `path`, or `undefined` when there is none (or the path leaves `root`). */
function fileFor(root: string, path: string): string | undefined {
  const relative = normalize(path).replace(/^[/\\]+/, '');
  const file = resolve(root, relative);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? relative : undefined;
}

/**
 * Serves a built single-page portal from `portalDir` at `/`: its files as they are, with the strict
 * {@link PORTAL_CSP}; hashed `assets/` cached for a year, the rest revalidated. Any other GET that
 * is not the server's own (`/api`, `/oauth`, `/health`, `/ready`) and asks for a page (an `Accept`
 * of `text/html`, or a path without extension) gets `index.html`, so the portal's client-side
 * routes survive a reload.
 * @throws Error when `portalDir` has no `index.html` (the portal is not built).
 */
export async function portalRoutes(app: FastifyInstance, portalDir: string, frameAncestors = "'self'"): Promise<void> {
  const csp = portalCsp(frameAncestors);
  const root = resolve(portalDir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`No index.html in the portal folder ${root}: build it first (npm run build -w @egov-kit/demo-portal)`);
  }
  await app.register(fastifyStatic, { root, serve: false, cacheControl: false, etag: true, lastModified: true });

  const send = (reply: FastifyReply, file: string) => reply
    .header('content-security-policy', csp)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'same-origin')
    .header('cache-control', file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache')
    .sendFile(file);

  app.get('/*', async (request, reply) => {
    const path = pathOf(request.url);
    if (path === undefined || SERVER_PATHS.test(path)) return reply.callNotFound();
    const file = path === '/' ? 'index.html' : fileFor(root, path);
    if (file) return send(reply, file);
    // A portal route is the page itself (procedure codes have dots: a page request is told by its
    // Accept header, or by having no extension); a missing asset is a 404.
    const wantsPage = extname(path) === '' || (request.headers.accept ?? '').includes('text/html');
    if (path.startsWith('/assets/') || !wantsPage) return reply.callNotFound();
    return send(reply.header('vary', 'Accept'), 'index.html');
  });
}
