import type { IsoDate } from '../dates.js';

/** The identifier kinds egov-kit validates; form fields of identifier type name one of these. */
export const identifierKinds = ['cccd', 'cmnd', 'tax-code', 'phone', 'social-insurance', 'email'] as const;

/** One of {@link identifierKinds}. */
export type IdentifierKind = (typeof identifierKinds)[number];

/** A valid identifier: its canonical value, its display form and what it says. */
export interface IdentifierSuccess<D = undefined> {
  ok: true;
  kind: IdentifierKind;
  /** The canonical value to store and send, e.g. `'001095012345'`, `'+84912345678'`, `'0100109106001'`. */
  value: string;
  /** The form to show people, e.g. `'001 095 012 345'`, `'0912 345 678'`, `'0100109106-001'`. */
  formatted: string;
  details: D;
}

/** An invalid identifier: a stable reason code and the message key that explains it. */
export interface IdentifierFailure {
  ok: false;
  kind: IdentifierKind;
  /** Stable kebab-case code, e.g. `'wrong-length'`. `'empty'` for blank input, for every kind. */
  reason: string;
  /**
   * Full i18next key of the explanation, normally `identifier.<kind>.<reason>`. When a validator
   * reads the input as a 12-digit personal ID number (tax code, social insurance, CMND), failures
   * of that reading keep the personal ID's key, `identifier.cccd.<reason>`.
   */
  messageKey: string;
  /** Values for the message's `{{placeholders}}`. */
  params?: Record<string, string | number>;
}

/** What every validator returns: never a bare boolean. */
export type IdentifierResult<D = undefined> = IdentifierSuccess<D> | IdentifierFailure;

/** Options shared by the validators. */
export interface IdentifierOptions {
  /** The day to judge birth years against; defaults to now (in Vietnam's time zone). */
  today?: Date | IsoDate;
}

/** @internal */
export function succeed<D>(kind: IdentifierKind, value: string, formatted: string, details: D): IdentifierSuccess<D> {
  return { ok: true, kind, value, formatted, details };
}

/** @internal */
export function fail(kind: IdentifierKind, reason: string, params?: Record<string, string | number>): IdentifierFailure {
  const failure: IdentifierFailure = { ok: false, kind, reason, messageKey: `identifier.${kind}.${reason}` };
  if (params) failure.params = params;
  return failure;
}

/** @internal Relabels a failure of a delegated reading (its message key stays the delegate's). */
export function failAs(kind: IdentifierKind, failure: IdentifierFailure): IdentifierFailure {
  return { ...failure, kind };
}
