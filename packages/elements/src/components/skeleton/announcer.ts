/**
 * One polite live region per page, outside any busy region, for what a loading placeholder says.
 * A live region inside an `aria-busy="true"` region may be ignored by screen readers until the
 * region is no longer busy, so the placeholder cannot speak from inside the region it stands in for.
 * The region is hidden visually through CSSOM (allowed by a strict `style-src`), created on first use.
 * @module
 */

let region: HTMLElement | undefined;
let timer = 0;

/** How long a new live region waits before speaking: screen readers miss text set the moment it is created. */
const FRESH_REGION_DELAY_MS = 150;

function liveRegion(): { element: HTMLElement; fresh: boolean } {
  if (region?.isConnected) return { element: region, fresh: false };
  const element = document.createElement('div');
  element.setAttribute('role', 'status');
  element.dataset['egovAnnouncer'] = '';
  Object.assign(element.style, {
    position: 'absolute', width: '1px', height: '1px', margin: '-1px', padding: '0', border: '0',
    overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap',
  });
  document.body.append(element);
  region = element;
  return { element, fresh: true };
}

/**
 * Says `text` (in `lang`) through the page's polite live region, after a short wait. Returns a
 * function that takes it back if it has not been said yet (what was loading is already there).
 */
export function announce(text: string, lang: string): () => void {
  const { element, fresh } = liveRegion();
  element.textContent = '';
  clearTimeout(timer);
  const mine = window.setTimeout(() => {
    element.lang = lang;
    element.textContent = text;
  }, fresh ? FRESH_REGION_DELAY_MS : 50);
  timer = mine;
  return () => clearTimeout(mine);
}

/** The live region, if one was made (for tests). */
export function announcerRegion(): HTMLElement | undefined {
  return region;
}
