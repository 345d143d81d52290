/**
 * What a signature permits to change after it: DocMDP (a certification signature's `/P`) and
 * FieldMDP (fields locked by a signature), and the judgment of later changes against them.
 */
import type { PdfView } from '../pdf/document.js';
import { asArray, asDict, asInteger, asName, asString, type PdfDict } from '../pdf/objects.js';
import type { FoundSignature } from '../pdf/signatures.js';
import { decodeTextString } from '../pdf/text.js';
import { compareLevels, type Change, type ChangeLevel } from './types.js';

/** DocMDP permission levels (ISO 32000-1 §12.8.2.2). */
export type DocMdpPermission = 1 | 2 | 3;

/** A FieldMDP lock: which fields may not change after the signature. */
export interface FieldLock {
  readonly action: 'All' | 'Include' | 'Exclude';
  readonly fields: readonly string[];
}

/** What a signature declares about later changes. */
export interface SignaturePermissions {
  /** True for a certification (author) signature. */
  readonly certification: boolean;
  /** The DocMDP level, for a certification signature or a field lock with `/P`. */
  readonly docMdp?: DocMdpPermission;
  readonly fieldLock?: FieldLock;
}

function transforms(view: PdfView, dict: PdfDict): { method?: string; params?: PdfDict }[] {
  return (asArray(view.deref(dict.entries.get('Reference'))) ?? []).map((item) => {
    const ref = asDict(view.deref(item));
    const method = asName(view.deref(ref?.entries.get('TransformMethod')));
    const params = asDict(view.deref(ref?.entries.get('TransformParams')));
    return { ...(method ? { method } : {}), ...(params ? { params } : {}) };
  });
}

function readLock(view: PdfView, params: PdfDict | undefined): FieldLock | undefined {
  const action = asName(view.deref(params?.entries.get('Action')));
  if (action !== 'All' && action !== 'Include' && action !== 'Exclude') return undefined;
  const fields = (asArray(view.deref(params?.entries.get('Fields'))) ?? [])
    .map((f) => decodeTextString(asString(view.deref(f))))
    .filter((f): f is string => f !== undefined);
  return { action, fields };
}

function asPermission(value: number | undefined): DocMdpPermission | undefined {
  return value === 1 || value === 2 || value === 3 ? value : undefined;
}

/** Reads a signature's permissions from its `/Reference` transforms and its field's `/Lock`. */
export function readPermissions(view: PdfView, signature: FoundSignature): SignaturePermissions {
  let certification = false;
  let docMdp: DocMdpPermission | undefined;
  let fieldLock: FieldLock | undefined;
  for (const transform of transforms(view, signature.dict)) {
    if (transform.method === 'DocMDP') {
      certification = true;
      docMdp = asPermission(asInteger(view.deref(transform.params?.entries.get('P')))) ?? 2;
    } else if (transform.method === 'FieldMDP') {
      fieldLock = readLock(view, transform.params) ?? fieldLock;
    }
  }
  if (signature.lock) {
    fieldLock ??= readLock(view, signature.lock);
    const lockP = asPermission(asInteger(view.deref(signature.lock.entries.get('P'))));
    if (lockP !== undefined && (docMdp === undefined || lockP < docMdp)) docMdp = lockP;
  }
  return { certification, ...(docMdp !== undefined ? { docMdp } : {}), ...(fieldLock ? { fieldLock } : {}) };
}

/** True when `lock` covers field `name` (a lock on a parent covers its children). */
export function isLocked(lock: FieldLock, name: string): boolean {
  const listed = lock.fields.some((f) => name === f || name.startsWith(`${f}.`));
  return lock.action === 'All' || (lock.action === 'Include' ? listed : !listed);
}

const LOCKABLE = new Set<Change['kind']>(['form-field-value', 'form-field-appearance', 'field-modified', 'field-removed', 'signature-replaced']);

/** How later changes sit with a signature's permissions. */
export interface ChangeJudgment {
  /** `permitted`: nothing to object to. `unverifiable`: permitted, but the page may show what the signer did not see. `violation`: not permitted. */
  readonly outcome: 'permitted' | 'unverifiable' | 'violation';
  /** The highest level among the changes. */
  readonly level: ChangeLevel;
  /** The changes behind the outcome (violations first, else the unverifiable ones). */
  readonly reasons: readonly Change[];
  /** Permitted changes that still draw over what the page showed (a later signature's appearance): warnings. */
  readonly covering: readonly Change[];
}

/** The highest level a signature's permissions allow. */
export function allowedLevel(permissions: SignaturePermissions): ChangeLevel {
  switch (permissions.docMdp) {
    case 1: return 'validation-data';
    case 2: return 'form-filling';
    case 3: return 'annotations';
    default: return 'annotations';
  }
}

/**
 * Judges `changes` (everything after the signature's revision) whitelist-style:
 * - above the DocMDP level, `other`, a locked field touched, or a new visible signature field
 *   after a certification signature (pyHanko's rule against sneaky signatures): a violation;
 * - an annotation that draws something, or a form value or appearance changed after an approval
 *   signature (no DocMDP grants it): unverifiable, because the page may no longer show what was signed;
 * - the rest (validation data, signatures, form filling a certifier allowed): permitted; a later
 *   signature whose visible appearance covers what the page showed is listed in `covering`, for a warning.
 */
export function judgeChanges(permissions: SignaturePermissions, changes: readonly Change[]): ChangeJudgment {
  const allowed = allowedLevel(permissions);
  const violations: Change[] = [];
  const unverifiable: Change[] = [];
  let level: ChangeLevel = 'none';
  for (const change of changes) {
    if (compareLevels(change.level, level) > 0) level = change.level;
    const lockedField = change.field !== undefined && permissions.fieldLock !== undefined && isLocked(permissions.fieldLock, change.field)
      && LOCKABLE.has(change.kind);
    if (change.level === 'other' || compareLevels(change.level, allowed) > 0 || lockedField
      || (permissions.certification && change.newVisibleSignatureField)) {
      violations.push(change);
      continue;
    }
    const grantedFormFilling = permissions.certification && (permissions.docMdp ?? 2) >= 2;
    if (change.level === 'annotations' && change.visible) unverifiable.push(change);
    else if ((change.kind === 'form-field-value' || change.kind === 'form-field-appearance' || (change.kind === 'form-resources' && change.visible)) && !grantedFormFilling) unverifiable.push(change);
    else if (change.kind === 'signature-field-added' && change.visible) unverifiable.push(change);
  }
  const covering = changes.filter((c) => c.coversContent && !violations.includes(c) && !unverifiable.includes(c));
  if (violations.length > 0) return { outcome: 'violation', level, reasons: violations, covering };
  if (unverifiable.length > 0) return { outcome: 'unverifiable', level, reasons: unverifiable, covering };
  return { outcome: 'permitted', level, reasons: [], covering };
}
