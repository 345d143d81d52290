/**
 * The bigger hostile-input run: thousands of generated bad requests (every hostile text in every
 * place a client can put text: JSON fields and keys, answers, path and query parameters, tus
 * metadata; JSON nested to random depths; cursors out of range) against a server in its own
 * process, counting answers by status class. The figure that matters is `answered5xx`: it must be
 * 0. Beside it, `/health` latency while the flood runs and while idle (the peer), and their ratio.
 * On PGlite always, and on PostgreSQL when DATABASE_URL is set.
 *   node --conditions=egov-source --import tsx bench/hostile-input.ts [requests]
 */
import { randomUUID } from 'node:crypto';
import { header, quantile, result, round } from './lib/report.js';
import { benchDatabases, spawnReferenceServer, stop } from './lib/servers.js';

const CONCURRENCY = 8;

const TEXTS = ['\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '\u0007', '\u001b[2J', '\u007f', '\u0085', '\u2028', '\ufeff', 'Nguyễn\u0000', '😀\ud83d'];
const URL_TEXTS = ['%00', 'a%00b', '%ED%A0%80', '%ff', '%C0%AF', '%07', '%2e%2e%2f', '%u0000', 'A'.repeat(120)];

/** A valid "Khai báo tạm vắng" application to spoil. */
function application(): Record<string, unknown> {
  return {
    procedureCode: '1.003677', formVersion: 1,
    applicant: { kind: 'citizen', fullName: 'Nguyễn Văn Thử', idNumber: '019090012345', phone: '0912345678' },
    answers: { destination: { provinceCode: '19', communeCode: '05443', street: 'Số 12' }, fromDate: '2026-12-01', toDate: '2027-01-15', reason: 'Công tác.' },
  };
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** One generated hostile request. */
function hostile(): { method: string; path: string; headers: Record<string, string>; body?: string } {
  const json = { 'content-type': 'application/json', 'idempotency-key': randomUUID() };
  const text = pick(TEXTS);
  switch (Math.floor(Math.random() * 9)) {
    case 0: {
      const body = application();
      const place = pick(['fullName', 'reason', 'street', 'key', 'procedureCode']);
      if (place === 'fullName') (body.applicant as Record<string, unknown>).fullName = `A${text}`;
      else if (place === 'reason') (body.answers as Record<string, unknown>).reason = `B${text}`;
      else if (place === 'street') ((body.answers as Record<string, Record<string, unknown>>).destination!).street = `C${text}`;
      else if (place === 'key') (body.answers as Record<string, unknown>)[`k${text}`] = 1;
      else body.procedureCode = `1.003677${text}`;
      return { method: 'POST', path: '/api/v1/dossiers', headers: json, body: JSON.stringify(body) };
    }
    case 1: {
      const depth = 10 + Math.floor(Math.random() * 20_000);
      return { method: 'POST', path: '/api/v1/dossiers', headers: json, body: `{"answers":${'['.repeat(depth)}${']'.repeat(depth)}}` };
    }
    case 2:
      return { method: 'GET', path: pick(['/api/v1/dossiers/', '/api/v1/procedures/', '/api/v1/uploads/', '/api/v1/staff/dossiers/']) + pick(URL_TEXTS), headers: {} };
    case 3:
      return { method: 'GET', path: `/api/v1/procedures?${pick(['q', 'agency', 'field', 'level', 'cursor', 'limit'])}=${pick(URL_TEXTS)}`, headers: {} };
    case 4:
      return { method: 'GET', path: `/api/v1/procedures?cursor=${cursor({ p: pick([1e20, -1, 2 ** 31, 1.5, '1', null]) })}`, headers: {} };
    case 5:
      return {
        method: 'POST', path: '/oauth/token', headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: `demo${text}`, client_secret: text }).toString(),
      };
    case 6:
      return {
        method: 'POST', path: '/api/v1/uploads',
        headers: { 'tus-resumable': '1.0.0', 'upload-length': pick(['10', '1e400', '-1', '99999999999999999']), 'upload-metadata': `filename ${Buffer.from(`a${text}.pdf`).toString('base64')},filetype ${Buffer.from('application/pdf').toString('base64')}` },
      };
    case 7:
      return { method: 'POST', path: '/api/v1/dossiers', headers: { ...json, 'content-type': `application/json; charset=${pick(['utf-16', 'latin1', 'utf-32', 'x'])}` }, body: JSON.stringify(application()) };
    default:
      return { method: 'POST', path: '/api/v1/dossiers/X/withdraw', headers: { ...json, 'x-dossier-verifier': '0912345678' }, body: JSON.stringify({ reason: `R${text}` }) };
  }
}

/** `/health` latencies (ms) over `count` sequential requests. */
async function healthLatencies(url: string, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await (await fetch(`${url}/health`)).arrayBuffer();
    times.push(performance.now() - started);
  }
  return times;
}

const total = Number(process.argv[2] ?? 5000);
header('hostile-input');
for (const target of await benchDatabases()) {
  const server = await spawnReferenceServer({ ...target.env, EGOV_LOOKUP_LIMIT: '1000000000', EGOV_TOKEN_LIMIT: '1000000000', EGOV_UPLOAD_LIMIT: '1000000000' });
  const idle = await healthLatencies(server.url, 200);
  const classes: Record<string, number> = {};
  const fivexx: string[] = [];
  let sent = 0;
  const started = performance.now();
  const flood = Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (sent < total) {
      sent++;
      const request = hostile();
      const answer = await fetch(`${server.url}${request.path}`, { method: request.method, headers: request.headers, ...(request.body !== undefined ? { body: request.body } : {}) })
        .catch(() => undefined);
      await answer?.arrayBuffer();
      const key = answer ? `${Math.floor(answer.status / 100)}xx` : 'no answer';
      classes[key] = (classes[key] ?? 0) + 1;
      if (!answer || answer.status >= 500) fivexx.push(`${request.method} ${request.path.slice(0, 80)} → ${answer?.status ?? 'none'}`);
    }
  }));
  const during = await healthLatencies(server.url, 200);
  await flood;
  const seconds = (performance.now() - started) / 1000;
  const alive = (await fetch(`${server.url}/health`)).status;
  await stop(server.child);
  await target.cleanup();
  const p99Idle = quantile(idle, 0.99);
  const p99During = quantile(during, 0.99);
  result({
    database: target.database, requests: total, concurrency: CONCURRENCY, seconds: round(seconds), perSecond: round(total / seconds),
    answered5xx: fivexx.length, byClass: classes, healthAfter: alive,
    healthP99IdleMs: round(p99Idle), healthP99DuringFloodMs: round(p99During), ratio: round(p99During / p99Idle),
    ...(fivexx.length > 0 ? { firstFailures: fivexx.slice(0, 10) } : {}),
  });
}
