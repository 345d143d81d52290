/**
 * The application as the person fills it in, kept in this browser's localStorage after every change
 * (a reload, a closed tab or a lost connection loses nothing), and the receipt once it is filed.
 * The submission's idempotency key is kept beside the draft (the SDK's `rememberedIdempotencyKey`),
 * so sending again after a lost answer gets the same dossier back instead of filing a second one.
 */
import type { LocalizedText } from '@egov-kit/core';
import type { DossierSubmission } from '@egov-kit/core/contract';
import type { DateParts } from '@egov-kit/elements';
import { randomUuid } from '@egov-kit/sdk';
import { rememberedIdempotencyKey, type RememberedKey } from '@egov-kit/sdk/dossiers';
import { readStored, removeStored, writeStored } from '../../stored.js';

/** Who applies, as typed. */
export interface ApplicantDraft {
  fullName: string;
  idNumber: string;
  phone: string;
  email: string;
}

/** An unfinished application. */
export interface Draft {
  /** This application's own id: it names its idempotency key. */
  id: string;
  procedureCode: string;
  formVersion: number;
  applicant: ApplicantDraft;
  /** Field id → answer, as core's form engine reads them. */
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
}

/** What the receipt shows after filing. */
export interface Receipt {
  /** The draft it filed: another tab holding that draft shows this receipt instead of sending again. */
  draftId: string;
  procedureCode: string;
  procedureName: LocalizedText;
  dossierCode: string;
  submittedAt: string;
  status: string;
  /** The server's appointment date, once the dossier is received. */
  appointmentDate?: string;
  processingDays: number;
  /** The person changed answers after the filed body was sent (its answer was lost): those changes are not in the dossier. */
  changedAfterFiling?: boolean;
}

const draftKey = (code: string) => `egov-portal:draft:${code}`;
const receiptKey = (code: string) => `egov-portal:receipt:${code}`;

/** A new, empty draft. */
export function newDraft(procedureCode: string, formVersion: number, step: string): Draft {
  return {
    id: randomUuid(), procedureCode, formVersion, step, answers: {},
    applicant: { fullName: '', idNumber: '', phone: '', email: '' }, savedAt: new Date().toISOString(),
  };
}

/** The saved draft of a procedure's application, if any. */
export function loadDraft(procedureCode: string): Draft | undefined {
  const draft = readStored<Draft>(draftKey(procedureCode));
  return draft && typeof draft.id === 'string' && draft.procedureCode === procedureCode ? draft : undefined;
}

/** Saves the draft now. */
export function saveDraft(draft: Draft): void {
  draft.savedAt = new Date().toISOString();
  writeStored(draftKey(draft.procedureCode), draft);
}

/**
 * Forgets the draft and its idempotency key (after filing, or when the person starts again). The
 * stored draft goes only if it is this one: another tab may have started a new application.
 */
export function discardDraft(draft: Draft): void {
  idempotencyKeyOf(draft).forget();
  if (loadDraft(draft.procedureCode)?.id === draft.id) removeStored(draftKey(draft.procedureCode));
}

/** Keeps `body` as sent under the draft's key before it goes (a few at most: one per change after a lost answer). */
export function noteSending(draft: Draft, body: DossierSubmission): void {
  const text = JSON.stringify(body);
  const earlier = (draft.unanswered ?? []).filter((sent) => JSON.stringify(sent) !== text);
  draft.unanswered = [...earlier.slice(-4), body];
  saveDraft(draft);
}

/** The idempotency key of this draft's submission, kept with it. */
export function idempotencyKeyOf(draft: Draft): RememberedKey {
  return rememberedIdempotencyKey(localStorage, draft.id);
}

/** The receipt of the last application filed for a procedure on this device. */
export function loadReceipt(procedureCode: string): Receipt | undefined {
  return readStored<Receipt>(receiptKey(procedureCode));
}

export function saveReceipt(receipt: Receipt): void {
  writeStored(receiptKey(receipt.procedureCode), receipt);
}

/** Whether this draft was filed (here or in another tab): its receipt is the last one stored. */
export function wasFiled(draft: Draft): boolean {
  return loadReceipt(draft.procedureCode)?.draftId === draft.id;
}
