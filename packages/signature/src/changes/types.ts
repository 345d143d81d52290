/** The vocabulary of modification analysis, after pyHanko's ModificationLevel. */

/** How far a change goes, from harmless to anything. Ordered. */
export const CHANGE_LEVELS = ['none', 'validation-data', 'form-filling', 'annotations', 'other'] as const;
/**
 * - `none`: nothing a reader sees (cross-reference and object streams, an identical rewrite);
 * - `validation-data`: the document security store, document timestamps, metadata;
 * - `form-filling`: signing signature fields, filling form fields;
 * - `annotations`: adding, changing or removing annotations;
 * - `other`: anything else (page content, fonts, resources, pages, catalog entries, unexplained objects).
 */
export type ChangeLevel = (typeof CHANGE_LEVELS)[number];

/** Orders change levels: negative when `a` is below `b`. */
export function compareLevels(a: ChangeLevel, b: ChangeLevel): number {
  return CHANGE_LEVELS.indexOf(a) - CHANGE_LEVELS.indexOf(b);
}

/** The higher of two levels. */
export function maxLevel(a: ChangeLevel, b: ChangeLevel): ChangeLevel {
  return compareLevels(a, b) >= 0 ? a : b;
}

/** What kind of change was found. Each kind has one level, except where noted. */
export type ChangeKind =
  // none
  | 'structure'
  // validation-data
  | 'dss' | 'document-timestamp' | 'metadata' | 'signature-field-added'
  // form-filling
  | 'signature' | 'form-field-value' | 'form-field-appearance' | 'form-resources'
  // annotations
  | 'annotation-added' | 'annotation-modified' | 'annotation-removed'
  // other
  | 'page-modified' | 'pages-changed' | 'catalog-modified' | 'permissions-modified' | 'field-added' | 'field-removed'
  | 'field-modified' | 'signature-replaced' | 'object-modified' | 'object-added' | 'object-removed'
  | 'unexplained-bytes' | 'analysis-incomplete'
  // other: what readers may read differently (`detail` says how), a structure that needs repair,
  // a trailer entry nothing explains; and, for a signature whose digest does not match, the
  // signed bytes themselves
  | 'object-ambiguous' | 'structure-damaged' | 'trailer-modified' | 'signed-content-altered';

/** One change found in a revision. */
export interface Change {
  readonly level: ChangeLevel;
  readonly kind: ChangeKind;
  /** Object numbers involved. */
  readonly objects: number[];
  /** The form field concerned, fully qualified. */
  readonly field?: string;
  /** The page concerned (1-based). */
  readonly page?: number;
  /**
   * Annotation subtype (`FreeText`, `Stamp`…), the catalog or trailer key for `catalog-modified`
   * and `trailer-modified`, or for `object-ambiguous` what readers may read differently (a
   * `Quirk` code, `stray-bytes`, or `xref:` and a quirk of the cross-reference data or trailer).
   */
  readonly detail?: string;
  /** True when the change can alter what a page shows. */
  readonly visible?: boolean;
  /** For form values: true when a value the signer saw was replaced (not an empty field filled). */
  readonly replacesValue?: boolean;
  /** True for a signature field created with a visible widget. */
  readonly newVisibleSignatureField?: boolean;
  /** True when a new visible widget is drawn over what the page showed before it (text, images, earlier annotations). */
  readonly coversContent?: boolean;
}

/** The changes one revision made, compared with the revision before it. */
export interface RevisionChanges {
  /** Index of the revision (0 is the original document). */
  readonly revision: number;
  readonly level: ChangeLevel;
  readonly changes: readonly Change[];
}
