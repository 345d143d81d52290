/**
 * Keeps the page from scrolling while a modal is open: `overflow: hidden` on the document element,
 * set through CSSOM (allowed by a strict `style-src 'self'`, unlike a `style` attribute). Locks are
 * counted, so a dialog opened from a dialog keeps the page locked until the last one closes; then
 * the page's own inline `overflow` and `scrollbar-gutter` are put back. While locked, the scrollbar's
 * room is kept (`scrollbar-gutter: stable`) when the page had one, so the content does not shift.
 */
const locks = new Set<object>();
let saved: [string, string, string] = ['', '', ''];

/** Locks the page's scroll for `owner` (once per owner). */
export function lockScroll(owner: object): void {
  if (locks.has(owner)) return;
  locks.add(owner);
  if (locks.size > 1) return;
  const root = document.documentElement;
  const style = root.style;
  saved = [style.overflowX, style.overflowY, style.scrollbarGutter];
  const hasScrollbar = window.innerWidth > root.clientWidth;
  style.overflowX = style.overflowY = 'hidden';
  if (hasScrollbar) style.scrollbarGutter = 'stable';
}

/** Releases `owner`'s lock; the page scrolls again when no lock is left. */
export function unlockScroll(owner: object): void {
  if (!locks.delete(owner) || locks.size > 0) return;
  const style = document.documentElement.style;
  [style.overflowX, style.overflowY, style.scrollbarGutter] = saved;
}
