import { formatIsoDate, vietnamDateOf } from '../dates.js';
import type { DossierEvent } from '../status/schemas.js';
import type { DossierStatus } from '../status/statuses.js';

/**
 * What staff can do to a dossier, each one move of the one-stop workflow, with the OAuth scope it
 * needs. Whether the move is allowed from the dossier's status is core's transition table's call.
 */
export const staffOperations = {
  /** Accept the dossier at the one-stop desk (tiếp nhận). */
  receive: { to: 'received', scope: 'dossiers:receive' },
  /** Refuse it at intake, with the reason (Circular 01/2018's refusal form). */
  refuse: { to: 'refused', scope: 'dossiers:refuse' },
  /** Hand it to the processing unit, or resume processing once fees are paid. */
  process: { to: 'processing', scope: 'dossiers:process' },
  /** Ask the applicant for a supplement (Form 02); the deadline clock pauses. */
  'request-supplement': { to: 'supplement-requested', scope: 'dossiers:request-supplement' },
  /** Ask the applicant to pay fees or taxes. */
  'request-fees': { to: 'fee-requested', scope: 'dossiers:request-fees' },
  /** Decide; the result documents are issued and signed. */
  decide: { to: 'decided', scope: 'dossiers:decide' },
  /** Stop processing, with the reason. */
  stop: { to: 'stopped', scope: 'dossiers:stop' },
  /** Hand the result over to the applicant. */
  'return-result': { to: 'returned', scope: 'dossiers:return-result' },
} as const satisfies Record<string, { to: DossierStatus; scope: `dossiers:${string}` }>;

/** The name of a staff operation. */
export type StaffOperation = keyof typeof staffOperations;

/** The names of the staff operations, in workflow order. */
export const staffOperationNames = Object.keys(staffOperations) as StaffOperation[];

/** Every OAuth scope of the staff API: reading dossiers, and one per operation. */
export const staffScopes = ['dossiers:read', ...staffOperationNames.map((name) => staffOperations[name].scope)] as const;

/** An OAuth scope of the staff API. */
export type StaffScope = (typeof staffScopes)[number];

/**
 * Where a dossier goes when the applicant answers a request for supplements: back to `received`
 * when the request was made at intake (from `submitted` or `received`), back to `processing` when
 * it was made during processing. `undefined` when the dossier is not waiting for a supplement.
 */
export function statusAfterSupplement(history: readonly Pick<DossierEvent, 'from' | 'to'>[]): DossierStatus | undefined {
  const last = history.at(-1);
  if (!last || last.to !== 'supplement-requested') return undefined;
  return last.from === 'processing' ? 'processing' : 'received';
}

/** The parts of a dossier code. */
export interface DossierCodeParts {
  /** The receiving agency's identifier (Decision 20/2020/QĐ-TTg), e.g. `000.31.01.H55`. */
  agency: string;
  /** The day of filing in Vietnam, `YYYY-MM-DD`. */
  date: string;
  /** The agency's counter that day, from 1. */
  sequence: number;
}

/**
 * Writes a dossier code as one-stop systems do (`MaHoSo`): `{agency}-{yyMMdd}-{NNNN}`, the day in
 * Vietnam's time zone, the counter of that agency and day padded to four digits (it grows past
 * 9999 rather than wrap), e.g. `000.31.01.H55-261124-0007`.
 * @throws RangeError for a sequence that is not a whole number ≥ 1 or an agency with a `-` or blank.
 */
export function formatDossierCode(agency: string, filedAt: Date, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`Not a dossier sequence number: ${sequence}`);
  if (!/^[^\s-]{1,30}$/.test(agency)) throw new RangeError(`Not an agency identifier: ${JSON.stringify(agency)}`);
  const day = formatIsoDate(vietnamDateOf(filedAt));
  return `${agency}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(sequence).padStart(4, '0')}`;
}

const DOSSIER_CODE = /^([^\s-]{1,30})-(\d{2})(\d{2})(\d{2})-(\d{4,9})$/;

/**
 * Reads a code written by {@link formatDossierCode}. Other systems mint other codes (a dossier
 * code is opaque, at most 50 characters), so `undefined` does not mean the code is invalid.
 */
export function parseDossierCode(code: string): DossierCodeParts | undefined {
  const match = DOSSIER_CODE.exec(code);
  if (!match) return undefined;
  const [, agency, yy, mm, dd, sequence] = match as unknown as [string, string, string, string, string, string];
  return { agency, date: `20${yy}-${mm}-${dd}`, sequence: Number(sequence) };
}
