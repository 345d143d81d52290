/** Classifies every revision of a file against the one before it. */
import { onlyWhitespace, type PdfFile, type Revision } from '../pdf/document.js';
import { readRevisionBody } from '../pdf/revision-body.js';
import { classifyRevision } from './classify.js';
import { maxLevel, type Change, type ChangeLevel, type RevisionChanges } from './types.js';

/** How many of the newest revisions are analysed; older ones are rarely signed over and cost time. */
const MAX_ANALYSED_REVISIONS = 256;

/**
 * The changes each revision made (revision 0 has none), plus a pseudo-revision for bytes after the
 * last `%%EOF` that belong to no revision (appended objects a repairing viewer might read).
 */
export function analyseRevisions(file: PdfFile, revisions: readonly Revision[]): RevisionChanges[] {
  const results: RevisionChanges[] = [];
  const first = Math.max(1, revisions.length - MAX_ANALYSED_REVISIONS);
  for (let k = 1; k < revisions.length; k++) {
    let changes: Change[];
    if (k < first) {
      changes = [{ level: 'other', kind: 'analysis-incomplete', objects: [] }];
    } else {
      try {
        changes = classifyRevision(file.view(revisions[k - 1]!.end), file.view(revisions[k]!.end), readRevisionBody(file, revisions[k]!));
      } catch {
        changes = [{ level: 'other', kind: 'analysis-incomplete', objects: [] }];
      }
    }
    results.push({ revision: k, level: changes.reduce<ChangeLevel>((l, c) => maxLevel(l, c.level), 'none'), changes });
  }
  const lastEnd = revisions.at(-1)?.end ?? 0;
  if (revisions.length > 0 && !onlyWhitespace(file.bytes, lastEnd, file.bytes.length)) {
    results.push({ revision: revisions.length, level: 'other', changes: [{ level: 'other', kind: 'unexplained-bytes', objects: [], detail: `${lastEnd}-${file.bytes.length}`, visible: true }] });
  }
  return results;
}
