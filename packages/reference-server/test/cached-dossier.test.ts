import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CachedDossier } from '../src/dossiers/cached-dossier.js';
import { dossierView, loadDossier } from '../src/dossiers/repository.js';
import { databaseKind, startTestServer, type TestServer } from './helpers.js';

/** A lookup answered from memory is the same text the view would give, for dossiers in every status. */
describe(`a cached dossier's answer (${databaseKind})`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.stop());

  test('is JSON.stringify of the dossier view, with and without an access token, on any day', async () => {
    const codes = await server.db.query<{ code: string }>('SELECT DISTINCT ON (status) code FROM dossiers ORDER BY status, code');
    assert.ok(codes.length >= 8, 'dossiers in many statuses');
    const access = { token: 'token', expiresAt: '2026-12-01T00:00:00.000Z' };
    for (const { code } of codes) {
      const record = (await loadDossier(server.db, code))!;
      const cached = new CachedDossier(record);
      for (const now of [new Date(), new Date(Date.now() + 40 * 86_400_000)]) {
        assert.equal(cached.json(now), JSON.stringify(dossierView(record, now)), code);
        assert.equal(cached.json(now, access), JSON.stringify(dossierView(record, now, access)), code);
      }
    }
  });
});
