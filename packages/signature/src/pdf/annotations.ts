/** What an annotation draws on its page, as viewers draw it. */
import type { PdfView } from './document.js';
import { asArray, asDict, asInteger, asName, asNumber, type PdfDict } from './objects.js';

const HIDDEN = 2;
const PRINT = 4;
const NO_VIEW = 32;

/**
 * True only when an annotation certainly draws nothing: flagged Hidden, or NoView without Print
 * (a printed copy would show it), a Link without
 * an appearance stream whose border has no width or an explicitly empty colour (`/C []`; without
 * `/C` Poppler strokes it black, 1 point by default), or a closed Popup without one. Anything
 * else may paint over the page.
 */
export function drawsNothing(view: PdfView, dict: PdfDict): boolean {
  const flags = asInteger(view.deref(dict.entries.get('F'))) ?? 0;
  if ((flags & HIDDEN) !== 0 || ((flags & NO_VIEW) !== 0 && (flags & PRINT) === 0)) return true;
  if (dict.entries.has('AP')) return false;
  const subtype = asName(view.deref(dict.entries.get('Subtype')));
  if (subtype === 'Popup') return view.deref(dict.entries.get('Open')) !== true;
  if (subtype !== 'Link') return false;
  const colour = asArray(view.deref(dict.entries.get('C')));
  return borderWidth(view, dict) === 0 || (colour !== undefined && colour.length === 0);
}

/** The border width: `/BS /W` when there is a border style, else `/Border`'s third number; 1 by default. */
function borderWidth(view: PdfView, dict: PdfDict): number {
  const style = asDict(view.deref(dict.entries.get('BS')));
  if (style) return asNumber(view.deref(style.entries.get('W'))) ?? 1;
  const border = asArray(view.deref(dict.entries.get('Border')));
  return asNumber(view.deref(border?.[2])) ?? 1;
}
