/**
 * Load that survives chaos, and the audit after it: workers file "Khai báo tạm vắng" dossiers,
 * each under its own idempotency key, and keep retrying a key (as the SDK does) through 503s and
 * refused connections until it is acknowledged with a 201. The audit then counts acknowledged
 * dossiers that are lost (not readable, or their key replays another dossier) and keys that made
 * more than one dossier. Used by the chaos tests and `bench/chaos.ts`.
 */
import { randomUUID } from 'node:crypto';
import { absenceSubmission, call, sleep, staffToken, submit } from './helpers.js';

/** One idempotency key and what became of it. */
interface KeyState {
  body: ReturnType<typeof absenceSubmission>;
  /** The dossier code of the 201, once acknowledged. */
  code?: string;
}

/** Answers other than 201, by status (`network` for no answer at all). */
export type AnswerCounts = Record<string, number>;

/** Submissions from `workers` parallel clients against whatever server `target()` names at the moment. */
export class SubmissionLoad {
  readonly keys = new Map<string, KeyState>();
  readonly answers: AnswerCounts = {};
  /** 503s that were not problem+json with Retry-After. */
  readonly badUnavailable: string[] = [];
  /** Answers no client should ever get (500, 4xx to a valid body). */
  readonly unexpected: string[] = [];
  readonly #target: () => string;
  readonly #prefix: string;
  #stopped = false;
  #running: Promise<void>[] = [];

  constructor(target: () => string, prefix: string) {
    this.#target = target;
    this.#prefix = prefix;
  }

  /** Starts `workers` clients. */
  start(workers: number): void {
    this.#running = Array.from({ length: workers }, (_, n) => this.#work(n));
  }

  get acknowledged(): number {
    let count = 0;
    for (const state of this.keys.values()) if (state.code) count++;
    return count;
  }

  /** Resolves once `count` more keys are acknowledged than now; rejects after `timeoutMs`. */
  async acknowledge(count: number, timeoutMs: number): Promise<void> {
    const goal = this.acknowledged + count;
    const deadline = Date.now() + timeoutMs;
    while (this.acknowledged < goal) {
      if (Date.now() > deadline) throw new Error(`only ${this.acknowledged} of ${goal} acknowledged in ${timeoutMs} ms; answers ${JSON.stringify(this.answers)}`);
      await sleep(50);
    }
  }

  /** Stops the clients (a request in flight finishes or fails; its key may stay unacknowledged). */
  async stop(): Promise<void> {
    this.#stopped = true;
    await Promise.allSettled(this.#running);
  }

  #count(answer: string): void {
    this.answers[answer] = (this.answers[answer] ?? 0) + 1;
  }

  async #work(n: number): Promise<void> {
    for (let i = 0; !this.#stopped; i++) {
      const key = randomUUID();
      const state: KeyState = { body: absenceSubmission(`${this.#prefix} ${n}-${i}`) };
      this.keys.set(key, state);
      while (!this.#stopped && !state.code) {
        try {
          const answer = await submit(this.#target(), state.body, key, {}, AbortSignal.timeout(15_000));
          if (answer.status === 201) {
            state.code = answer.body.code as string;
            continue;
          }
          this.#count(String(answer.status));
          if (answer.status === 503) {
            const retryAfter = Number(answer.headers.get('retry-after'));
            if (!answer.headers.get('content-type')?.startsWith('application/problem+json') || !(retryAfter > 0)) {
              this.badUnavailable.push(`${answer.headers.get('content-type')} retry-after=${answer.headers.get('retry-after')}`);
            }
            await sleep(Math.min(retryAfter * 1000 || 250, 500));
          } else {
            this.unexpected.push(`${answer.status} ${answer.text.slice(0, 300)}`);
            break;
          }
        } catch {
          this.#count('network');
          await sleep(100);
        }
      }
    }
  }
}

/** What the audit found. */
export interface Audit {
  keys: number;
  acknowledged: number;
  /** Acknowledged dossiers not readable, or whose key now answers with another dossier. */
  lost: string[];
  /** Applicant names (one per key) filed as more than one dossier. */
  duplicated: string[];
}

/**
 * Checks every key of `load` on the server at `url`: each acknowledged dossier reads back intact,
 * replaying any key (acknowledged or cut off) gives one dossier, the same as acknowledged, and the
 * staff list holds exactly one dossier per key, filed since `since`.
 */
export async function audit(url: string, load: SubmissionLoad, since: string, prefix: string): Promise<Audit> {
  const lost: string[] = [];
  const codeOfKey = new Map<string, string>();
  for (const [key, { body, code }] of load.keys) {
    if (code) {
      const found = await call(url, 'GET', `/api/v1/dossiers/${code}`, { headers: { 'x-dossier-verifier': body.applicant.phone } });
      if (found.status !== 200 || found.body.applicant.fullName !== body.applicant.fullName) lost.push(`${code}: ${found.status}`);
    }
    const replay = await submit(url, body, key);
    if (replay.status !== 201) throw new Error(`replaying ${key}: ${replay.status} ${replay.text}`);
    if (code && replay.body.code !== code) lost.push(`${code}: its key now answers ${replay.body.code}`);
    codeOfKey.set(key, replay.body.code as string);
  }
  const token = await staffToken(url);
  const filed = new Map<string, number>();
  let cursor: string | undefined;
  do {
    const page = await call(url, 'GET', `/api/v1/staff/dossiers?procedure=1.003677&since=${encodeURIComponent(since)}&limit=100${cursor ? `&cursor=${cursor}` : ''}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (page.status !== 200) throw new Error(`staff list: ${page.status} ${page.text}`);
    for (const item of page.body.items as { applicantName: string }[]) {
      if (item.applicantName.startsWith(`${prefix} `)) filed.set(item.applicantName, (filed.get(item.applicantName) ?? 0) + 1);
    }
    cursor = page.body.nextCursor;
  } while (cursor);
  const duplicated = [...filed].filter(([, count]) => count > 1).map(([name, count]) => `${name} ×${count}`);
  if (new Set(codeOfKey.values()).size !== codeOfKey.size) duplicated.push('two keys answer with one dossier');
  return { keys: load.keys.size, acknowledged: load.acknowledged, lost, duplicated };
}
