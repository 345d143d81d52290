/** The document security store (`/DSS`, PAdES part 4): certificates, CRLs and OCSP responses kept for later validation. */
import type { PdfView } from './document.js';
import { decodeStream } from './filters.js';
import { asArray, asDict, asStream, type PdfValue } from './objects.js';

/** The DER blobs a DSS holds (including its VRI entries). */
export interface DssContent {
  readonly certificates: Uint8Array[];
  readonly crls: Uint8Array[];
  readonly ocsps: Uint8Array[];
}

const MAX_ITEMS = 10_000;

/** Reads the DSS of `view`'s catalog. Never throws; an absent DSS is empty. */
export function readDss(view: PdfView): DssContent {
  const content: DssContent = { certificates: [], crls: [], ocsps: [] };
  const dss = asDict(view.get(view.catalog, 'DSS'));
  if (!dss) return content;
  const seen = new Set<number>();
  const take = (value: PdfValue | undefined, into: Uint8Array[]) => {
    for (const item of asArray(view.deref(value)) ?? []) {
      if (into.length >= MAX_ITEMS) return;
      const num = item && typeof item === 'object' && item.kind === 'ref' ? item.num : undefined;
      if (num !== undefined) {
        if (seen.has(num)) continue;
        seen.add(num);
      }
      const stream = asStream(view.deref(item));
      if (!stream) continue;
      const decoded = decodeStream(view.file.bytes, stream, Math.max(0, view.file.decodeAllowance.remaining));
      if (!decoded) continue;
      view.file.decodeAllowance.remaining -= decoded.bytes.length;
      into.push(decoded.bytes);
    }
  };
  take(dss.entries.get('Certs'), content.certificates);
  take(dss.entries.get('CRLs'), content.crls);
  take(dss.entries.get('OCSPs'), content.ocsps);
  const vri = asDict(view.deref(dss.entries.get('VRI')));
  let count = 0;
  for (const entry of vri?.entries.values() ?? []) {
    if (count++ > MAX_ITEMS) break;
    const dict = asDict(view.deref(entry));
    take(dict?.entries.get('Cert'), content.certificates);
    take(dict?.entries.get('CRL'), content.crls);
    take(dict?.entries.get('OCSP'), content.ocsps);
  }
  return content;
}
