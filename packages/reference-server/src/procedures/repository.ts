import { searchKey, type FormDefinition, type Procedure } from '@egov-kit/core';
import type { Queryable } from '../db/database.js';
import type { ProcedureSearchQuery, ProcedureSummary } from '../contract.js';
import { PAGE_LIMIT_DEFAULT } from '../contract.js';

/** A procedure as stored: as published, its form, and what the server needs to file dossiers for it. */
export interface ProcedureRecord {
  procedure: Procedure;
  form: FormDefinition;
  /** The receiving agency's identifier that starts its dossiers' codes. */
  agencyIdentifier: string;
}

/** Reads one procedure; `undefined` if no procedure has this code. */
export async function loadProcedure(db: Queryable, code: string): Promise<ProcedureRecord | undefined> {
  const [row] = await db.query<ProcedureRecord>(
    'SELECT procedure, form, agency_identifier AS "agencyIdentifier" FROM procedures WHERE code = $1', [code],
  );
  return row;
}

/** The text a procedure is found by: code, names, agency and field, folded for search. */
export function procedureSearchText(procedure: Procedure): string {
  return searchKey([procedure.code, procedure.name.vi, procedure.name.en, procedure.agency.name.vi, procedure.agency.name.en,
    procedure.field.name.vi, procedure.field.name.en].join(' '));
}

/** Stores (or replaces) a procedure at `position` in the catalogue's order. */
export async function saveProcedure(db: Queryable, record: ProcedureRecord, position: number): Promise<void> {
  const { procedure, form } = record;
  await db.query(
    `INSERT INTO procedures (code, position, agency_code, field_code, online_level, search_text, agency_identifier, processing_days, procedure, form, form_version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::jsonb, $11)
     ON CONFLICT (code) DO UPDATE SET position = EXCLUDED.position, agency_code = EXCLUDED.agency_code, field_code = EXCLUDED.field_code,
       online_level = EXCLUDED.online_level, search_text = EXCLUDED.search_text, agency_identifier = EXCLUDED.agency_identifier,
       processing_days = EXCLUDED.processing_days, procedure = EXCLUDED.procedure, form = EXCLUDED.form, form_version = EXCLUDED.form_version`,
    [procedure.code, position, procedure.agency.code, procedure.field.code, procedure.onlineLevel.level, procedureSearchText(procedure),
      record.agencyIdentifier, procedure.processingTime.workingDays, JSON.stringify(procedure), JSON.stringify(form), form.version],
  );
}

function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** The cursor of the page after a procedure at `position`. */
export function procedureCursor(position: number): string {
  return Buffer.from(JSON.stringify({ p: position })).toString('base64url');
}

/** The position a cursor stands after; `undefined` if it is not one of ours. */
export function positionOfCursor(cursor: string): number | undefined {
  try {
    const { p } = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { p?: unknown };
    // Positions are PostgreSQL `int`s: anything else would fail in SQL, not here.
    return Number.isInteger(p) && (p as number) >= 0 && (p as number) <= 2 ** 31 - 1 ? (p as number) : undefined;
  } catch {
    return undefined;
  }
}

/** One page of search results and the position after which the next page starts. */
export async function searchProcedures(db: Queryable, query: ProcedureSearchQuery, after: number | undefined): Promise<{ items: ProcedureSummary[]; lastPosition?: number; more: boolean }> {
  const limit = query.limit ?? PAGE_LIMIT_DEFAULT;
  const words = searchKey(query.q ?? '').split(' ').filter(Boolean).map(likePattern);
  const rows = await db.query<{ position: number; procedure: Procedure }>(
    `SELECT position, procedure FROM procedures
     WHERE ($1::text IS NULL OR agency_code = $1) AND ($2::text IS NULL OR field_code = $2) AND ($3::text IS NULL OR online_level = $3)
       AND search_text LIKE ALL ($4::text[]) AND ($5::int IS NULL OR position > $5)
     ORDER BY position LIMIT $6`,
    [query.agency ?? null, query.field ?? null, query.level ?? null, words, after ?? null, limit + 1],
  );
  const page = rows.slice(0, limit);
  const items = page.map(({ procedure: p }) => ({
    code: p.code, name: p.name, agency: p.agency, field: p.field, onlineLevel: p.onlineLevel,
    processingTime: p.processingTime, fees: p.fees, channels: p.channels, targetGroups: p.targetGroups,
  }));
  return { items, more: rows.length > limit, ...(page.length > 0 ? { lastPosition: page.at(-1)!.position } : {}) };
}
