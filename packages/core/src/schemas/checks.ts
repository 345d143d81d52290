import { formatIsoDate, parseIsoDate, toDayNumber, type CivilDate } from '../dates.js';
import { validateIdentifier } from '../identifiers/index.js';
import type { LocalizedText } from '../locale.js';
import { formatDate, toNfc } from '../text/index.js';
import type { FieldKind, FormFieldOf } from './fields.js';
import { maxFilesOf, megabytes } from './file-rules.js';

/** Why an answer is not accepted: a full message key, its parameters, and a form-specific text if the definition gives one. */
export interface AnswerProblem {
  messageKey: string;
  params: Record<string, string | number>;
  /** The definition's own text (a pattern's message), shown instead of the key's text. */
  message?: LocalizedText;
}

/** An administrative unit by its code, as far as an address check needs it. */
export type UnitLookup = (code: string) => { level: string; provinceCode: string } | undefined;

/** What checks need besides the answer. */
export interface CheckContext {
  today: CivilDate;
  /** The current units; when given, an address's codes must be a province and one of its communes. */
  units?: UnitLookup;
}

type Check<K extends FieldKind> = (field: FormFieldOf<K>, answer: unknown, context: CheckContext) => AnswerProblem | undefined;

function problem(reason: string, params: Record<string, string | number> = {}): AnswerProblem {
  return { messageKey: `form.error.${reason}`, params };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkText(field: FormFieldOf<'text' | 'long-text'>, answer: unknown): AnswerProblem | undefined {
  if (typeof answer !== 'string') return problem('wrong-type');
  const text = toNfc(answer.trim());
  const length = [...text].length;
  const rules = field.validation;
  if (rules?.minLength !== undefined && length < rules.minLength) return problem('too-short', { min: rules.minLength, length });
  if (rules?.maxLength !== undefined && length > rules.maxLength) return problem('too-long', { max: rules.maxLength, length });
  if (rules?.pattern && !new RegExp(`^(?:${rules.pattern.regex})$`, 'u').test(text)) {
    return { ...problem('pattern'), message: rules.pattern.message };
  }
  return undefined;
}

/** Decimal text with a `.` point and an optional exponent: what a number answer may be written as. */
export const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A number answer: a finite number, or its decimal text with a `.` point (the number element converts local input). */
function numberOf(answer: unknown): number | undefined {
  if (typeof answer === 'number') return Number.isFinite(answer) ? answer : undefined;
  if (typeof answer === 'string' && DECIMAL.test(answer.trim())) {
    const value = Number(answer.trim());
    return Number.isFinite(value) ? value : undefined;
  }
  return undefined;
}

const checkNumber: Check<'number'> = (field, answer) => {
  const value = numberOf(answer);
  if (value === undefined) return problem('not-a-number');
  const rules = field.validation;
  if (rules?.integer && !Number.isInteger(value)) return problem('not-an-integer');
  if (rules?.min !== undefined && value < rules.min) return problem('below-min', { min: rules.min });
  if (rules?.max !== undefined && value > rules.max) return problem('above-max', { max: rules.max });
  return undefined;
};

/** Full years from `birth` to `today`; someone born on 29 February turns a year older on 1 March in common years. */
function ageOn(birth: CivilDate, today: CivilDate): number {
  const hadBirthday = today.month > birth.month || (today.month === birth.month && today.day >= birth.day);
  return today.year - birth.year - (hadBirthday ? 0 : 1);
}

const checkDate: Check<'date'> = (field, answer, { today }) => {
  const date = typeof answer === 'string' ? parseIsoDate(answer.trim()) : undefined;
  if (!date) return problem('invalid-date');
  const day = toDayNumber(date);
  const todayNumber = toDayNumber(today);
  const rules = field.validation;
  if (rules?.notInFuture && day > todayNumber) return problem('date-in-future', { today: formatDate(today) });
  if (rules?.notInPast && day < todayNumber) return problem('date-in-past', { today: formatDate(today) });
  if (rules?.min !== undefined && formatIsoDate(date) < rules.min) return problem('date-before-min', { min: formatDate(rules.min) });
  if (rules?.max !== undefined && formatIsoDate(date) > rules.max) return problem('date-after-max', { max: formatDate(rules.max) });
  const age = ageOn(date, today);
  if (rules?.minAgeYears !== undefined && age < rules.minAgeYears) return problem('age-below-min', { minAge: rules.minAgeYears });
  if (rules?.maxAgeYears !== undefined && age > rules.maxAgeYears) return problem('age-above-max', { maxAge: rules.maxAgeYears });
  return undefined;
};

function checkChoice(field: FormFieldOf<'select' | 'radio'>, answer: unknown): AnswerProblem | undefined {
  return typeof answer === 'string' && field.options.some((o) => o.value === answer) ? undefined : problem('invalid-option');
}

const checkCheckboxGroup: Check<'checkbox-group'> = (field, answer) => {
  const values = field.options.map((o) => o.value);
  if (!Array.isArray(answer) || new Set(answer).size !== answer.length
    || !answer.every((item) => typeof item === 'string' && values.includes(item))) return problem('invalid-option');
  const rules = field.validation;
  if (rules?.minSelected !== undefined && answer.length < rules.minSelected) return problem('too-few-selected', { min: rules.minSelected });
  if (rules?.maxSelected !== undefined && answer.length > rules.maxSelected) return problem('too-many-selected', { max: rules.maxSelected });
  return undefined;
};

const checkIdentifier: Check<'identifier'> = (field, answer, { today }) => {
  if (typeof answer !== 'string') return problem('wrong-type');
  const result = validateIdentifier(field.identifierKind, answer, { today: formatIsoDate(today) });
  return result.ok ? undefined : { messageKey: result.messageKey, params: result.params ?? {} };
};

const ADDRESS_MAX_STREET = 500;

const checkAddress: Check<'address'> = (field, answer, { units }) => {
  if (!isRecord(answer)) return problem('wrong-type');
  const { provinceCode, communeCode, street } = answer;
  const blank = (part: unknown) => part === undefined || part === null || (typeof part === 'string' && part.trim() === '');
  if (blank(provinceCode)) return problem('address-province-required');
  if (typeof provinceCode !== 'string' || !/^\d{2}$/.test(provinceCode)) return problem('address-province-invalid');
  if (blank(communeCode)) return problem('address-commune-required');
  if (typeof communeCode !== 'string' || !/^\d{5}$/.test(communeCode)) return problem('address-commune-invalid');
  if (units && units(provinceCode)?.level !== 'province') return problem('address-province-invalid');
  if (units) {
    const commune = units(communeCode);
    if (commune?.level !== 'commune' || commune.provinceCode !== provinceCode) return problem('address-commune-invalid');
  }
  if (blank(street)) return field.streetOptional ? undefined : problem('address-street-required');
  if (typeof street !== 'string') return problem('wrong-type');
  if ([...street.trim()].length > ADDRESS_MAX_STREET) return problem('too-long', { max: ADDRESS_MAX_STREET });
  return undefined;
};

interface ChosenFile {
  name: string;
  size: number;
  mediaType: string;
}

const isChosenFile = (value: unknown): value is ChosenFile => isRecord(value) && typeof value.name === 'string'
  && typeof value.mediaType === 'string' && typeof value.size === 'number' && Number.isInteger(value.size) && value.size >= 0;

function accepts(accept: readonly string[], file: ChosenFile): boolean {
  const type = file.mediaType.toLowerCase();
  const name = file.name.toLowerCase();
  return accept.some((entry) => {
    const wanted = entry.toLowerCase();
    if (wanted.startsWith('.')) return name.endsWith(wanted);
    if (wanted.endsWith('/*')) return type.startsWith(wanted.slice(0, -1));
    return type === wanted;
  });
}

const checkFiles: Check<'file'> = (field, answer) => {
  if (!Array.isArray(answer) || !answer.every(isChosenFile)) return problem('invalid-file');
  const rules = field.validation;
  const maxFiles = maxFilesOf(field);
  if (rules?.minFiles !== undefined && answer.length < rules.minFiles) return problem('too-few-files', { min: rules.minFiles });
  if (answer.length > maxFiles) return problem('too-many-files', { max: maxFiles });
  for (const file of answer) {
    if (rules?.accept && !accepts(rules.accept, file)) return problem('file-type-not-accepted', { name: file.name, accepted: rules.accept.join(', ') });
    if (rules?.maxSizeBytes !== undefined && file.size > rules.maxSizeBytes) {
      return problem('file-too-large', { name: file.name, maxSizeMb: megabytes(rules.maxSizeBytes) });
    }
  }
  return undefined;
};

const checks: { [K in FieldKind]: Check<K> } = {
  text: checkText,
  'long-text': checkText,
  number: checkNumber,
  date: checkDate,
  select: checkChoice,
  radio: checkChoice,
  'checkbox-group': checkCheckboxGroup,
  identifier: checkIdentifier,
  address: checkAddress,
  file: checkFiles,
};

/** The first rule a given (non-empty) answer breaks, by the field's kind; `undefined` when it is fine. */
export function checkAnswer<K extends FieldKind>(field: FormFieldOf<K>, answer: unknown, context: CheckContext): AnswerProblem | undefined {
  return (checks[field.kind] as Check<K>)(field, answer, context);
}
