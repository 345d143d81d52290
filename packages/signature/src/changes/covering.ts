/** Whether something added after a signature is drawn over what the page showed before it. */
import type { FormField } from '../pdf/acroform.js';
import { normalizeRect, overlaps, pageFootprint } from '../pdf/content-footprint.js';
import type { PdfView } from '../pdf/document.js';
import { asArray, asNumber } from '../pdf/objects.js';
import { listPages } from '../pdf/pages.js';

/**
 * The page (1-based) on which one of `field`'s widgets, new in `newer`, is drawn over what that
 * page showed in `older` (its text, paths, images, annotations), if any.
 */
export function coveredPage(older: PdfView, newer: PdfView, field: FormField): number | undefined {
  const after = listPages(newer).pages;
  const before = listPages(older).pages;
  for (const widget of field.widgets) {
    const rect = normalizeRect((asArray(newer.get(widget.dict, 'Rect')) ?? []).map((v) => asNumber(newer.deref(v))));
    const index = widget.num === undefined ? -1 : after.findIndex((p) => p.annotations.includes(widget.num!));
    const page = before[index];
    if (!rect || !page) continue;
    const footprint = pageFootprint(older, page);
    if (footprint === 'whole-page' || footprint.some((r) => overlaps(r, rect))) return index + 1;
  }
  return undefined;
}
