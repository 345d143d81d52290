/**
 * The reference server the stories run against: a fresh seeded copy (every status among its
 * dossiers) on a known port, so a built Storybook finds it, plus the seeded dossiers' codes and
 * verifiers for stories that look one up (what `npm start` prints as "Try a lookup"), served on
 * the next port, with the signature engine's test corpus (`/corpus/<name>.pdf` and `.json`: its trust
 * list, validation time and policy) for the signature viewer's stories. Prints `{"url", "fixtures"}` on one line once both listen; stops when stdin
 * closes or on SIGTERM.
 *
 *   STORYBOOK_EGOV_API_PORT=6008 node --conditions=egov-source --import tsx scripts/story-api-server.ts
 */
import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { demoDossiers, startServer } from '@egov-kit/reference-server';
import { seededDataFolder, testServerConfig } from '../packages/sdk/test/helpers/reference-server.js';
import { loadCorpus, trustFor, type Corpus } from '../packages/signature/test/fixtures/load.js';
import { DATES } from '../packages/signature/test/fixtures/pki.js';

const port = Number(process.env.STORYBOOK_EGOV_API_PORT ?? 6008);
const dataDir = await seededDataFolder();
const server = await startServer({ ...testServerConfig, port, dataDir }, {});
const dossiers = await demoDossiers(server.db);

// Built (or read from its cache) on the first story that asks, so the server starts at once.
let corpus: Promise<Corpus> | undefined;

async function corpusFile(name: string, kind: string): Promise<{ type: string; body: Uint8Array | string } | undefined> {
  corpus ??= loadCorpus();
  const fixture = (await corpus).fixtures.find((f) => f.name === name);
  if (!fixture) return undefined;
  if (kind === 'pdf') return { type: 'application/pdf', body: fixture.bytes };
  const settings = { trustList: trustFor(await corpus, fixture) ?? null, time: DATES.validation.toISOString(), policy: fixture.policy ?? null };
  return { type: 'application/json; charset=utf-8', body: JSON.stringify(settings) };
}

const fixtures = createServer((request, response) => {
  const headers = { 'access-control-allow-origin': '*', 'content-type': 'application/json; charset=utf-8' };
  const inCorpus = /^\/corpus\/([a-z0-9-]+)\.(pdf|json)$/.exec(request.url ?? '');
  if (request.url === '/dossiers') response.writeHead(200, headers).end(JSON.stringify(dossiers));
  else if (inCorpus) {
    corpusFile(inCorpus[1]!, inCorpus[2]!).then(
      (file) => (file ? response.writeHead(200, { ...headers, 'content-type': file.type }).end(file.body) : response.writeHead(404, headers).end('{}')),
      (error: unknown) => response.writeHead(500, headers).end(JSON.stringify({ error: String(error) })),
    );
  } else response.writeHead(404, headers).end('{}');
});
await new Promise<void>((listening) => fixtures.listen(port + 1, '127.0.0.1', listening));
process.stdout.write(`${JSON.stringify({ url: server.url, fixtures: `http://127.0.0.1:${port + 1}` })}\n`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  fixtures.close();
  void server.close().finally(() => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
};
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
