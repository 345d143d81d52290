/**
 * Client-side routes over the History API. Links in the page (also inside components' shadow roots,
 * such as the summary list's "Change") are followed without reloading; the server answers every
 * portal path with the same page, so a reload or a shared link lands on the same route.
 */

/** The pages of the portal. */
export type RouteName = 'procedures' | 'procedure' | 'apply' | 'track' | 'verify' | 'not-found';

/** Where the person is. */
export interface Route {
  name: RouteName;
  /** Path parameters: `code` (procedure), `step` (apply). */
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
}

/** The paths of the pages. */
export const paths = {
  procedures: () => '/',
  procedure: (code: string) => `/thu-tuc/${encodeURIComponent(code)}`,
  apply: (code: string, step?: string) => `/nop-ho-so/${encodeURIComponent(code)}${step ? `/${encodeURIComponent(step)}` : ''}`,
  track: (code?: string) => `/tra-cuu${code ? `?ma=${encodeURIComponent(code)}` : ''}`,
  verify: (code?: string, documentId?: string) => (code && documentId
    ? `/xac-minh?ma=${encodeURIComponent(code)}&van-ban=${encodeURIComponent(documentId)}` : '/xac-minh'),
} as const;

const PATTERNS: [RegExp, RouteName, string[]][] = [
  [/^\/$/, 'procedures', []],
  [/^\/thu-tuc\/?$/, 'procedures', []],
  [/^\/thu-tuc\/([^/]+)\/?$/, 'procedure', ['code']],
  [/^\/nop-ho-so\/([^/]+)(?:\/([^/]+))?\/?$/, 'apply', ['code', 'step']],
  [/^\/tra-cuu\/?$/, 'track', []],
  [/^\/xac-minh\/?$/, 'verify', []],
];

/** The route of a URL. */
export function routeOf(url: URL): Route {
  for (const [pattern, name, keys] of PATTERNS) {
    const match = pattern.exec(url.pathname);
    if (!match) continue;
    const params: Record<string, string> = {};
    keys.forEach((key, index) => {
      const value = match[index + 1];
      if (value !== undefined) params[key] = decodeURIComponent(value);
    });
    return { name, params, query: url.searchParams };
  }
  return { name: 'not-found', params: {}, query: url.searchParams };
}

type Listener = (route: Route, how: { initial: boolean }) => void;
let listener: Listener | undefined;

/** Goes to `href` in the page (a new history entry, or replacing the current one). */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  const url = new URL(href, location.href);
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  listener?.(routeOf(url), { initial: false });
}

/** Replaces the query of the current entry (the page itself stays). */
export function replaceQuery(query: Record<string, string | undefined>): void {
  const url = new URL(location.href);
  url.search = '';
  for (const [key, value] of Object.entries(query)) if (value) url.searchParams.set(key, value);
  history.replaceState(null, '', url);
}

function onClick(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
  if (!anchor || !anchor.href || anchor.target || anchor.hasAttribute('download')) return;
  const url = new URL(anchor.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
  // A link within the page (the skip link) keeps its native behaviour.
  if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
  event.preventDefault();
  navigate(url.href);
}

/** Starts following links and the back button; tells `onRoute` of every route, this one first. */
export function startRouter(onRoute: Listener): void {
  listener = onRoute;
  document.addEventListener('click', onClick);
  addEventListener('popstate', () => onRoute(routeOf(new URL(location.href)), { initial: false }));
  onRoute(routeOf(new URL(location.href)), { initial: true });
}
