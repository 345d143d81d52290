/**
 * What readers may read differently in a revision, found before any rule explains its changes
 * (README, "Changes after signing"): each is `other`, whatever the object claims to be.
 */
import type { PdfView } from '../pdf/document.js';
import type { RevisionBody } from '../pdf/revision-body.js';
import { usedObjects } from './uses.js';

/**
 * By reason — a `Quirk` code, `generation`, `unlisted`, `duplicate-object`, `stray-bytes`, or
 * `xref:` and a quirk of the cross-reference data or trailer — the objects concerned (none for
 * the trailer and stray bytes). `listed` are the objects the newer revision lists; `body` is what
 * a strict reading of its bytes found.
 */
export function findAmbiguities(older: PdfView, newer: PdfView, listed: ReadonlySet<number>, body: RevisionBody | undefined): Map<string, number[]> {
  const found = new Map<string, number[]>();
  const note = (reason: string, num?: number) => {
    const list = found.get(reason) ?? [];
    if (num !== undefined && !list.includes(num)) list.push(num);
    found.set(reason, list);
  };
  for (const quirk of newer.chain[0]?.quirks ?? []) note(`xref:${quirk}`);
  for (const num of listed) {
    if (newer.file.exhausted) break;
    if (newer.location(num) === undefined) continue;
    for (const quirk of newer.quirks(num)) note(quirk, num);
    const before = older.generation(num);
    if (before !== undefined && before !== newer.generation(num)) note('generation', num);
  }
  for (const num of body?.unlisted ?? []) note('unlisted', num);
  for (const num of body?.redefined ?? []) note('duplicate-object', num);
  if (body?.strayAt !== undefined) note('stray-bytes');
  return found;
}

/**
 * Objects that a reference reachable in the newer revision names with another generation than
 * they have, where the older revision had no such mismatch (strict readers find nothing there).
 */
export function newGenerationMismatches(older: PdfView, newer: PdfView): number[] {
  usedObjects(older);
  usedObjects(newer);
  return [...newer.generationMismatches].filter((num) => !older.generationMismatches.has(num));
}
