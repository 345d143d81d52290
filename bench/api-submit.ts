/**
 * Dossier submissions (`POST /api/v1/dossiers`, each with its own `Idempotency-Key`) per second and
 * their p99 latency under 20 connections, then replays (the same keys again, answered from the
 * stored first answer). On the embedded database (PGlite) always, and on PostgreSQL when
 * DATABASE_URL is set. The server runs in its own process; autocannon drives it from this one.
 *   node --conditions=egov-source --import tsx bench/api-submit.ts [seconds]
 */
import { randomUUID } from 'node:crypto';
import { header, result, round } from './lib/report.js';
import { autocannon, benchDatabases, spawnReferenceServer, stop } from './lib/servers.js';

const CONNECTIONS = 20;

/** A valid "Khai báo tạm vắng" (1.003677) application; the name varies so every dossier differs. */
function application(n: number): string {
  return JSON.stringify({
    procedureCode: '1.003677',
    formVersion: 1,
    applicant: { kind: 'citizen', fullName: `Nguyễn Văn Đo Tải ${n}`, idNumber: '019090012345', phone: '0912345678' },
    answers: {
      destination: { provinceCode: '19', communeCode: '05443', street: 'Số 12, đường Hoàng Văn Thụ' },
      fromDate: '2026-12-01', toDate: '2027-01-15', reason: 'Đi công tác tại tỉnh khác.',
    },
  });
}

/** Drives submissions for `seconds`; returns the figures and the keys used with their bodies. */
async function submissions(url: string, seconds: number, replayOf?: { key: string; body: string }[]) {
  const used: { key: string; body: string }[] = [];
  let counter = 0;
  const measured = await autocannon({
    url, connections: CONNECTIONS, duration: seconds,
    requests: [{
      method: 'POST', path: '/api/v1/dossiers', headers: { 'content-type': 'application/json' },
      setupRequest: (request: { headers: Record<string, string>; body?: string }) => {
        const n = counter++;
        const sent = replayOf ? replayOf[n % replayOf.length]! : { key: randomUUID(), body: application(n) };
        if (!replayOf) used.push(sent);
        request.headers = { ...request.headers, 'idempotency-key': sent.key };
        request.body = sent.body;
        return request;
      },
    }],
  });
  const created = measured.statusCodeStats['201']?.count ?? 0;
  return {
    figures: { perSecond: round(measured.requests.average), p50Ms: measured.latency.p50, p99Ms: measured.latency.p99, answered201: created, non2xx: measured.non2xx, errors: measured.errors + measured.timeouts },
    used,
  };
}

const seconds = Number(process.argv[2] ?? 10);
header('api-submit');
const targets = await benchDatabases();
for (const target of targets) {
  const server = await spawnReferenceServer(target.env);
  const first = await submissions(server.url, seconds);
  const replay = await submissions(server.url, Math.max(3, Math.round(seconds / 2)), first.used.slice(0, 2000));
  await stop(server.child);
  await target.cleanup();
  result({ database: target.database, route: 'POST /api/v1/dossiers, new Idempotency-Key each', connections: CONNECTIONS, seconds, ...first.figures });
  result({ database: target.database, route: 'POST /api/v1/dossiers, replayed keys', connections: CONNECTIONS, seconds: Math.max(3, Math.round(seconds / 2)), ...replay.figures });
}
