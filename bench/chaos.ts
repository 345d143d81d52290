/**
 * The chaos run, bigger than CI's: clients file dossiers (each key retried through 503s and refused
 * connections until acknowledged, as the SDK does) while the server is killed with SIGKILL again
 * and again, and, on PostgreSQL, while the database's connections are cut and it is restarted.
 * Prints, per run, the dossiers acknowledged and the keys tried, and the two counts that must be
 * 0: acknowledged dossiers lost, and keys filed twice. On PGlite always; on PostgreSQL too when
 * DATABASE_URL is set (and its server binaries, PGBIN, for the connection-loss run), as
 * `scripts/with-postgres.sh` gives them.
 *   node --conditions=egov-source --import tsx bench/chaos.ts [kills=10] [clients=8]
 */
import { audit, SubmissionLoad } from '../packages/reference-server/test/chaos.js';
import { createStorage, databaseKind, sleep, spawnServer, stopServer, type ChildServer } from '../packages/reference-server/test/helpers.js';
import { PostgresCluster, postgresClusterUnavailable } from '../packages/reference-server/test/postgres-cluster.js';
import { header, result } from './lib/report.js';

const [KILLS = 10, CLIENTS = 8] = process.argv.slice(2).map(Number);

function report(run: string, load: SubmissionLoad, found: Awaited<ReturnType<typeof audit>>, seconds: number, extra: Record<string, unknown>) {
  result({
    run, clients: CLIENTS, seconds: Math.round(seconds), ...extra, keys: found.keys, acknowledged: found.acknowledged,
    lost: found.lost.length, duplicated: found.duplicated.length, unexpected: load.unexpected.length, otherAnswers: load.answers,
  });
  if (found.lost.length + found.duplicated.length + load.unexpected.length > 0) {
    console.error(JSON.stringify({ lost: found.lost, duplicated: found.duplicated, unexpected: load.unexpected.slice(0, 10) }));
    process.exitCode = 1;
  }
}

/** kill -9 the server `KILLS` times under load, restarting it on the same data each time. */
async function killRun(): Promise<void> {
  const storage = await createStorage();
  const prefix = 'Hỗn Loạn';
  const since = new Date(Date.now() - 1000).toISOString();
  const started = performance.now();
  let server: ChildServer | undefined = await spawnServer(storage.env);
  const load = new SubmissionLoad(() => server!.url, prefix);
  try {
    load.start(CLIENTS);
    for (let kill = 0; kill < KILLS; kill++) {
      await load.acknowledge(20, 60_000);
      await sleep(Math.random() * 500);
      const killed: ChildServer = server;
      killed.child.kill('SIGKILL');
      await killed.exited;
      server = await spawnServer(storage.env);
    }
    await load.acknowledge(20, 60_000);
    await load.stop();
    report(`kill -9 (${databaseKind})`, load, await audit(server.url, load, since, prefix), (performance.now() - started) / 1000, { kills: KILLS });
  } finally {
    await load.stop();
    await stopServer(server);
    await storage.remove();
  }
}

/** Cut every connection `KILLS` times, and stop and start PostgreSQL `KILLS / 2` times, under load. */
async function connectionLossRun(): Promise<void> {
  const cluster = await PostgresCluster.start();
  const prefix = 'Mất Kết Nối';
  const since = new Date(Date.now() - 1000).toISOString();
  const started = performance.now();
  let server: ChildServer | undefined;
  try {
    server = await spawnServer({ DATABASE_URL: cluster.url, EGOV_SEED_DOSSIERS: '12' });
    const load = new SubmissionLoad(() => server!.url, prefix);
    load.start(CLIENTS);
    try {
      let cuts = 0;
      let restarts = 0;
      for (let round = 0; round < KILLS; round++) {
        await load.acknowledge(20, 60_000);
        cuts += await cluster.terminateConnections();
        if (round % 2 === 1) {
          await cluster.stop();
          await sleep(1000);
          await cluster.start();
          restarts++;
        }
      }
      await load.acknowledge(20, 60_000);
      await load.stop();
      const found = await audit(server.url, load, since, prefix);
      report('postgresql connection loss', load, found, (performance.now() - started) / 1000, { connectionsCut: cuts, restarts, serverExited: server.child.exitCode !== null });
    } finally {
      await load.stop();
    }
  } finally {
    await stopServer(server);
    await cluster.remove();
  }
}

header('chaos');
await killRun();
const unavailable = postgresClusterUnavailable();
if (unavailable) result({ run: 'postgresql connection loss', skipped: unavailable });
else await connectionLossRun();
