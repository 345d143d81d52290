import { createHash } from 'node:crypto';
import type { Dossier, DossierAccess } from '../contract.js';
import { deadlineOf, dossierViewWith, type DossierRecord } from './repository.js';

/** The digest verifiers are compared through: equal in length whatever the text, so comparable in constant time. */
export const verifierDigest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** The digests of the two verifiers that open a dossier: the applicant's phone and ID number. */
export interface VerifierDigests {
  phone: Buffer;
  idNumber: Buffer;
}

/**
 * A dossier as last assembled, ready to answer from memory: its record, the digests of its
 * verifiers, and its JSON made once, but for the deadline (which depends on the day) and the
 * access token (on the second).
 */
export class CachedDossier {
  readonly record: DossierRecord;
  readonly verifiers: VerifierDigests;
  /** The view's JSON before the deadline's value, and after it (without the closing brace). */
  readonly #head: string;
  readonly #tail: string;
  #lastAnswer: { second: number; json: string } | undefined;

  constructor(record: DossierRecord) {
    this.record = record;
    this.verifiers = { phone: verifierDigest(record.applicant.phone), idNumber: verifierDigest(record.applicant.idNumber) };
    // The deadline's place is kept; its value is made per answer.
    const members = Object.entries(dossierViewWith(record, {} as Dossier['deadline'])).filter(([, value]) => value !== undefined);
    const at = members.findIndex(([key]) => key === 'deadline');
    const json = (part: [string, unknown][]) => part.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',');
    this.#head = `{${json(members.slice(0, at))}${at > 0 ? ',' : ''}"deadline":`;
    const after = members.slice(at + 1);
    this.#tail = after.length > 0 ? `,${json(after)}` : '';
  }

  /** The dossier as the API shows it as of `now`: the same text as `JSON.stringify(dossierView(record, now, access))`. */
  json(now: Date, access?: DossierAccess): string {
    return `${this.#head}${JSON.stringify(deadlineOf(this.record, now))}${this.#tail}${access ? `,"access":${JSON.stringify(access)}` : ''}}`;
  }

  /**
   * The applicant's answer at `nowMs`, with the access token `accessAt` mints. It is the same text
   * for a whole second (the deadline depends on the day; the token's expiry on the second), so it
   * is made once a second.
   */
  answerAt(nowMs: number, accessAt: (now: Date) => DossierAccess): string {
    const second = Math.floor(nowMs / 1000);
    if (this.#lastAnswer?.second !== second) {
      const now = new Date(nowMs);
      this.#lastAnswer = { second, json: this.json(now, accessAt(now)) };
    }
    return this.#lastAnswer.json;
  }
}
