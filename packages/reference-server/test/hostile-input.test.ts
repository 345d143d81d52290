/**
 * Hostile input: every class of bad request a reliability review found answered with a 500, as a
 * table. Each case must get a 4xx problem (`application/problem+json` with type, title, status,
 * detail), never a 5xx, and the server must still serve afterwards. Runs on PGlite, and on
 * PostgreSQL with `scripts/with-postgres.sh`.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { encodeUploadMetadata } from '../src/contract.js';
import { absenceSubmission, call, databaseKind, sleep, staffToken, startTestServer, submit, type Answer, type TestServer } from './helpers.js';

/** One hostile request and the status it must get (any 4xx when not given). */
interface Case {
  name: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  json?: unknown;
  body?: string;
  /** Sent as raw bytes on a socket, for what fetch refuses to send. */
  raw?: string;
  status?: number | number[];
}

/** Text a person could not have meant and a database cannot store faithfully. */
const HOSTILE_TEXTS: Record<string, string> = {
  'NUL': '\u0000',
  'NUL inside': 'Nguyễn\u0000Văn',
  'lone high surrogate': '\ud800',
  'lone low surrogate inside': 'Trần\udfffThị',
  'bell': 'chuông\u0007',
  'escape sequence': '\u001b[2J',
  'delete': 'xóa\u007f',
  'C1 control': 'a\u0085b',
};

/** The same texts as they travel in a URL. */
const HOSTILE_URL_TEXTS: Record<string, string> = {
  'NUL': '%00',
  'NUL inside': 'abc%00def',
  'encoded surrogate (invalid UTF-8)': '%ED%A0%80',
  'invalid UTF-8': '%ff%fe',
  'truncated escape': 'abc%',
  'bad escape': '%zz',
  'bell': '%07',
};

/** JSON text of objects nested `depth` deep (built as text: JSON.stringify itself would overflow the stack). */
const deepJson = (depth: number) => `${'{"a":'.repeat(depth)}"x"${'}'.repeat(depth)}`;
/** JSON text of `value` with `"DEEP"` replaced by objects nested `depth` deep. */
const withDeep = (value: unknown, depth: number) => JSON.stringify(value).replace('"DEEP"', deepJson(depth));
const deepText = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

function cursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Sends raw bytes and reads the status and body of the answer. */
function rawRequest(base: string, text: string): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(text, 'latin1'));
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      data += chunk;
      const end = data.indexOf('\r\n\r\n');
      const length = /content-length:\s*(\d+)/i.exec(data);
      if (end >= 0 && length && data.length >= end + 4 + Number(length[1])) socket.end();
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', ...rest] = data.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      const headers = new Headers();
      for (const line of head.split('\r\n').slice(1)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
      }
      const bodyText = Buffer.from(rest.join('\r\n\r\n'), 'latin1').toString('utf8');
      resolve({ status, headers, text: bodyText, body: (headers.get('content-type') ?? '').includes('json') && bodyText ? JSON.parse(bodyText) : bodyText });
    });
  });
}

describe(`hostile input (${databaseKind})`, () => {
  let server: TestServer;
  let base: string;
  let staff: string;
  let dossier: { code: string; token: string };
  const phone = '0912345678';

  before(async () => {
    server = await startTestServer();
    base = server.url;
    staff = await staffToken(base);
    const filed = await submit(base, absenceSubmission());
    assert.equal(filed.status, 201, filed.text);
    dossier = { code: filed.body.code, token: filed.body.access.token };
  });
  after(() => server.stop());

  function cases(): Case[] {
    const list: Case[] = [];
    const json = (name: string, method: string, path: string, body: unknown, status?: number, headers: Record<string, string> = {}) =>
      list.push({ name, method, path, json: body, headers, ...(status ? { status } : {}) });
    const auth = { authorization: `Bearer ${staff}` };
    const verifier = { 'x-dossier-verifier': phone };
    const fresh = () => ({ 'idempotency-key': randomUUID() });
    const { code } = dossier;

    for (const [label, text] of Object.entries(HOSTILE_TEXTS)) {
      const submission = absenceSubmission();
      json(`${label} in the applicant's name`, 'POST', '/api/v1/dossiers', { ...submission, applicant: { ...submission.applicant, fullName: `A${text}` } }, 422, fresh());
      json(`${label} in a text answer`, 'POST', '/api/v1/dossiers', { ...submission, answers: { ...submission.answers, reason: `Lý do ${text}` } }, 422, fresh());
      json(`${label} in an address answer`, 'POST', '/api/v1/dossiers',
        { ...submission, answers: { ...submission.answers, destination: { ...submission.answers.destination, street: `Số 1${text}` } } }, 422, fresh());
      json(`${label} in an answer key`, 'POST', '/api/v1/dossiers', { ...submission, answers: { ...submission.answers, [`k${text}`]: 'x' } }, 422, fresh());
      json(`${label} in the procedure code`, 'POST', '/api/v1/dossiers', { ...submission, procedureCode: `1.003677${text}` }, undefined, fresh());
      json(`${label} in a withdrawal reason`, 'POST', `/api/v1/dossiers/${code}/withdraw`, { reason: `Rút ${text}` }, 422, verifier);
      json(`${label} in a supplement note`, 'POST', `/api/v1/dossiers/${code}/supplement-requests/X/answer`, { note: `Ghi chú ${text}` }, 422, verifier);
      json(`${label} in a staff note`, 'POST', `/api/v1/staff/dossiers/${code}/receive`, { note: `Ghi chú ${text}` }, 422, auth);
      json(`${label} in an officer's name`, 'POST', `/api/v1/staff/dossiers/${code}/receive`, { officer: { id: 'cb-01', name: `Cán bộ ${text}` } }, 422, auth);
      list.push({
        name: `${label} in an OAuth client_id`, method: 'POST', path: '/oauth/token',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: `demo${text}`, client_secret: 'x' }).toString(),
      });
      json(`${label} in a demo sign-on`, 'POST', '/sso/demo/token', { grant_type: 'password', username: `0190900${text}`, password: 'demo-citizen' });
      list.push({
        name: `${label} in a tus filename`, method: 'POST', path: '/api/v1/uploads', status: 422,
        headers: { 'tus-resumable': '1.0.0', 'upload-length': '10', 'upload-metadata': encodeUploadMetadata({ filename: `giấy${text}.pdf`, filetype: 'application/pdf' }) },
      });
    }

    const urlPlaces = (text: string): [string, string][] => [
      ['dossier code', `/api/v1/dossiers/${text}`],
      ['dossier history', `/api/v1/dossiers/${text}/history`],
      ['dossier events', `/api/v1/dossiers/${text}/events`],
      ['document id', `/api/v1/dossiers/${code}/documents/${text}`],
      ['procedure code', `/api/v1/procedures/${text}`],
      ['upload id', `/api/v1/uploads/${text}`],
      ['staff dossier code', `/api/v1/staff/dossiers/${text}`],
      ['my dossier code', `/api/v1/me/dossiers/${text}`],
      ['procedure search', `/api/v1/procedures?q=${text}`],
      ['procedure agency', `/api/v1/procedures?agency=${text}`],
      ['procedure cursor', `/api/v1/procedures?cursor=${text}`],
      ['staff status filter', `/api/v1/staff/dossiers?procedure=${text}`],
      ['staff since', `/api/v1/staff/dossiers?since=${text}`],
      ['event resume', `/api/v1/dossiers/${code}/events?lastEventId=${text}`],
    ];
    for (const [label, text] of Object.entries(HOSTILE_URL_TEXTS)) {
      for (const [place, path] of urlPlaces(text)) {
        list.push({ name: `${label} in the ${place}`, method: 'GET', path, headers: { ...auth, ...verifier } });
      }
    }
    for (const method of ['HEAD', 'PATCH', 'DELETE']) {
      list.push({ name: `NUL in an upload id (${method})`, method, path: '/api/v1/uploads/abc%00def', headers: { 'tus-resumable': '1.0.0', 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' }, ...(method === 'PATCH' ? { body: 'x' } : {}) });
    }
    list.push({ name: 'verifier opening a NUL code', method: 'GET', path: '/api/v1/dossiers/abc%00def', headers: verifier, status: 422 });

    // Cursors and numbers the database cannot hold.
    for (const p of [1e20, -1e20, 2 ** 31, -(2 ** 31) - 1, 1.5, '1']) {
      list.push({ name: `procedure cursor at ${p}`, method: 'GET', path: `/api/v1/procedures?cursor=${cursor({ p })}`, status: 422 });
    }
    for (const t of ['+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00.000Z', '0000-01-01T00:00:00Z', '-004714-01-01T00:00:00Z', '99999']) {
      list.push({ name: `staff cursor at ${t}`, method: 'GET', path: `/api/v1/staff/dossiers?cursor=${cursor({ t, c: 'X' })}`, headers: auth, status: 422 });
    }
    list.push({ name: 'staff cursor with a NUL code', method: 'GET', path: `/api/v1/staff/dossiers?cursor=${cursor({ t: '2026-01-01T00:00:00Z', c: 'a\u0000' })}`, headers: auth, status: 422 });
    for (const since of ['275760-09-13', '-271821-04-20T00:00:00Z', '+275760-09-13T00:00:00Z', '0000-00-00']) {
      list.push({ name: `staff since ${since}`, method: 'GET', path: `/api/v1/staff/dossiers?since=${encodeURIComponent(since)}`, headers: auth, status: 422 });
    }
    for (const limit of ['1e400', '-1', '0', '1e3', 'NaN', '%00', '99999999999999999999']) {
      list.push({ name: `page limit ${limit}`, method: 'GET', path: `/api/v1/procedures?limit=${limit}`, status: 422 });
    }
    list.push({ name: 'my dossiers cursor out of range', method: 'GET', path: `/api/v1/me/dossiers?cursor=${cursor({ t: '+275760-09-13T00:00:00.000Z', c: 'X' })}` });

    // Nesting and size.
    const submission = absenceSubmission();
    const deepBody = (name: string, path: string, value: unknown, depth: number, headers: Record<string, string>) =>
      list.push({ name, method: 'POST', path, headers: { ...headers, 'content-type': 'application/json' }, body: withDeep(value, depth), status: 422 });
    deepBody('10,000-deep JSON under an unknown answer key', '/api/v1/dossiers', { ...submission, answers: { ...submission.answers, extra: 'DEEP' } }, 10_000, fresh());
    list.push({ name: '10,000-deep arrays as a body', method: 'POST', path: '/api/v1/dossiers', headers: { ...fresh(), 'content-type': 'application/json' }, body: deepText(10_000) });
    deepBody('100-deep JSON under a known answer key', '/api/v1/dossiers', { ...submission, answers: { ...submission.answers, reason: 'DEEP' } }, 100, fresh());
    deepBody('20-deep JSON under a known answer key', '/api/v1/dossiers', { ...submission, answers: { ...submission.answers, destination: 'DEEP' } }, 20, fresh());
    json('an unknown answer key', 'POST', '/api/v1/dossiers', { ...submission, answers: { ...submission.answers, notAField: 'x' } }, 422, fresh());
    json('500 unknown answer keys', 'POST', '/api/v1/dossiers',
      { ...submission, answers: { ...submission.answers, ...Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i])) } }, 422, fresh());
    json('a 600 KB answer', 'POST', '/api/v1/dossiers', { ...submission, answers: { ...submission.answers, reason: 'x'.repeat(600_000) } }, 422, fresh());
    deepBody('10,000-deep JSON in a supplement answer', `/api/v1/dossiers/${code}/supplement-requests/X/answer`, { answers: { reason: 'DEEP' } }, 10_000, verifier);
    deepBody('10,000-deep JSON in a staff body', `/api/v1/staff/dossiers/${code}/receive`, { note: 'DEEP' }, 10_000, auth);
    deepBody('10,000-deep JSON to the token endpoint', '/sso/demo/token', { username: 'DEEP' }, 10_000, {});
    list.push({ name: 'a prototype key', method: 'POST', path: '/api/v1/dossiers', headers: { ...fresh(), 'content-type': 'application/json' }, body: '{"__proto__":{"polluted":true}}', status: 400 });

    // Framework errors.
    list.push({ name: 'a 10,000-character path segment', method: 'GET', path: `/api/v1/dossiers/${'A'.repeat(10_000)}`, status: 414 });
    list.push({ name: 'a 100,000-character path', method: 'GET', path: `/api/v1/${'a/'.repeat(50_000)}`, status: [414, 431] });
    list.push({ name: '32 KB of headers', method: 'GET', path: '/api/v1/procedures', headers: { 'x-padding': 'p'.repeat(32 * 1024) }, status: 431 });
    list.push({ name: 'an unknown route', method: 'GET', path: '/api/v1/nowhere', status: 404 });
    list.push({ name: 'an unknown method', method: 'PUT', path: '/api/v1/dossiers', status: 405 });
    list.push({ name: 'a 2 MB body', method: 'POST', path: '/api/v1/dossiers', headers: { ...fresh(), 'content-type': 'application/json' }, body: JSON.stringify({ pad: 'x'.repeat(2 * 1024 * 1024) }), status: 413 });
    list.push({ name: 'text/plain', method: 'POST', path: '/api/v1/dossiers', headers: { ...fresh(), 'content-type': 'text/plain' }, body: '{}', status: 415 });
    for (const charset of ['utf-16', 'UTF-16LE', 'iso-8859-1', 'windows-1258', '"utf-32"']) {
      list.push({ name: `JSON in charset ${charset}`, method: 'POST', path: '/api/v1/dossiers', headers: { ...fresh(), 'content-type': `application/json; charset=${charset}` }, body: JSON.stringify(submission), status: 415 });
    }
    list.push({ name: 'broken JSON', method: 'POST', path: '/api/v1/dossiers', headers: { ...fresh(), 'content-type': 'application/json' }, body: '{"a":', status: 400 });
    list.push({ name: 'JSON that is a string', method: 'POST', path: '/api/v1/dossiers', headers: { ...fresh(), 'content-type': 'application/json' }, body: '"x"', status: 422 });
    list.push({ name: 'an empty JSON body', method: 'POST', path: '/api/v1/dossiers', headers: { ...fresh(), 'content-type': 'application/json' }, body: '', status: 400 });
    list.push({ name: 'invalid UTF-8 in JSON', method: 'POST', path: '/api/v1/dossiers', headers: { ...fresh(), 'content-type': 'application/json' }, raw: '\xff\xfe{}' });
    list.push({ name: 'a bad Upload-Length', method: 'POST', path: '/api/v1/uploads', headers: { 'tus-resumable': '1.0.0', 'upload-length': '1e400' }, status: 400 });
    list.push({ name: 'a huge Upload-Length', method: 'POST', path: '/api/v1/uploads', headers: { 'tus-resumable': '1.0.0', 'upload-length': '999999999999999' }, status: 413 });
    list.push({ name: 'a bad If-Match', method: 'POST', path: `/api/v1/dossiers/${code}/withdraw`, headers: { ...verifier, 'if-match': '"99999999999999"' }, json: { reason: 'x' }, status: 422 });
    for (const id of ['demo%00staff', 'demo\u0000raw', 'demo%ED%A0%80', 'demo%']) {
      list.push({
        name: `HTTP Basic client id ${JSON.stringify(id)}`, method: 'POST', path: '/oauth/token', status: 401,
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${id}:x`).toString('base64')}` },
        body: 'grant_type=client_credentials',
      });
    }
    list.push({ name: 'a lowercase bearer scheme is read', method: 'GET', path: '/api/v1/staff/dossiers?limit=1', headers: { authorization: `bearer ${staff}` }, status: 200 });
    list.push({ name: 'a malformed bearer token', method: 'GET', path: '/api/v1/staff/dossiers', headers: { authorization: 'Bearer \u00ff\u00fe' }, status: 401 });
    list.push({ name: 'a bearer token of garbage', method: 'GET', path: '/api/v1/me/dossiers', headers: { authorization: `Bearer ${'a.'.repeat(2000)}` }, status: 401 });
    list.push({ name: 'a 10 KB verifier', method: 'GET', path: `/api/v1/dossiers/${code}`, headers: { 'x-dossier-verifier': '9'.repeat(10_000) }, status: 404 });
    return list;
  }

  /** Sends a case with fetch; an answer that does not end within 10 s (an open stream) is a failure. */
  async function fetchAnswer(c: Case): Promise<Answer> {
    const headers: Record<string, string> = { ...c.headers, ...(c.json !== undefined ? { 'content-type': 'application/json' } : {}) };
    const body = c.json !== undefined ? JSON.stringify(c.json) : c.body;
    const response = await fetch(`${base}${c.path}`, { method: c.method, headers, signal: AbortSignal.timeout(10_000), ...(body !== undefined ? { body } : {}) });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, headers: response.headers, text, body: type.includes('json') && text ? JSON.parse(text) as unknown : text };
  }

  /** Sends one case as fetch would, or raw where fetch cannot. */
  function send(c: Case): Promise<Answer> {
    const raw = c.raw !== undefined || /%(?![0-9a-f]{2})|%zz/i.test(c.path) || c.path.length > 8000;
    if (!raw) return fetchAnswer(c);
    const body = c.raw ?? c.body ?? (c.json !== undefined ? JSON.stringify(c.json) : '');
    const headers = { host: new URL(base).host, connection: 'close', 'accept-language': 'vi', ...c.headers, ...(body ? { 'content-length': String(Buffer.byteLength(body, 'latin1')) } : {}) };
    return rawRequest(base, `${c.method} ${c.path} HTTP/1.1\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`);
  }

  test('form answers are stored in NFC, as applicant fields are', async () => {
    const submission = absenceSubmission('Phạm Thị Chuẩn Hóa');
    const decomposed = 'Đi công tác tại Phường Đức Xuân.'.normalize('NFD');
    const filed = await submit(base, { ...submission, answers: { ...submission.answers, reason: decomposed } });
    assert.equal(filed.status, 201, filed.text);
    assert.equal(filed.body.answers.reason, 'Đi công tác tại Phường Đức Xuân.');
    const read = await call(base, 'GET', `/api/v1/dossiers/${filed.body.code as string}`, { headers: { authorization: `Bearer ${filed.body.access.token as string}` } });
    assert.equal(read.body.answers.reason, 'Đi công tác tại Phường Đức Xuân.');
  });

  test('every hostile request gets a 4xx problem, never a 5xx', async () => {
    const all = cases();
    assert.ok(all.length >= 150, `${all.length} cases`);
    const failures: string[] = [];
    for (const c of all) {
      const answer = await send(c).catch((error: Error) => ({ status: 0, text: error.message, headers: new Headers(), body: undefined }) as Answer);
      const problem = answer.body as { type?: unknown; title?: unknown; status?: unknown; detail?: unknown } | undefined;
      const shaped = c.method === 'HEAD' || (answer.status < 400 && answer.status === c.status) || (answer.headers.get('content-type')?.startsWith('application/problem+json')
        && typeof problem?.type === 'string' && typeof problem.title === 'string' && problem.status === answer.status && typeof problem.detail === 'string');
      const statusOk = c.status !== undefined ? [c.status].flat().includes(answer.status) : answer.status >= 400 && answer.status < 500;
      if (!statusOk || !shaped) failures.push(`${c.name}: ${answer.status} ${answer.text.slice(0, 160)}`);
      if (process.env.HOSTILE_VERBOSE) console.log(statusOk && shaped ? 'ok  ' : 'FAIL', c.name, answer.status);
    }
    assert.deepEqual(failures, [], `${failures.length} of ${all.length} failed`);
    const health = await call(base, 'GET', '/health');
    assert.equal(health.status, 200, 'the server still serves');
    const filed = await submit(base, absenceSubmission('Lê Thị Còn Phục Vụ'));
    assert.equal(filed.status, 201, filed.text);
  });
});

/** Opens a socket, writes `head`, and collects what comes back until the server closes it. */
function openSocket(base: string, head: string): { socket: ReturnType<typeof connect>; answer: Promise<{ text: string; ms: number }> } {
  const { hostname, port } = new URL(base);
  const started = Date.now();
  const socket = connect(Number(port), hostname, () => socket.write(head));
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => { text += chunk; });
  const answer = new Promise<{ text: string; ms: number }>((resolve) => {
    socket.on('close', () => resolve({ text, ms: Date.now() - started }));
    socket.on('error', () => undefined);
  });
  return { socket, answer };
}

const statusOf = (text: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0);
const problemOf = (text: string) => JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4)) as { type: string; title: string; status: number };

describe(`limits on slow and greedy clients (${databaseKind})`, () => {
  let server: TestServer;
  let base: string;
  before(async () => {
    server = await startTestServer({ requestTimeoutSeconds: 2, headersTimeoutSeconds: 2, submissionLimit: 3, submissionWindowSeconds: 60, maxConnectionsPerClient: 6 });
    base = server.url;
  });
  after(() => server.stop());

  test('a body trickling in a byte at a time is cut off with a 408 problem; so are headers that never end', async () => {
    const host = new URL(base).host;
    const trickle = openSocket(base, `POST /api/v1/dossiers HTTP/1.1\r\nhost: ${host}\r\ncontent-type: application/json\r\ncontent-length: 1000\r\nidempotency-key: ${randomUUID()}\r\n\r\n{`);
    const timer = setInterval(() => trickle.socket.writable && trickle.socket.write(' '), 500);
    const headers = openSocket(base, `GET /health HTTP/1.1\r\nhost: ${host}\r\nx-slow: `);
    const [body, head] = await Promise.all([trickle.answer, headers.answer]).finally(() => clearInterval(timer));
    for (const { text, ms } of [body, head]) {
      assert.equal(statusOf(text), 408, text);
      assert.equal(problemOf(text).type, 'urn:egov-kit:problem:request-timeout');
      assert.ok(ms < 6000, `cut off after ${ms} ms`);
    }
    assert.equal((await call(base, 'GET', '/health')).status, 200);
  });

  test('a PATCH past the declared upload length is refused at once, without reading the rest', async () => {
    const created = await call(base, 'POST', '/api/v1/uploads', {
      headers: { 'tus-resumable': '1.0.0', 'upload-length': '10', 'upload-metadata': encodeUploadMetadata({ filename: 'a.pdf', filetype: 'application/pdf' }) },
    });
    assert.equal(created.status, 201, created.text);
    const path = new URL(created.headers.get('location')!, base).pathname;
    const host = new URL(base).host;
    const tus = `tus-resumable: 1.0.0\r\nupload-offset: 0\r\ncontent-type: application/offset+octet-stream\r\nhost: ${host}`;
    // Declared too long: answered before any byte of the body is read.
    const declared = openSocket(base, `PATCH ${path} HTTP/1.1\r\n${tus}\r\ncontent-length: 50000000\r\n\r\n%PDF-`);
    // Not declared (chunked): read only until it goes past, then answered.
    const chunked = openSocket(base, `PATCH ${path} HTTP/1.1\r\n${tus}\r\ntransfer-encoding: chunked\r\n\r\n14\r\n%PDF-1.7 abcdefghijk\r\n`);
    for (const { text, ms } of await Promise.all([declared.answer, chunked.answer])) {
      assert.equal(statusOf(text), 413, text);
      assert.equal(problemOf(text).type, 'urn:egov-kit:problem:upload-too-large');
      assert.ok(ms < 2000, `answered after ${ms} ms`);
    }
    const head = await call(base, 'HEAD', path, { headers: { 'tus-resumable': '1.0.0' } });
    assert.equal(head.headers.get('upload-offset'), '0', 'nothing of a refused chunk is kept');
  });

  test('anonymous submissions are limited per client address, with Retry-After', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await submit(base, absenceSubmission(), randomUUID(), { 'accept-language': 'en' }));
    assert.deepEqual(answers.map((answer) => answer.status), [201, 201, 201, 429]);
    const refused = answers[3]!;
    assert.equal(refused.body.type, 'urn:egov-kit:problem:rate-limited');
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    assert.equal(answers[0]!.headers.get('ratelimit-remaining'), '2');
  });

  test('connections beyond the cap for one address get a 429 problem and are closed; the others are served', async () => {
    const host = new URL(base).host;
    const held = Array.from({ length: 6 }, () => openSocket(base, ''));
    await sleep(300);
    const extra = openSocket(base, `GET /health HTTP/1.1\r\nhost: ${host}\r\n\r\n`);
    const { text } = await extra.answer;
    assert.equal(statusOf(text), 429, text);
    assert.equal(problemOf(text).type, 'urn:egov-kit:problem:too-many-connections');
    for (const { socket } of held) socket.destroy();
    await Promise.all(held.map(({ answer }) => answer));
    await sleep(100);
    assert.equal((await call(base, 'GET', '/health')).status, 200, 'closed connections no longer count');
  });

  test('an idempotency key replays only for the client that used it first', async () => {
    const proxied = await startTestServer({ trustProxy: 1 });
    try {
      const key = randomUUID();
      const body = absenceSubmission('Đỗ Thị Khóa Riêng');
      const first = await submit(proxied.url, body, key, { 'x-forwarded-for': '203.0.113.7' });
      assert.equal(first.status, 201, first.text);
      const again = await submit(proxied.url, body, key, { 'x-forwarded-for': '203.0.113.7' });
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotency-replayed'), 'true');
      assert.equal(again.body.code, first.body.code);
      const other = await submit(proxied.url, body, key, { 'x-forwarded-for': '198.51.100.9' });
      assert.equal(other.status, 409);
      assert.equal(other.body.type, 'urn:egov-kit:problem:idempotency-key-reused');
      assert.doesNotMatch(other.text, new RegExp(first.body.access.token as string), 'another client never gets the token');
    } finally {
      await proxied.stop();
    }
  });
});
