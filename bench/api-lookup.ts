/**
 * Dossier lookup (`GET /api/v1/dossiers/{code}` with `X-Dossier-Verifier`) under 50 connections:
 * requests per second and p99 latency, beside a bare Fastify route answering a constant in the
 * same run on the same machine, and their ratio. On the embedded database (PGlite) always, and on
 * PostgreSQL when DATABASE_URL is set. Each server runs in its own process; autocannon drives them
 * from this one. Target: a ratio of at least 0.5 on PostgreSQL. `/ready` (one `SELECT 1` through
 * the same server) is measured too, as the ceiling of any route that makes one database round trip
 * on this machine, and the bare route answering the very bytes of a lookup (`/same-bytes`), as the
 * ceiling of any route that sends that much JSON.
 *   node --conditions=egov-source --import tsx bench/api-lookup.ts [seconds]
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { header, result, round } from './lib/report.js';
import { autocannon, benchDatabases, spawnProcess, spawnReferenceServer, stop } from './lib/servers.js';

/** CPU time (user + system) a process has used, in ms, or `undefined` where /proc is not there. USER_HZ is 100 on Linux. */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/**
 * Drives `requests` at 50 connections for `seconds` after a warm-up. Beside throughput, the
 * server's CPU per request: less sensitive than req/s to what else the machine runs, since on two
 * cores the server shares them with autocannon.
 */
async function run(server: { url: string; child: { pid?: number | undefined } }, requests: Record<string, unknown>[], seconds: number) {
  await autocannon({ url: server.url, connections: 50, duration: 2, requests }); // warm-up
  const before = cpuMs(server.child.pid);
  const measured = await autocannon({ url: server.url, connections: 50, duration: seconds, requests });
  const after = cpuMs(server.child.pid);
  const cpu = before !== undefined && after !== undefined && measured.requests.total > 0
    ? { serverCpuUsPerRequest: round(((after - before) * 1000) / measured.requests.total) } : {};
  return { rps: round(measured.requests.average), p50Ms: measured.latency.p50, p99Ms: measured.latency.p99, ...cpu, non2xx: measured.non2xx, errors: measured.errors + measured.timeouts };
}

/** Some seeded dossiers to look up, each with its applicant's phone. */
async function lookups(base: string): Promise<Record<string, unknown>[]> {
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: 'demo-staff', client_secret: 'demo-staff-secret' });
  const token = (await (await fetch(`${base}/oauth/token`, { method: 'POST', body: form })).json()) as { access_token: string };
  const page = (await (await fetch(`${base}/api/v1/staff/dossiers?limit=40`, { headers: { authorization: `Bearer ${token.access_token}` } })).json()) as { items: { code: string }[] };
  const requests: Record<string, unknown>[] = [];
  for (const { code } of page.items) {
    const dossier = (await (await fetch(`${base}/api/v1/staff/dossiers/${code}`, { headers: { authorization: `Bearer ${token.access_token}` } })).json()) as { applicant: { phone: string } };
    requests.push({ method: 'GET', path: `/api/v1/dossiers/${code}`, headers: { 'x-dossier-verifier': dossier.applicant.phone } });
  }
  return requests;
}

async function main(): Promise<void> {
  const seconds = Number(process.argv[2] ?? 10);
  header('api-lookup');
  const targets = await benchDatabases();
  for (const target of targets) {
    const server = await spawnReferenceServer({ ...target.env, EGOV_LOOKUP_LIMIT: '1000000000' });
    const requests = await lookups(server.url);
    const first = requests[0] as { path: string; headers: Record<string, string> };
    const body = await (await fetch(`${server.url}${first.path}`, { headers: first.headers })).text();
    const measured = await run(server, requests, seconds);
    // For reading the ratio: the same server answering /ready, one `SELECT 1` round trip.
    const floor = await run(server, [{ method: 'GET', path: '/ready' }], seconds);
    await stop(server.child);
    await target.cleanup();
    const bodyFile = join(tmpdir(), `egov-bench-body-${process.pid}.json`);
    writeFileSync(bodyFile, body);
    const bare = await spawnProcess([fileURLToPath(import.meta.url), '--bare'], { EGOV_BENCH_BODY: bodyFile });
    const baseline = await run(bare, [{ method: 'GET', path: '/constant' }], seconds);
    const sameBytes = await run(bare, [{ method: 'GET', path: '/same-bytes' }], seconds);
    await stop(bare.child);
    rmSync(bodyFile, { force: true });
    result({ database: target.database, route: 'bare Fastify constant', connections: 50, seconds, ...baseline });
    result({ database: target.database, route: `bare Fastify answering one lookup's ${body.length} bytes, reference point`, connections: 50, seconds, ...sameBytes, ratioToBare: round(sameBytes.rps / baseline.rps) });
    result({ database: target.database, route: 'GET /ready (one SELECT 1), reference point', connections: 50, seconds, ...floor, ratioToBare: round(floor.rps / baseline.rps) });
    result({ database: target.database, route: 'GET /api/v1/dossiers/{code} + verifier', connections: 50, seconds, ...measured,
      ratioToBare: round(measured.rps / baseline.rps), ratioToSameBytes: round(measured.rps / sameBytes.rps) });
  }
}

if (process.argv.includes('--bare')) {
  // The baseline: Fastify with one route answering a constant, nothing else.
  const { default: Fastify } = await import('fastify');
  const app = Fastify({ logger: false });
  app.get('/constant', async () => ({ status: 'ok' }));
  const body = process.env.EGOV_BENCH_BODY ? readFileSync(process.env.EGOV_BENCH_BODY, 'utf8') : '{}';
  app.get('/same-bytes', async (_request, reply) => reply.header('content-type', 'application/json; charset=utf-8').send(body));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  console.log(`API:          http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/v1`);
} else {
  await main();
}
