/**
 * An answer as the "check your answers" list shows it: option labels, dates as people write them,
 * identifiers grouped, addresses with their units' names, files by name and size.
 */
import { formatDate, formatFileSize, formatIdentifier, localize, type FileReference, type FormField, type Locale } from '@egov-kit/core';
import type { Unit } from '@egov-kit/core/units';

/** What is read of the unit list (loaded lazily). */
export interface UnitNames {
  getUnit(code: string): Unit | undefined;
}

/** The lines that show `answer`; empty when unanswered. `units` is needed for addresses (else their codes show). */
export function answerLines(field: FormField, answer: unknown, locale: Locale, units: UnitNames | undefined): string[] {
  if (answer === undefined || answer === null || answer === '') return [];
  switch (field.kind) {
    case 'select':
    case 'radio': {
      const option = field.options.find((o) => o.value === answer);
      return [option ? localize(option.label, locale) : String(answer)];
    }
    case 'checkbox-group':
      return (answer as string[]).map((value) => {
        const option = field.options.find((o) => o.value === value);
        return option ? localize(option.label, locale) : value;
      });
    case 'date':
      return [/^\d{4}-\d{2}-\d{2}$/.test(String(answer)) ? formatDate(String(answer)) : String(answer)];
    case 'identifier':
      return [formatIdentifier(field.identifierKind, String(answer))];
    case 'number':
      return [`${new Intl.NumberFormat(locale).format(Number(answer))}${field.unit ? ` ${localize(field.unit, locale)}` : ''}`];
    case 'address': {
      const { provinceCode, communeCode, street } = answer as { provinceCode: string; communeCode: string; street: string };
      const commune = units?.getUnit(communeCode);
      const province = units?.getUnit(provinceCode);
      const name = (unit: Unit | undefined, code: string) => (unit ? (locale === 'en' ? unit.fullNameEn : unit.fullName) : code);
      return [street, [name(commune, communeCode), name(province, provinceCode)].filter(Boolean).join(', ')].filter((line) => line.trim() !== '');
    }
    case 'file':
      return (answer as FileReference[]).map((file) => `${file.name} (${formatFileSize(file.size, locale)})`);
    default:
      return [String(answer)];
  }
}
