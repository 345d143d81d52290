/**
 * The Vietnamese identifiers CAs put in certificate subjects, usually in `UID` (for example
 * `UID=MST:0801206940-CMND:012345678`, `UID=CCCD:001095012345`), sometimes in `SERIALNUMBER` or
 * `OU`. Each is labelled and checked with `@egov-kit/core`'s validators.
 */
import { parseCccd, parseCmnd, validateTaxCode } from '@egov-kit/core';
import type { DistinguishedName } from './names.js';

/** The identifier kinds recognised in subjects. */
export type SubjectIdentifierType = 'MST' | 'CCCD' | 'CMND' | 'HC' | 'MNS' | 'BHXH';

/** An identifier found in a certificate subject. */
export interface SubjectIdentifier {
  readonly type: SubjectIdentifierType;
  /** The value as written after the prefix. */
  readonly value: string;
  /** The display form from core's validator when it accepts the value. */
  readonly formatted?: string;
  /** Whether the value passes core's check (tax-code check digit, CCCD province…); absent when there is no check. */
  readonly valid?: boolean;
  /** Where it was found: `UID`, `SERIALNUMBER`, `OU`… */
  readonly attribute: string;
}

const PREFIXES: Record<string, SubjectIdentifierType> = {
  MST: 'MST',
  CCCD: 'CCCD',
  CMND: 'CMND',
  CMT: 'CMND',
  HC: 'HC',
  HOCHIEU: 'HC',
  PASSPORT: 'HC',
  MNS: 'MNS',
  MQHNS: 'MNS',
  BHXH: 'BHXH',
};

const PATTERN = /(MST|CCCD|CMND|CMT|HC|HOCHIEU|PASSPORT|MNS|MQHNS|BHXH)\s*[:=]\s*([0-9A-Za-z]+(?:-\d{3}(?![0-9A-Za-z]))?)/gi;

/** Finds the identifiers in a subject's `UID`, `SERIALNUMBER`, `OU` and `CN` attributes. */
export function subjectIdentifiers(subject: DistinguishedName, today?: Date): SubjectIdentifier[] {
  const found: SubjectIdentifier[] = [];
  const seen = new Set<string>();
  for (const attribute of subject.attributes) {
    if (!['UID', 'SERIALNUMBER', 'OU', 'CN', 'ORGANIZATIONIDENTIFIER'].includes(attribute.type)) continue;
    for (const match of attribute.value.matchAll(PATTERN)) {
      const type = PREFIXES[match[1]!.toUpperCase()]!;
      const value = match[2]!;
      const key = `${type}:${value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ ...check(type, value, today), attribute: attribute.type });
    }
  }
  return found;
}

function check(type: SubjectIdentifierType, value: string, today?: Date): Omit<SubjectIdentifier, 'attribute'> {
  const options = today ? { today } : {};
  const result = type === 'MST' ? validateTaxCode(value, options)
    : type === 'CCCD' ? parseCccd(value, options)
      : type === 'CMND' ? parseCmnd(value, options)
        : undefined;
  if (!result) return { type, value };
  return result.ok ? { type, value, formatted: result.formatted, valid: true } : { type, value, valid: false };
}
