import type { Condition, FormDefinition, FormField, FormStep, IdentifierKind, LocalizedText } from '@egov-kit/core';

/** A text in Vietnamese and English. */
export const lt = (vi: string, en: string): LocalizedText => ({ vi, en });

type Common = { required?: boolean; help?: LocalizedText; showIf?: Condition };

function base(id: string, label: LocalizedText, options: Common) {
  return {
    id, label, required: options.required ?? true,
    ...(options.help ? { help: options.help } : {}),
    ...(options.showIf ? { showIf: options.showIf } : {}),
  };
}

/** Attachments take PDFs and pictures up to 10 MB, at most three files per field. */
const FILE_RULES = { accept: ['application/pdf', 'image/jpeg', 'image/png'], maxSizeBytes: 10 * 1024 * 1024, maxFiles: 3 };

/** Short builders of form fields, so the catalogue reads like the forms it describes. */
export const field = {
  text: (id: string, label: LocalizedText, options: Common & { maxLength?: number; autocomplete?: 'name' | 'street-address'; pattern?: { regex: string; message: LocalizedText } } = {}): FormField => ({
    ...base(id, label, options), kind: 'text',
    ...(options.autocomplete ? { autocomplete: options.autocomplete } : {}),
    validation: { maxLength: options.maxLength ?? 200, ...(options.pattern ? { pattern: options.pattern } : {}) },
  }),
  longText: (id: string, label: LocalizedText, options: Common = {}): FormField => ({ ...base(id, label, options), kind: 'long-text', validation: { maxLength: 2000 } }),
  number: (id: string, label: LocalizedText, min: number, max: number, options: Common & { unit?: LocalizedText; grouping?: false } = {}): FormField => ({
    ...base(id, label, options), kind: 'number', validation: { min, max, integer: true }, ...(options.unit ? { unit: options.unit } : {}),
    ...(options.grouping === false ? { grouping: false } : {}),
  }),
  date: (id: string, label: LocalizedText, options: Common & { notInFuture?: boolean; notInPast?: boolean; minAgeYears?: number } = {}): FormField => ({
    ...base(id, label, options), kind: 'date',
    validation: {
      ...(options.notInFuture ? { notInFuture: true } : {}), ...(options.notInPast ? { notInPast: true } : {}),
      ...(options.minAgeYears !== undefined ? { minAgeYears: options.minAgeYears } : {}),
    },
  }),
  radio: (id: string, label: LocalizedText, options: [string, string, string][], common: Common = {}): FormField => ({
    ...base(id, label, common), kind: 'radio', options: options.map(([value, vi, en]) => ({ value, label: lt(vi, en) })),
  }),
  select: (id: string, label: LocalizedText, options: [string, string, string][], common: Common = {}): FormField => ({
    ...base(id, label, common), kind: 'select', options: options.map(([value, vi, en]) => ({ value, label: lt(vi, en) })),
  }),
  checkboxes: (id: string, label: LocalizedText, options: [string, string, string][], common: Common = {}): FormField => ({
    ...base(id, label, common), kind: 'checkbox-group', options: options.map(([value, vi, en]) => ({ value, label: lt(vi, en) })),
    validation: { minSelected: 1 },
  }),
  identifier: (id: string, label: LocalizedText, identifierKind: IdentifierKind, options: Common = {}): FormField => ({
    ...base(id, label, options), kind: 'identifier', identifierKind,
  }),
  address: (id: string, label: LocalizedText, options: Common = {}): FormField => ({ ...base(id, label, options), kind: 'address' }),
  file: (id: string, label: LocalizedText, options: Common = {}): FormField => ({ ...base(id, label, options), kind: 'file', validation: FILE_RULES }),
};

/** A step of a form. */
export function step(id: string, title: LocalizedText, fields: FormField[], showIf?: Condition): FormStep {
  return { id, title, fields, ...(showIf ? { showIf } : {}) };
}

/** A form definition, version 1, for a procedure. */
export function form(procedureCode: string, id: string, title: LocalizedText, steps: FormStep[]): FormDefinition {
  return { id, version: 1, procedureCode, title, steps };
}

/** The attachments step that almost every form ends with. */
export function attachments(fields: FormField[]): FormStep {
  return step('giay-to', lt('Giấy tờ đính kèm', 'Attachments'), fields);
}
