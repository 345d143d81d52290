/**
 * The elements a step needs, loaded when a step first needs them: a page whose first step asks
 * for names and numbers does not load the address picker, the date field or the uploader before
 * the person reaches a step that has one.
 */
import type { FormField } from '@egov-kit/core';

type Kind = FormField['kind'] | 'summary';

/** The tag and the define entry of each field kind (and of the check page's summary list). */
const ELEMENTS: Record<Kind, [tag: string, load: () => Promise<unknown>]> = {
  text: ['egov-text-field', () => import('../../define/text-field.js')],
  'long-text': ['egov-textarea', () => import('../../define/textarea.js')],
  number: ['egov-number-field', () => import('../../define/number-field.js')],
  date: ['egov-date-field', () => import('../../define/date-field.js')],
  select: ['egov-select', () => import('../../define/select.js')],
  radio: ['egov-radio-group', () => import('../../define/radio-group.js')],
  'checkbox-group': ['egov-checkbox-group', () => import('../../define/checkbox-group.js')],
  identifier: ['egov-identifier-field', () => import('../../define/identifier-field.js')],
  address: ['egov-address-field', () => import('../../define/address-field.js')],
  file: ['egov-file-upload', () => import('../../define/file-upload.js')],
  summary: ['egov-summary-list', () => import('../../define/summary-list.js')],
};

/**
 * Loads the elements of `kinds` not defined yet; `undefined` when all are (render now), else a
 * promise that settles once they are (render then).
 */
export function elementsFor(kinds: Iterable<Kind>): Promise<unknown> | undefined {
  const missing = [...new Set(kinds)].map((kind) => ELEMENTS[kind]).filter(([tag]) => !customElements.get(tag));
  return missing.length === 0 ? undefined : Promise.all(missing.map(([, load]) => load()));
}
