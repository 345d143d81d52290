import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dossierStreamEventSchema, type DossierStreamEvent } from '../src/contract.js';
import { loadTokenKey } from '../src/auth/secrets.js';
import { issueDossierToken } from '../src/auth/tokens.js';
import { absenceSubmission, call, databaseKind, staffToken, startTestServer, submit, type TestServer } from './helpers.js';

/** A server-sent event stream read with fetch, as parsed messages and comments. */
class EventStream {
  readonly events: { id?: string; event?: string; data: string }[] = [];
  comments = 0;
  #waiters: (() => void)[] = [];
  #controller = new AbortController();
  readonly status: Promise<number>;
  readonly contentType: Promise<string | null>;
  /** Settles when the server ends the stream (or it is closed here). */
  readonly ended: Promise<void>;

  constructor(url: string, headers: Record<string, string> = {}) {
    const response = fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: this.#controller.signal });
    this.status = response.then((r) => r.status);
    this.contentType = response.then((r) => r.headers.get('content-type'));
    this.ended = response.then(async (r) => {
      if (!r.body) return;
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of r.body) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            this.#parse(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
          }
        }
      } catch {
        // aborted
      }
    }).catch(() => undefined);
  }

  #parse(block: string): void {
    const message: { id?: string; event?: string; data: string } = { data: '' };
    let isEvent = false;
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) this.comments++;
      else if (line.startsWith('id: ')) message.id = line.slice(4);
      else if (line.startsWith('event: ')) message.event = line.slice(7);
      else if (line.startsWith('data: ')) {
        message.data += line.slice(6);
        isEvent = true;
      }
    }
    if (isEvent) this.events.push(message);
    this.#waiters.splice(0).forEach((wake) => wake());
  }

  /** Waits until `condition` holds (checked after each message), or fails after `ms`. */
  async until(condition: () => boolean, ms = 5000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out; got ${JSON.stringify(this.events)}`);
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  data(): DossierStreamEvent[] {
    return this.events.map((message) => dossierStreamEventSchema.parse(JSON.parse(message.data)));
  }

  close(): void {
    this.#controller.abort();
  }
}

describe(`server-sent events (${databaseKind})`, () => {
  let server: TestServer;
  let base: string;
  let staff: Record<string, string>;
  before(async () => {
    server = await startTestServer({ sseKeepAliveSeconds: 1 });
    base = server.url;
    staff = { authorization: `Bearer ${await staffToken(base)}` };
  });
  after(() => server.stop());

  const move = (code: string, operation: string, body: unknown = {}) =>
    call(base, 'POST', `/api/v1/staff/dossiers/${code}/${operation}`, { headers: staff, json: body });

  test('replays the history, then streams live changes with their seq as id', async () => {
    const filed = await submit(base, absenceSubmission());
    const code = filed.body.code as string;
    await move(code, 'receive');
    const stream = new EventStream(`${base}/api/v1/dossiers/${code}/events?access_token=${encodeURIComponent(filed.body.access.token)}`);
    try {
      assert.equal(await stream.status, 200);
      assert.match((await stream.contentType) ?? '', /^text\/event-stream/);
      await stream.until(() => stream.events.length === 1);
      assert.deepEqual(stream.events.map((e) => [e.id, e.event]), [['1', 'status-changed']]);
      await move(code, 'process');
      await move(code, 'request-supplement', { items: ['Bổ sung giấy tờ.'] });
      await stream.until(() => stream.events.length === 3);
      const data = stream.data();
      assert.deepEqual(data.map((d) => [d.seq, d.event.from, d.status, d.statusCode, d.version]), [
        [1, 'submitted', 'received', 2, 2], [2, 'received', 'processing', 4, 3], [3, 'processing', 'supplement-requested', 5, 4],
      ]);
      assert.equal(data[2]!.event.note, undefined);
      assert.ok(data.every((d) => d.code === code && d.type === 'status-changed'));
      await stream.until(() => stream.comments >= 1, 3000);
    } finally {
      stream.close();
    }
  });

  test('resumes after Last-Event-ID with only the later events', async () => {
    const filed = await submit(base, absenceSubmission());
    const code = filed.body.code as string;
    for (const operation of ['receive', 'process']) await move(code, operation);
    const stream = new EventStream(`${base}/api/v1/dossiers/${code}/events`, {
      authorization: `Bearer ${filed.body.access.token}`, 'last-event-id': '1',
    });
    try {
      await stream.until(() => stream.events.length === 1);
      assert.deepEqual(stream.data().map((d) => d.seq), [2]);
      await move(code, 'decide', { outcome: 'approved' });
      await stream.until(() => stream.events.length === 2);
      assert.deepEqual(stream.data().map((d) => [d.seq, d.status]), [[2, 'processing'], [3, 'decided']]);
    } finally {
      stream.close();
    }
    const query = new EventStream(`${base}/api/v1/dossiers/${code}/events?lastEventId=3&access_token=${encodeURIComponent(filed.body.access.token)}`);
    try {
      await move(code, 'return-result');
      await query.until(() => query.events.length === 1);
      assert.deepEqual(query.data().map((d) => [d.seq, d.status]), [[4, 'returned']]);
    } finally {
      query.close();
    }
  });

  test('a stream needs the dossier’s verifier or token, like any lookup', async () => {
    const filed = await submit(base, absenceSubmission());
    const code = filed.body.code as string;
    const refused = await call(base, 'GET', `/api/v1/dossiers/${code}/events`, { headers: { 'x-dossier-verifier': '0900000000' } });
    assert.equal(refused.status, 404);
    assert.equal(refused.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    const withVerifier = new EventStream(`${base}/api/v1/dossiers/${code}/events`, { 'x-dossier-verifier': '0912345678' });
    try {
      assert.equal(await withVerifier.status, 200);
    } finally {
      withVerifier.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  });

  test('a stream opened with a token ends when the token expires', async () => {
    const filed = await submit(base, absenceSubmission());
    const code = filed.body.code as string;
    const { token } = issueDossierToken(await loadTokenKey(server.db), code, 2);
    const stream = new EventStream(`${base}/api/v1/dossiers/${code}/events?access_token=${encodeURIComponent(token)}`);
    try {
      assert.equal(await stream.status, 200);
      const ended = await Promise.race([stream.ended.then(() => 'ended'), new Promise((resolve) => setTimeout(resolve, 5000, 'still open'))]);
      assert.equal(ended, 'ended');
      const again = await call(base, 'GET', `/api/v1/dossiers/${code}/events?access_token=${encodeURIComponent(token)}`);
      assert.equal(again.body.type, 'urn:egov-kit:problem:dossier-access-expired');
    } finally {
      stream.close();
    }
  });

  test('a stream opened with a verifier ends when the token it would have minted expires; streams per client are capped', async () => {
    const short = await startTestServer({ dossierAccessTtlSeconds: 2, maxStreamsPerClient: 2 });
    const opened: EventStream[] = [];
    try {
      const filed = await submit(short.url, absenceSubmission());
      const url = `${short.url}/api/v1/dossiers/${filed.body.code as string}/events`;
      const verifier = { 'x-dossier-verifier': '0912345678' };
      opened.push(new EventStream(url, verifier), new EventStream(url, verifier));
      assert.deepEqual(await Promise.all(opened.map((stream) => stream.status)), [200, 200]);
      const third = await call(short.url, 'GET', `/api/v1/dossiers/${filed.body.code as string}/events`, { headers: { ...verifier, 'accept-language': 'en' } });
      assert.equal(third.status, 429);
      assert.equal(third.body.type, 'urn:egov-kit:problem:too-many-connections');
      assert.equal(third.body.detail, 'Too many connections are open from your address (at most 2). Please close some and try again.');
      assert.ok(Number(third.headers.get('retry-after')) > 0);
      const ended = await Promise.race([opened[0]!.ended.then(() => 'ended'), new Promise((resolve) => setTimeout(resolve, 5000, 'still open'))]);
      assert.equal(ended, 'ended');
      await opened[1]!.ended;
      const again = new EventStream(url, verifier);
      opened.push(again);
      assert.equal(await again.status, 200, 'an ended stream no longer counts');
    } finally {
      for (const stream of opened) stream.close();
      await short.stop();
    }
  });
});
