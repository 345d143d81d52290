/**
 * Whitelist classification of one revision's changes, after pyHanko's diff policy: every added,
 * modified or removed object must be explained by a rule (the security store, a signature, a form
 * value, an annotation…); whatever no rule explains counts as `other`.
 */
import * as asn1js from 'asn1js';
import { hasArea, listFields, type FormField } from '../pdf/acroform.js';
import { drawsNothing } from '../pdf/annotations.js';
import type { PdfView } from '../pdf/document.js';
import { decodeStream } from '../pdf/filters.js';
import { asArray, asDict, asInteger, asName, asRef, asStream, asString, type PdfDict, type PdfValue } from '../pdf/objects.js';
import { listPages } from '../pdf/pages.js';
import { diffViews, sameValue, type ObjectChange } from './diff.js';
import { maxLevel, type Change, type ChangeKind, type ChangeLevel } from './types.js';
import { parseDer } from '../x509/der.js';
import { usedObjects } from './uses.js';
import { findAmbiguities, newGenerationMismatches } from './ambiguity.js';
import { coveredPage } from './covering.js';
import type { RevisionBody } from '../pdf/revision-body.js';

const MAX_CLAIM_NODES = 20_000;
const DSS_KEYS = new Set(['Type', 'Certs', 'CRLs', 'OCSPs', 'VRI']);
/** Trailer (and cross-reference stream dictionary) keys that only say where the structure is. */
const TRAILER_STRUCTURE = new Set(['Size', 'Prev', 'XRefStm', 'ID', 'DocChecksum', 'Type', 'W', 'Index', 'Length', 'Filter', 'DecodeParms']);

const isDictionary = (value: PdfValue) => asDict(value) !== undefined && !asStream(value);
const isArray = (value: PdfValue) => asArray(value) !== undefined;
const isDss = (value: PdfValue) => isDictionary(value) && [...asDict(value)!.entries.keys()].every((k) => DSS_KEYS.has(k));
const isXmlMetadata = (value: PdfValue) => {
  const dict = asStream(value)?.dict;
  return asName(dict?.entries.get('Type')) === 'Metadata' && asName(dict?.entries.get('Subtype')) === 'XML';
};

/** True when `bytes` hold one SEQUENCE (a certificate, CRL, OCSP response, token), perhaps followed by whitespace. */
function isDerSequence(bytes: Uint8Array): boolean {
  const parsed = parseDer(bytes);
  return parsed?.result instanceof asn1js.Sequence && bytes.subarray(parsed.length).every((b) => b === 0x0a || b === 0x0d || b === 0x20);
}

/** The object streams that hold objects of `view`. */
function objectStreams(view: PdfView): Set<number> {
  const streams = new Set<number>();
  for (const num of view.objectNumbers()) {
    const entry = view.entry(num)?.entry;
    if (entry?.type === 'compressed') streams.add(entry.stream);
  }
  return streams;
}

class Classifier {
  readonly changes: Change[] = [];
  /** Objects that pages draw with: content streams and resources, by object number. */
  private readonly pageUses = new Map<number, { page: number; role: 'content' | 'resources' }>();
  private readonly bytes: Uint8Array;
  /** Set when the walk for {@link usedElsewhere} stopped at a limit. */
  incomplete = false;

  constructor(
    readonly older: PdfView,
    readonly newer: PdfView,
    readonly pending: Map<number, ObjectChange>,
  ) {
    this.bytes = newer.file.bytes;
  }

  add(level: ChangeLevel, kind: ChangeKind, objects: number[], extra: Partial<Omit<Change, 'level' | 'kind' | 'objects'>> = {}): Change {
    const change: Change = { level, kind, objects, ...extra };
    this.changes.push(change);
    return change;
  }

  /** Takes `num` off the pending list, recording it on `change`. */
  claim(num: number | undefined, change: Change): void {
    if (num === undefined || !this.pending.has(num)) return;
    this.pending.delete(num);
    if (!change.objects.includes(num)) change.objects.push(num);
  }

  /**
   * Claims the objects newly added in this revision that `value` reaches (an appearance stream's
   * fonts and images, a signature dictionary's references). Modified older objects are not
   * claimed: they need a rule of their own. With `exceptUsed`, neither are objects the document
   * uses elsewhere (for validation data, which nothing else may use).
   */
  claimAdded(value: PdfValue | undefined, change: Change, exceptUsed = false): void {
    const stack: PdfValue[] = value === undefined ? [] : [value];
    let visited = 0;
    while (stack.length > 0 && visited++ < MAX_CLAIM_NODES) {
      const current = stack.pop()!;
      if (current === null || typeof current !== 'object') continue;
      switch (current.kind) {
        case 'ref':
          if (this.pending.get(current.num) === 'added' && !this.referencedBefore(current.num) && !(exceptUsed && this.usedElsewhere(current.num))) {
            this.claim(current.num, change);
            stack.push(this.newer.resolve(current.num));
          }
          break;
        case 'array':
          stack.push(...current.items);
          break;
        case 'dict':
          stack.push(...current.entries.values());
          break;
        case 'stream':
          stack.push(current.dict);
          break;
        default:
          break;
      }
    }
  }

  /**
   * True when the older revision already referred to `num` (then nothing): an object that arrives
   * later changes what that reference draws, whatever else it claims to be.
   */
  referencedBefore(num: number): boolean {
    const older = usedObjects(this.older);
    if (!older.complete) this.incomplete = true;
    return older.objects.has(num);
  }

  /** True when a page, annotation, form field or anything else the older or newer catalog reaches uses `num`. */
  usedElsewhere(num: number): boolean {
    const older = usedObjects(this.older);
    const newer = usedObjects(this.newer);
    if (!older.complete || !newer.complete) this.incomplete = true;
    return older.objects.has(num) || newer.objects.has(num);
  }

  /**
   * Claims the object `value` refers to as validation data when it has the expected shape and
   * nothing else uses it. Returns the value to look into, or `undefined` when refused.
   */
  validationData(value: PdfValue | undefined, change: Change, shape: (value: PdfValue) => boolean): PdfValue | undefined {
    const resolved = this.newer.deref(value);
    const num = asRef(value)?.num;
    if (resolved === undefined || !shape(resolved) || (num !== undefined && this.usedElsewhere(num))) return undefined;
    this.claim(num, change);
    const stream = asStream(resolved);
    if (stream) this.claimAdded(stream.dict, change, true); // an indirect /Length
    return resolved;
  }

  /** A stream holding one DER value. */
  readonly isDer = (value: PdfValue): boolean => {
    const stream = asStream(value);
    const file = this.newer.file;
    const decoded = stream && decodeStream(file.bytes, stream, Math.max(0, file.decodeAllowance.remaining));
    if (!decoded) return false;
    file.decodeAllowance.remaining -= decoded.bytes.length;
    return decoded.complete && isDerSequence(decoded.bytes);
  };

  same(a: PdfValue | undefined, b: PdfValue | undefined): boolean {
    return sameValue(a, b, this.bytes);
  }

  /** Keys whose values differ between two dictionaries. */
  changedKeys(a: PdfDict | undefined, b: PdfDict | undefined): string[] {
    const keys = new Set([...(a?.entries.keys() ?? []), ...(b?.entries.keys() ?? [])]);
    return [...keys].filter((key) => !this.same(a?.entries.get(key), b?.entries.get(key)));
  }

  /**
   * What readers may read differently in the newer revision, before any rule can explain it
   * (`findAmbiguities`): each is `other`, and its objects are claimed so that no rule passes them off.
   */
  ambiguity(listed: ReadonlySet<number>, body: RevisionBody | undefined): void {
    this.older.checkEntries();
    this.newer.checkEntries();
    for (const [reason, objects] of findAmbiguities(this.older, this.newer, listed, body)) this.ambiguous(reason, objects);
  }

  /** References that name an object with another generation than it has, new in this revision. */
  generations(): void {
    const fresh = newGenerationMismatches(this.older, this.newer);
    if (fresh.length > 0) this.ambiguous('generation', fresh);
  }

  private readonly ambiguities = new Map<string, Change>();

  private ambiguous(reason: string, objects: number[]): void {
    let change = this.ambiguities.get(reason);
    if (!change) {
      change = this.add('other', 'object-ambiguous', [], { detail: reason, visible: true });
      this.ambiguities.set(reason, change);
    }
    for (const num of objects) {
      this.pending.delete(num);
      if (change.objects.length < 100 && !change.objects.includes(num)) change.objects.push(num);
    }
  }

  /** Cross-reference streams where the chain reads them and object streams that hold objects: any other stream may be drawn. */
  structural(): void {
    let containers: Set<number> | undefined;
    for (const [num, change] of [...this.pending]) {
      if (change === 'removed') continue;
      const type = asName(asStream(this.newer.resolve(num))?.dict.entries.get('Type'));
      if (type !== 'XRef' && type !== 'ObjStm') continue;
      const before = change === 'modified' ? asName(asStream(this.older.resolve(num))?.dict.entries.get('Type')) : type;
      if (before !== type) continue;
      const genuine = type === 'XRef' ? this.isCrossReferenceSection(num) : (containers ??= objectStreams(this.newer)).has(num);
      if (genuine && !this.usedElsewhere(num)) this.claim(num, this.add('none', 'structure', []));
    }
  }

  private isCrossReferenceSection(num: number): boolean {
    const location = this.newer.location(num);
    if (location?.type !== 'file') return false;
    return this.newer.chain.some((section) => (section.kind === 'stream' && section.offset === location.offset)
      || asInteger(section.trailer.entries.get('XRefStm')) === location.offset);
  }

  /**
   * The newest trailer against the older one, key by key: a new `/Root` (even to a catalog the
   * signed revision held unreferenced) or `/Encrypt` changes what readers open; `/Info` is
   * metadata; the cross-reference keys are structure; anything else is not explained.
   */
  trailer(): void {
    const oldTrailer = this.older.chain[0]?.trailer;
    const newTrailer = this.newer.chain[0]?.trailer;
    const keys = new Set([...(oldTrailer?.entries.keys() ?? []), ...(newTrailer?.entries.keys() ?? [])]);
    for (const key of keys) {
      if (TRAILER_STRUCTURE.has(key)) continue;
      const before = this.older.trailerValue(key);
      const after = this.newer.trailerValue(key);
      if (key === 'Info') {
        const infoNum = asRef(after)?.num;
        if (this.same(before, after) && (infoNum === undefined || !this.pending.has(infoNum))) continue;
        const change = this.add('validation-data', 'metadata', [], { detail: 'Info' });
        this.claimAdded(this.validationData(after, change, isDictionary), change, true);
      } else if (!this.same(before, after)) {
        if (key === 'Root' || key === 'Encrypt') this.add('other', 'catalog-modified', asRef(after) ? [asRef(after)!.num] : [], { detail: key, visible: true });
        else this.add('other', 'trailer-modified', [], { detail: key });
      }
    }
  }

  catalog(): void {
    const rootNum = asRef(this.newer.trailerValue('Root'))?.num;
    const oldCatalog = this.older.catalog;
    const newCatalog = this.newer.catalog;
    const keys = this.changedKeys(oldCatalog, newCatalog);
    const catalogChange = this.add('none', 'structure', []);
    this.claim(rootNum, catalogChange);
    for (const key of keys) {
      switch (key) {
        case 'DSS':
          break; // judged below with the DSS itself
        case 'AcroForm':
          break; // judged with the form
        case 'Metadata':
          this.validationData(newCatalog?.entries.get('Metadata'), this.add('validation-data', 'metadata', [], { detail: 'Metadata' }), isXmlMetadata);
          break;
        case 'Extensions':
        case 'Version': {
          const change = this.add('validation-data', 'structure', [], { detail: key });
          this.claimAdded(newCatalog?.entries.get(key), change, true);
          break;
        }
        case 'Perms':
          this.add('other', 'permissions-modified', [], { detail: key });
          break;
        default:
          this.add('other', 'catalog-modified', [], { detail: key });
      }
    }
    // The metadata stream rewritten without the catalog changing.
    const metadata = newCatalog?.entries.get('Metadata');
    const metadataNum = asRef(metadata)?.num;
    if (!keys.includes('Metadata') && metadataNum !== undefined && this.pending.get(metadataNum) === 'modified') {
      this.validationData(metadata, this.add('validation-data', 'metadata', [], { detail: 'Metadata' }), isXmlMetadata);
    }
    this.dss(oldCatalog, newCatalog);
  }

  dss(oldCatalog: PdfDict | undefined, newCatalog: PdfDict | undefined): void {
    const newValue = newCatalog?.entries.get('DSS');
    const oldValue = oldCatalog?.entries.get('DSS');
    const dssNum = asRef(newValue)?.num;
    if (this.same(oldValue, newValue) && (dssNum === undefined || !this.pending.has(dssNum))) return;
    if (newValue === undefined) {
      this.add('other', 'catalog-modified', [], { detail: 'DSS' });
      return;
    }
    const change = this.add('validation-data', 'dss', []);
    const dss = asDict(this.validationData(newValue, change, isDss));
    if (!dss) {
      this.add('other', 'catalog-modified', [], { detail: 'DSS' });
      return;
    }
    for (const key of ['Certs', 'CRLs', 'OCSPs']) this.derArray(dss.entries.get(key), change);
    const vri = asDict(this.validationData(dss.entries.get('VRI'), change, isDictionary));
    for (const entry of vri?.entries.values() ?? []) {
      const dict = asDict(this.validationData(entry, change, isDictionary));
      for (const key of ['Cert', 'CRL', 'OCSP']) this.derArray(dict?.entries.get(key), change);
      this.validationData(dict?.entries.get('TS'), change, this.isDer);
    }
  }

  /** A DSS array of DER streams: the array and its members may be new or rewritten objects. */
  private derArray(value: PdfValue | undefined, change: Change): void {
    for (const item of asArray(this.validationData(value, change, isArray)) ?? []) this.validationData(item, change, this.isDer);
  }

  form(): { newSignatureWidgets: Set<number>; fieldWidgets: Set<number> } {
    const newSignatureWidgets = new Set<number>();
    const fieldWidgets = new Set<number>();
    const oldAcro = asDict(this.older.get(this.older.catalog, 'AcroForm'));
    const newAcro = asDict(this.newer.get(this.newer.catalog, 'AcroForm'));
    const acroNum = asRef(this.newer.catalog?.entries.get('AcroForm'))?.num;
    const formChange = this.add('none', 'structure', []);
    this.claim(acroNum, formChange);
    for (const key of this.changedKeys(oldAcro, newAcro)) {
      if (key === 'Fields') {
        const fieldsNum = asRef(newAcro?.entries.get('Fields'))?.num;
        this.claim(fieldsNum, formChange);
      } else if (key === 'SigFlags') {
        continue;
      } else if (key === 'DA' || key === 'DR' || key === 'NeedAppearances') {
        // Default resources only matter when appearances are regenerated; NeedAppearances asks for that.
        const change = this.add('form-filling', 'form-resources', [], { detail: key, visible: key === 'NeedAppearances' });
        this.claimAdded(newAcro?.entries.get(key), change);
      } else {
        this.add('other', 'catalog-modified', [], { detail: `AcroForm.${key}` });
      }
    }
    const fieldsNum = asRef(newAcro?.entries.get('Fields'))?.num;
    if (fieldsNum !== undefined && this.pending.get(fieldsNum) === 'modified') this.claim(fieldsNum, formChange);

    const oldFields = new Map(listFields(this.older).map((f) => [f.name, f]));
    const newFields = listFields(this.newer);
    for (const field of newFields) for (const w of field.widgets) if (w.num !== undefined) fieldWidgets.add(w.num);
    const newNames = new Set(newFields.map((f) => f.name));
    for (const [name, field] of oldFields) {
      if (!newNames.has(name)) this.add('other', 'field-removed', field.num !== undefined ? [field.num] : [], { field: name });
    }
    for (const field of newFields) {
      const old = oldFields.get(field.name);
      if (!old) this.newField(field, newSignatureWidgets);
      else this.existingField(old, field);
    }
    return { newSignatureWidgets, fieldWidgets };
  }

  private signatureKind(value: PdfValue | undefined): { level: ChangeLevel; kind: ChangeKind } {
    const dict = asDict(this.newer.deref(value));
    return asName(dict?.entries.get('Type')) === 'DocTimeStamp'
      ? { level: 'validation-data', kind: 'document-timestamp' }
      : { level: 'form-filling', kind: 'signature' };
  }

  private newField(field: FormField, newSignatureWidgets: Set<number>): void {
    if (field.type !== 'Sig') {
      const change = this.add('other', 'field-added', [], { field: field.name, visible: true });
      for (const num of field.objects) this.claim(num, change);
      return;
    }
    const visible = field.widgets.some((w) => hasArea(this.newer, w.dict));
    const covering = visible ? coveredPage(this.older, this.newer, field) : undefined;
    const extra = { field: field.name, visible, newVisibleSignatureField: visible, ...(covering ? { page: covering, coversContent: true } : {}) };
    let change: Change;
    if (field.value !== undefined && field.value !== null) {
      const { level, kind } = this.signatureKind(field.value);
      change = this.add(visible ? maxLevel(level, 'form-filling') : level, kind, [], extra);
    } else {
      change = this.add(visible ? 'form-filling' : 'validation-data', 'signature-field-added', [], extra);
    }
    for (const num of field.objects) this.claim(num, change);
    for (const widget of field.widgets) if (widget.num !== undefined) newSignatureWidgets.add(widget.num);
    this.claimAdded(field.dict, change);
    for (const widget of field.widgets) this.claimAdded(widget.dict, change);
  }

  private existingField(old: FormField, field: FormField): void {
    const touched = field.objects.some((num) => this.pending.has(num)) || !this.same(old.dict, field.dict);
    if (!touched) return;
    const valueKeys = new Set(['V']);
    const appearanceKeys = new Set(['AP', 'AS', 'MK']);
    const keys = this.changedKeys(old.dict, field.dict);
    const widgetKeys: string[] = [];
    const oldWidgets = new Map(old.widgets.map((w) => [w.num, w.dict]));
    for (const widget of field.widgets) {
      if (widget.num === undefined || widget.num === field.num) continue;
      widgetKeys.push(...this.changedKeys(oldWidgets.get(widget.num), widget.dict));
    }
    const oldValue = old.dict.entries.get('V');
    const newValue = field.dict.entries.get('V');
    const changes: Change[] = [];
    if (keys.includes('V')) {
      if (field.type === 'Sig') {
        if (oldValue === undefined || oldValue === null) {
          const { level, kind } = this.signatureKind(newValue);
          changes.push(this.add(level, kind, [], { field: field.name, visible: field.widgets.some((w) => hasArea(this.newer, w.dict)) }));
        } else {
          changes.push(this.add('other', 'signature-replaced', [], { field: field.name }));
        }
      } else {
        changes.push(this.add('form-filling', 'form-field-value', [], { field: field.name, visible: true, replacesValue: hasValue(this.older, oldValue) }));
      }
    }
    const appearance = [...keys, ...widgetKeys].filter((k) => appearanceKeys.has(k));
    if (appearance.length > 0 && !keys.includes('V')) {
      changes.push(this.add('form-filling', 'form-field-appearance', [], { field: field.name, visible: true, detail: appearance.join(',') }));
    }
    const others = [...keys, ...widgetKeys].filter((k) => !valueKeys.has(k) && !appearanceKeys.has(k));
    if (others.length > 0) changes.push(this.add('other', 'field-modified', [], { field: field.name, detail: [...new Set(others)].join(',') }));
    const main = changes[0] ?? this.add('none', 'structure', [], { field: field.name });
    for (const num of field.objects) this.claim(num, main);
    for (const change of changes) {
      this.claimAdded(field.dict.entries.get('V'), change);
      this.claimAdded(field.dict.entries.get('AP'), change);
      this.claimAdded(field.dict.entries.get('MK'), change);
      for (const widget of field.widgets) {
        this.claimAdded(widget.dict.entries.get('AP'), change);
        this.claimAdded(widget.dict.entries.get('MK'), change);
      }
    }
  }

  pages(newSignatureWidgets: Set<number>, fieldWidgets: Set<number>): void {
    const before = listPages(this.older);
    const after = listPages(this.newer);
    const structure = this.add('none', 'structure', []);
    const pagesChanged = before.pages.length !== after.pages.length || before.pages.some((p, i) => p.num !== after.pages[i]?.num);
    if (pagesChanged) {
      const change = this.add('other', 'pages-changed', [], { detail: `${before.pages.length}→${after.pages.length}`, visible: true });
      for (const num of after.nodes) this.claim(num, change);
    } else {
      for (const num of after.nodes) {
        if (!this.pending.has(num)) continue;
        const keys = this.changedKeys(asDict(this.older.resolve(num)), asDict(this.newer.resolve(num)));
        if (keys.length === 0) this.claim(num, structure);
        else this.claim(num, this.add('other', 'pages-changed', [], { detail: keys.join(','), visible: true }));
      }
    }
    for (const page of after.pages) this.recordPageUses(page.number, page.dict);
    after.pages.forEach((page, i) => {
      const old = before.pages[i];
      if (!old || old.num !== page.num) return;
      const touched = (page.num !== undefined && this.pending.has(page.num)) || (page.annotsArray !== undefined && this.pending.has(page.annotsArray));
      if (!touched) {
        this.annotationEdits(page.number, old.annotations, page.annotations, newSignatureWidgets, fieldWidgets);
        return;
      }
      const keys = this.changedKeys(old.dict, page.dict).filter((k) => k !== 'Annots');
      const pageChange = keys.length > 0
        ? this.add('other', 'page-modified', [], { page: page.number, detail: keys.join(','), visible: true })
        : structure;
      this.claim(page.num, pageChange);
      this.claim(page.annotsArray, pageChange);
      this.annotationEdits(page.number, old.annotations, page.annotations, newSignatureWidgets, fieldWidgets);
    });
  }

  /** Notes which objects a page draws with, to name them when they change. */
  private recordPageUses(page: number, dict: PdfDict): void {
    const contents = dict.entries.get('Contents');
    for (const item of [contents, ...(asArray(this.newer.deref(contents)) ?? [])]) {
      const num = asRef(item)?.num;
      if (num !== undefined && !this.pageUses.has(num)) this.pageUses.set(num, { page, role: 'content' });
    }
    const stack: { value: PdfValue | undefined; depth: number }[] = [{ value: dict.entries.get('Resources'), depth: 0 }];
    let visited = 0;
    while (stack.length > 0 && visited++ < 2000) {
      const { value, depth } = stack.pop()!;
      const ref = asRef(value);
      if (ref) {
        if (this.pageUses.has(ref.num)) continue;
        this.pageUses.set(ref.num, { page, role: 'resources' });
      }
      if (depth > 4) continue;
      const resolved = this.newer.deref(value);
      const d = asDict(resolved);
      if (d) for (const v of d.entries.values()) stack.push({ value: v, depth: depth + 1 });
      for (const v of asArray(resolved) ?? []) stack.push({ value: v, depth: depth + 1 });
    }
  }

  private annotationEdits(page: number, before: readonly number[], after: readonly number[], newSignatureWidgets: Set<number>, fieldWidgets: Set<number>): void {
    const oldSet = new Set(before);
    const newSet = new Set(after);
    for (const num of after) {
      const dict = asDict(this.newer.resolve(num));
      const subtype = asName(dict?.entries.get('Subtype')) ?? 'unknown';
      if (!oldSet.has(num)) {
        if (newSignatureWidgets.has(num)) continue;
        if (subtype === 'Widget') {
          this.claim(num, this.add('other', 'field-modified', [], { page, detail: fieldWidgets.has(num) ? 'widget-added' : 'orphan-widget', visible: true }));
          continue;
        }
        const visible = !dict || !drawsNothing(this.newer, dict);
        const change = this.add('annotations', 'annotation-added', [], { page, detail: subtype, visible });
        this.claim(num, change);
        this.claimAdded(dict, change);
      } else if (this.pending.get(num) === 'modified') {
        if (subtype === 'Widget') continue; // fields judge their own widgets; an unclaimed one ends as "other"
        const change = this.add('annotations', 'annotation-modified', [], { page, detail: subtype, visible: true });
        this.claim(num, change);
        this.claimAdded(dict, change);
      }
    }
    for (const num of before) {
      if (newSet.has(num)) continue;
      const subtype = asName(asDict(this.older.resolve(num))?.entries.get('Subtype')) ?? 'unknown';
      if (subtype === 'Widget') this.add('other', 'field-modified', [num], { page, detail: 'widget-removed', visible: true });
      else this.add('annotations', 'annotation-removed', [num], { page, detail: subtype, visible: true });
      if (this.pending.get(num) === 'removed') this.pending.delete(num);
    }
  }

  leftovers(): void {
    const groups: Record<ObjectChange, number[]> = { added: [], modified: [], removed: [] };
    for (const [num, change] of this.pending) {
      const filled = change === 'added' && this.referencedBefore(num);
      const use = change === 'modified' || filled ? this.pageUses.get(num) : undefined;
      if (use) this.add('other', 'page-modified', [num], { page: use.page, detail: use.role, visible: true });
      else if (filled) this.add('other', 'object-added', [num], { detail: 'dangling-reference', visible: true });
      else groups[change].push(num);
    }
    if (groups.modified.length > 0) this.add('other', 'object-modified', groups.modified.slice(0, 100), { visible: true });
    if (groups.added.length > 0) this.add('other', 'object-added', groups.added.slice(0, 100), { visible: true });
    if (groups.removed.length > 0) this.add('other', 'object-removed', groups.removed.slice(0, 100), { visible: true });
    this.pending.clear();
  }
}

function hasValue(view: PdfView, value: PdfValue | undefined): boolean {
  const v = view.deref(value);
  if (v === undefined || v === null) return false;
  const text = asString(v);
  if (text) return text.bytes.length > 0;
  const name = asName(v);
  if (name !== undefined) return name !== 'Off';
  const items = asArray(v);
  if (items) return items.length > 0;
  return true;
}

/**
 * Classifies what `newer` changed relative to `older`. Changes of level `none` are left out.
 * `body` is what a strict reading of the newer revision's bytes found (see `readRevisionBody`).
 */
export function classifyRevision(older: PdfView, newer: PdfView, body?: RevisionBody): Change[] {
  const { changes, complete, listed } = diffViews(older, newer);
  const classifier = new Classifier(older, newer, changes);
  classifier.ambiguity(listed, body);
  classifier.structural();
  classifier.trailer();
  classifier.catalog();
  const { newSignatureWidgets, fieldWidgets } = classifier.form();
  classifier.pages(newSignatureWidgets, fieldWidgets);
  classifier.generations();
  classifier.leftovers();
  // Last: reading everything above may have found cross-reference entries that point elsewhere.
  // Damage the older revision already had is its own signatures' concern.
  if (newer.damaged && !older.damaged) classifier.add('other', 'structure-damaged', [], { visible: true });
  const result = classifier.changes.filter((c) => c.level !== 'none');
  if (!complete || newer.file.exhausted || classifier.incomplete) result.push({ level: 'other', kind: 'analysis-incomplete', objects: [] });
  return result;
}
