/**
 * The draft store: the application as the person fills it in, kept on this device in IndexedDB
 * (through `idb`) after every change, one per procedure, so a reload, a crash or a closed tab loses
 * nothing; and the receipt once it is filed. The submission's idempotency key lives in the draft, so
 * sending again after a lost answer gets the same dossier back instead of filing a second one.
 * Tabs of the same browser hear of each other's filings on a BroadcastChannel.
 *
 * When IndexedDB is refused (private mode, a full disk), the draft lives in the page only and
 * `saveDraft` says so: the form tells the person rather than failing.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { LocalizedText } from '@egov-kit/core';
import type { DossierAccess, DossierSubmission } from '@egov-kit/core/contract';
import { randomUuid } from '@egov-kit/sdk';
import type { DateParts } from '../../components/date-field/date-field.js';

/** Who applies, as typed. */
export interface ApplicantDraft {
  fullName: string;
  idNumber: string;
  phone: string;
  email: string;
}

/** An unfinished application. */
export interface Draft {
  /** This application's own id. */
  id: string;
  /** The idempotency key every send of this application carries. */
  idempotencyKey: string;
  procedureCode: string;
  formVersion: number;
  applicant: ApplicantDraft;
  /** Field id → answer, as core's form engine reads them (files: finished uploads). */
  answers: Record<string, unknown>;
  /** Field id → the boxes of a date not whole yet (not an answer, but typed: a reload keeps it). */
  unfinished?: Record<string, DateParts>;
  /** The step the person was on. */
  step: string;
  savedAt: string;
  /**
   * The bodies sent under this draft's idempotency key whose answer never came (a lost answer),
   * oldest first. One of them may have been filed: after a change, the server refuses the new body
   * under the same key, and these find the dossier that was filed.
   */
  unanswered?: DossierSubmission[];
  /** Sending waits for the connection to return (the person pressed "send" while offline). */
  queued?: boolean;
}

/** What the receipt shows after filing. */
export interface Receipt {
  /** The draft it filed: another tab holding that draft shows this receipt instead of sending again. */
  draftId: string;
  procedureCode: string;
  procedureName: LocalizedText;
  dossierCode: string;
  /** The token the API gave for the dossier (opens it in a tracker without asking again). */
  access?: DossierAccess;
  submittedAt: string;
  status: string;
  /** The server's appointment date, once the dossier is received. */
  appointmentDate?: string;
  processingDays: number;
  /** The fee total shown on the check page, in đồng. */
  feeTotal: number;
  /** The person changed answers after the filed body was sent (its answer was lost): those changes are not in the dossier. */
  changedAfterFiling?: boolean;
}

interface FormDatabase extends DBSchema {
  drafts: { key: string; value: Draft };
  receipts: { key: string; value: Receipt };
}

export const FORM_DATABASE = 'egov-application-form';
/** How long a draft is kept after its last change, by default. */
export const DRAFT_LIFETIME_DAYS = 30;

let opened: Promise<IDBPDatabase<FormDatabase> | undefined> | undefined;
/** What the page holds when IndexedDB refuses it (read only then: the device's copy is the truth). */
const inPage = { drafts: new Map<string, Draft>(), receipts: new Map<string, Receipt>() };

function database(): Promise<IDBPDatabase<FormDatabase> | undefined> {
  opened ??= openDB<FormDatabase>(FORM_DATABASE, 1, {
    upgrade(db) {
      db.createObjectStore('drafts');
      db.createObjectStore('receipts');
    },
  }).catch(() => undefined);
  return opened;
}

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A new, empty draft. */
export function newDraft(procedureCode: string, formVersion: number, step: string): Draft {
  return {
    id: randomUuid(), idempotencyKey: randomUuid(), procedureCode, formVersion, step, answers: {},
    applicant: { fullName: '', idNumber: '', phone: '', email: '' }, savedAt: new Date().toISOString(),
  };
}

/** The saved draft of a procedure's application, if any and not older than `lifetimeDays`. */
export async function loadDraft(procedureCode: string, lifetimeDays = DRAFT_LIFETIME_DAYS): Promise<Draft | undefined> {
  const db = await database();
  const draft = db ? await db.get('drafts', procedureCode).catch(() => inPage.drafts.get(procedureCode)) : inPage.drafts.get(procedureCode);
  if (!draft || typeof draft.id !== 'string' || draft.procedureCode !== procedureCode) return undefined;
  if (Date.now() - Date.parse(draft.savedAt) > lifetimeDays * 86_400_000) {
    await discardDraft(draft);
    return undefined;
  }
  return draft;
}

/** Saves the draft now; `false` when only the page holds it (storage refused or full). */
export async function saveDraft(draft: Draft): Promise<boolean> {
  draft.savedAt = new Date().toISOString();
  const value = copy(draft);
  inPage.drafts.set(draft.procedureCode, value);
  const db = await database();
  if (!db) return false;
  return db.put('drafts', value, draft.procedureCode).then(() => true, () => false);
}

/**
 * Forgets the draft (after filing, or when the person starts again). The stored draft goes only if
 * it is this one: another tab may have started a new application.
 */
export async function discardDraft(draft: Draft): Promise<void> {
  if (inPage.drafts.get(draft.procedureCode)?.id === draft.id) inPage.drafts.delete(draft.procedureCode);
  const db = await database();
  if (!db) return;
  try {
    const tx = db.transaction('drafts', 'readwrite');
    if ((await tx.store.get(draft.procedureCode))?.id === draft.id) await tx.store.delete(draft.procedureCode);
    await tx.done;
  } catch {
    // Nothing was stored.
  }
}

/** Keeps `body` as sent under the draft's key before it goes (a few at most: one per change after a lost answer). */
export async function noteSending(draft: Draft, body: DossierSubmission): Promise<void> {
  const text = JSON.stringify(body);
  const earlier = (draft.unanswered ?? []).filter((sent) => JSON.stringify(sent) !== text);
  draft.unanswered = [...earlier.slice(-4), copy(body)];
  await saveDraft(draft);
}

/** The receipt of the last application filed for a procedure on this device. */
export async function loadReceipt(procedureCode: string): Promise<Receipt | undefined> {
  const db = await database();
  return db ? db.get('receipts', procedureCode).catch(() => inPage.receipts.get(procedureCode)) : inPage.receipts.get(procedureCode);
}

const channel = (): BroadcastChannel | undefined =>
  typeof BroadcastChannel === 'function' ? new BroadcastChannel(FORM_DATABASE) : undefined;

/** Keeps the receipt and tells the other tabs that its draft was filed. */
export async function saveReceipt(receipt: Receipt): Promise<void> {
  inPage.receipts.set(receipt.procedureCode, copy(receipt));
  const db = await database();
  await db?.put('receipts', copy(receipt), receipt.procedureCode).catch(() => undefined);
  const sender = channel();
  sender?.postMessage({ filed: receipt.draftId, procedureCode: receipt.procedureCode });
  sender?.close();
}

/** Whether this draft was filed (here or in another tab): its receipt is the last one stored. */
export async function wasFiled(draft: Draft): Promise<boolean> {
  return (await loadReceipt(draft.procedureCode))?.draftId === draft.id;
}

/** Calls `onFiled` when another tab files an application of `procedureCode`; returns the way to stop. */
export function listenForFilings(procedureCode: string, onFiled: () => void): () => void {
  const receiver = channel();
  if (!receiver) return () => undefined;
  receiver.onmessage = (event: MessageEvent<{ procedureCode?: string }>) => {
    if (event.data?.procedureCode === procedureCode) onFiled();
  };
  return () => receiver.close();
}
