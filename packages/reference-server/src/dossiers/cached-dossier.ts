import type { Dossier, DossierAccess } from '../contract.js';
import { deadlineOf, dossierViewWith, type DossierRecord } from './repository.js';

/** Bytes of a verifier key: more than any canonical phone (`+84` and 9 digits) or ID number (12 digits) takes. */
const VERIFIER_KEY_BYTES = 24;

/**
 * A canonical phone or ID number as a key of fixed width, so that comparing two keys takes the
 * same time whatever they hold. `undefined` (the verifier is no such number) gives a key no text
 * gives, which matches nothing. (A hash would do the same and cost two SHA-256 runs per lookup.)
 */
export function verifierKey(text: string | undefined): Buffer {
  // allocUnsafe takes a slice of Node's pool (a third of Buffer.alloc's cost); every byte is then written.
  const key = Buffer.allocUnsafe(VERIFIER_KEY_BYTES);
  if (text === undefined || Buffer.byteLength(text) > VERIFIER_KEY_BYTES) return key.fill(0xff);
  key.fill(0).write(text, 'utf8');
  return key;
}

/** The keys of the two verifiers that open a dossier: the applicant's phone and ID number. */
export interface VerifierKeys {
  phone: Buffer;
  idNumber: Buffer;
}

/**
 * A dossier as last assembled, ready to answer from memory: its record, the keys of its
 * verifiers, and its JSON made once, but for the deadline (which depends on the day) and the
 * access token (on the second).
 */
export class CachedDossier {
  readonly record: DossierRecord;
  readonly verifiers: VerifierKeys;
  /** The view's JSON before the deadline's value, and after it (without the closing brace). */
  readonly #head: string;
  readonly #tail: string;
  #lastAnswer: { second: number; body: Buffer } | undefined;

  constructor(record: DossierRecord) {
    this.record = record;
    this.verifiers = { phone: verifierKey(record.applicant.phone), idNumber: verifierKey(record.applicant.idNumber) };
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
   * The applicant's answer at `nowMs` as UTF-8 JSON, with the access token `accessAt` mints. It
   * is the same for a whole second (the deadline depends on the day; the token's expiry on the
   * second), so it is made once a second, and encoded then: Vietnamese text makes a two-byte
   * string, which would otherwise be measured and encoded again for every answer.
   */
  answerAt(nowMs: number, accessAt: (now: Date) => DossierAccess): Buffer {
    const second = Math.floor(nowMs / 1000);
    if (this.#lastAnswer?.second !== second) {
      const now = new Date(nowMs);
      this.#lastAnswer = { second, body: Buffer.from(this.json(now, accessAt(now))) };
    }
    return this.#lastAnswer.body;
  }
}
