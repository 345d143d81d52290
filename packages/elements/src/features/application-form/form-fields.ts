/**
 * One form-definition field → the egov-kit element for its kind, with the definition's rules as the
 * element's own (so the person sees most problems as they type); and the element's value → the
 * answer core's `validateAnswers` reads, and back (a restored draft).
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localize, maxFilesOf, type FormField, type Locale } from '@egov-kit/core';
import type { DateParts } from '../../components/date-field/date-field.js';
import type { UploadTransport } from '../../components/file-upload/file-upload.js';
import type { ChoiceOption } from '../../internal/options.js';

/** The element of a field is named `answers.<id>`, as the server's field errors name it. */
export const answerName = (id: string) => `answers.${id}`;

/** What rendering a field needs besides the field. */
export interface FieldContext {
  locale: Locale;
  upload: UploadTransport;
  /** "Đơn vị: {{unit}}" in the page's language. */
  unitHint: (unit: string) => string;
}

function optionsOf(field: { options: { value: string; label: { vi: string; en: string }; help?: { vi: string; en: string } }[] }, locale: Locale): ChoiceOption[] {
  return field.options.map((o) => ({ value: o.value, label: localize(o.label, locale), ...(o.help ? { hint: localize(o.help, locale) } : {}) }));
}

/** The element for `field`. */
export function renderField(field: FormField, context: FieldContext): TemplateResult {
  const { locale } = context;
  const name = answerName(field.id);
  const label = localize(field.label, locale);
  const hint = field.help ? localize(field.help, locale) : '';
  const required = field.required === true;
  switch (field.kind) {
    case 'text':
      return html`<egov-text-field name=${name} label=${label} hint=${hint} ?required=${required} autocomplete=${ifDefined(field.autocomplete)}
        minlength=${ifDefined(field.validation?.minLength)} maxlength=${ifDefined(field.validation?.maxLength)}
        pattern=${ifDefined(field.validation?.pattern?.regex)}
        pattern-message=${ifDefined(field.validation?.pattern ? localize(field.validation.pattern.message, locale) : undefined)}></egov-text-field>`;
    case 'long-text':
      return html`<egov-textarea name=${name} label=${label} hint=${hint} ?required=${required}
        minlength=${ifDefined(field.validation?.minLength)} maxlength=${ifDefined(field.validation?.maxLength)}></egov-textarea>`;
    case 'number': {
      const unit = field.unit ? context.unitHint(localize(field.unit, locale)) : '';
      return html`<egov-number-field name=${name} label=${label} hint=${[hint, unit].filter(Boolean).join(' ')} ?required=${required}
        min=${ifDefined(field.validation?.min)} max=${ifDefined(field.validation?.max)} ?integer=${field.validation?.integer === true}
        ?no-grouping=${field.grouping === false} autocomplete=${ifDefined(field.autocomplete)}></egov-number-field>`;
    }
    case 'date':
      return html`<egov-date-field name=${name} label=${label} hint=${hint} ?required=${required} autocomplete=${ifDefined(field.autocomplete)}
        min=${ifDefined(field.validation?.min)} max=${ifDefined(field.validation?.max)}
        ?not-in-future=${field.validation?.notInFuture === true} ?not-in-past=${field.validation?.notInPast === true}></egov-date-field>`;
    case 'select':
      return html`<egov-select name=${name} label=${label} hint=${hint} ?required=${required} autocomplete=${ifDefined(field.autocomplete)}
        .options=${optionsOf(field, locale)}></egov-select>`;
    case 'radio':
      return html`<egov-radio-group name=${name} label=${label} hint=${hint} ?required=${required} .options=${optionsOf(field, locale)}></egov-radio-group>`;
    case 'checkbox-group':
      return html`<egov-checkbox-group name=${name} label=${label} hint=${hint} ?required=${required} .options=${optionsOf(field, locale)}
        min-selected=${ifDefined(field.validation?.minSelected)} max-selected=${ifDefined(field.validation?.maxSelected)}></egov-checkbox-group>`;
    case 'identifier':
      return html`<egov-identifier-field name=${name} kind=${field.identifierKind} label=${label} hint=${ifDefined(hint || undefined)} ?required=${required}
        autocomplete=${ifDefined(field.autocomplete)}></egov-identifier-field>`;
    case 'address':
      return html`<egov-address-field name=${name} label=${label} hint=${hint} ?required=${required} ?street-optional=${field.streetOptional === true}></egov-address-field>`;
    case 'file': {
      const rules = field.validation;
      const maxFiles = maxFilesOf(field);
      return html`<egov-file-upload name=${name} label=${label} hint=${hint} ?required=${required} .upload=${context.upload}
        accept=${ifDefined(rules?.accept?.join(','))} max-size=${ifDefined(rules?.maxSizeBytes)} ?multiple=${maxFiles > 1}
        max-files=${maxFiles} min-files=${ifDefined(rules?.minFiles)}></egov-file-upload>`;
    }
  }
}

/** An element of a field, as far as reading and writing its value goes. */
type FieldElement = HTMLElement & { value: unknown; valueAsNumber?: number; parts?: DateParts };

/** The answer an element holds now, as core's form engine reads it; `undefined` when empty. */
export function readAnswer(field: FormField, element: FieldElement): unknown {
  const value = element.value;
  switch (field.kind) {
    case 'number': {
      const number = element.valueAsNumber ?? Number.NaN;
      if (Number.isFinite(number)) return number;
      return typeof value === 'string' && value.trim() ? value : undefined;
    }
    case 'checkbox-group':
    case 'file':
      return Array.isArray(value) && value.length > 0 ? value : undefined;
    case 'address': {
      const parts = value as { provinceCode?: string; communeCode?: string; street?: string } | undefined;
      return parts && (parts.provinceCode || parts.communeCode || parts.street?.trim()) ? { ...parts } : undefined;
    }
    default:
      return typeof value === 'string' && value !== '' ? value : undefined;
  }
}

/** Puts a saved answer back into an element (a restored draft). */
export function writeAnswer(field: FormField, element: FieldElement, answer: unknown): void {
  if (answer === undefined) return;
  element.value = field.kind === 'number' ? String(answer) : answer;
}

/** What a date's boxes hold while it is not a whole date yet (the draft keeps it beside the answers); else `undefined`. */
export function readUnfinished(field: FormField, element: FieldElement): DateParts | undefined {
  const parts = element.parts;
  if (field.kind !== 'date' || element.value || !parts) return undefined;
  return parts.day || parts.month || parts.year ? { ...parts } : undefined;
}

/** Puts an unfinished date back into its boxes. */
export function writeUnfinished(field: FormField, element: FieldElement, parts: DateParts | undefined): void {
  if (field.kind === 'date' && parts) element.parts = { ...parts };
}
