/**
 * Answers to requests for supplements as typed so far, kept on this device (IndexedDB, through
 * `idb`) until they are sent: a reload, a closed tab or a phone that ran out of battery loses
 * nothing. Where IndexedDB is unavailable (some private modes) they live in the page only.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FileReference } from '@egov-kit/core';

/** An answer in progress. */
export interface SupplementDraft {
  note: string;
  /** The documents uploaded so far (with the ids the upload service gave them). */
  files: FileReference[];
  /** When it was last changed (ISO instant). */
  savedAt: string;
}

interface DraftDatabase extends DBSchema {
  drafts: { key: string; value: SupplementDraft & { code: string; requestId: string } };
}

export const DRAFT_DATABASE = 'egov-dossier-tracker';
export const DRAFT_STORE = 'drafts';

const keyOf = (code: string, requestId: string) => JSON.stringify([code, requestId]);

let opened: Promise<IDBPDatabase<DraftDatabase> | undefined> | undefined;
const inPage = new Map<string, SupplementDraft>();

function database(): Promise<IDBPDatabase<DraftDatabase> | undefined> {
  opened ??= openDB<DraftDatabase>(DRAFT_DATABASE, 1, {
    upgrade(db) {
      db.createObjectStore(DRAFT_STORE);
    },
  }).catch(() => undefined);
  return opened;
}

/** The draft of request `requestId` of dossier `code`, if one was kept. */
export async function readDraft(code: string, requestId: string): Promise<SupplementDraft | undefined> {
  const key = keyOf(code, requestId);
  const db = await database();
  const stored = await db?.get(DRAFT_STORE, key).catch(() => undefined);
  if (!stored) return inPage.get(key);
  return { note: stored.note, files: stored.files, savedAt: stored.savedAt };
}

/** Keeps a draft (replacing the one kept before). */
export async function writeDraft(code: string, requestId: string, draft: Omit<SupplementDraft, 'savedAt'>): Promise<void> {
  const key = keyOf(code, requestId);
  const value = { note: draft.note, files: draft.files.map((file) => ({ ...file })), savedAt: new Date().toISOString() };
  inPage.set(key, value);
  const db = await database();
  await db?.put(DRAFT_STORE, { ...value, code, requestId }, key).catch(() => undefined);
}

/** Forgets the draft of a request (it was sent, or the request is no longer open). */
export async function removeDraft(code: string, requestId: string): Promise<void> {
  const key = keyOf(code, requestId);
  inPage.delete(key);
  const db = await database();
  await db?.delete(DRAFT_STORE, key).catch(() => undefined);
}
