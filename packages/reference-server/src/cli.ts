#!/usr/bin/env node
/**
 * `npm start`: the reference server with its embedded database (or PostgreSQL when DATABASE_URL
 * is set), seeded on first start. Prints its URLs and the demo credentials. Stops gracefully on
 * SIGTERM/SIGINT: no new requests, those in flight finish, the database closes.
 *
 *   node --conditions=egov-source --import tsx src/cli.ts [--port N] [--host H] [--data-dir DIR] [--portal DIR]
 *
 * `--portal DIR` (or `EGOV_PORTAL_DIR`) also serves a built web portal at `/`, e.g. the demo
 * portal's `packages/demo-portal/dist`; a relative DIR is taken from where npm was run.
 */
import { parseArgs } from 'node:util';
import { resolveFromInvocation } from './config.js';
import { demoDossiers, DEMO_CITIZEN, DEMO_CLIENTS, startServer, type ServerConfig } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string' }, host: { type: 'string' }, 'data-dir': { type: 'string' }, 'no-seed': { type: 'boolean' }, portal: { type: 'string' },
  },
});
const overrides: Partial<ServerConfig> = {
  ...(values.port !== undefined ? { port: Number(values.port) } : {}),
  ...(values.host !== undefined ? { host: values.host } : {}),
  ...(values['data-dir'] !== undefined ? { dataDir: values['data-dir'] } : {}),
  ...(values['no-seed'] ? { seed: false } : {}),
  ...(values.portal !== undefined ? { portalDir: resolveFromInvocation(values.portal) } : {}),
};

const server = await startServer(overrides);
const { url, config, db } = server;
const examples = await demoDossiers(db);
const example = examples.find((d) => d.status === 'supplement-requested') ?? examples[0];
server.app.log.info({ url, api: `${url}/api/v1`, database: db.kind, seeded: server.seed.seeded, pkiCreated: server.pkiCreated }, 'egov-kit reference server ready');
const lines = [
  '',
  'egov-kit reference server',
  ...(config.portalDir ? [`  Portal:       ${url}/`] : []),
  `  API:          ${url}/api/v1`,
  `  OpenAPI:      ${url}/api/v1/openapi.json`,
  `  Trust list:   ${url}/api/v1/trust-list`,
  `  Health:       ${url}/health   Ready: ${url}/ready`,
  `  Database:     ${db.kind === 'pglite' ? `PGlite (embedded) in ${db.location}` : `PostgreSQL ${db.location}`}`,
  `  Staff OAuth:  POST ${url}/oauth/token  grant_type=client_credentials`,
  `                ${DEMO_CLIENTS.staff.id} / ${config.demoStaffSecret}  (all scopes)`,
  `                ${DEMO_CLIENTS.desk.id} / ${config.demoDeskSecret}  (${DEMO_CLIENTS.desk.scopes.join(' ')})`,
  ...(config.demoCitizenPassword ? [
    `  Demo sign-on: POST ${url}/sso/demo/token  grant_type=password`,
    `                ${DEMO_CITIZEN.idNumber} (${DEMO_CITIZEN.fullName}) / ${config.demoCitizenPassword}`,
  ] : []),
  ...(example ? [`  Try a lookup: curl -H 'X-Dossier-Verifier: ${example.phone}' ${url}/api/v1/dossiers/${example.code}`] : []),
  '',
];
process.stdout.write(`${lines.join('\n')}\n`);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      server.app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownGraceSeconds * 1000);
    force.unref();
    server.close().then(() => process.exit(0), (error: unknown) => {
      server.app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    });
  });
}
