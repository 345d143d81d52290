import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { canTransition, dossierStatusIds, type DossierStatus } from '@egov-kit/core';
import { dossierEventSchema } from '@egov-kit/core/contract';
import { dossierSchema, statusAfterSupplement, trustListSchema, type TrustList } from '../src/contract.js';
import { startServer } from '../src/index.js';
import { call, createStorage, databaseKind, staffToken, startTestServer, testConfig, type TestServer } from './helpers.js';

describe(`seed data (${databaseKind})`, () => {
  let server: TestServer;
  let base: string;
  let auth: Record<string, string>;
  before(async () => {
    server = await startTestServer();
    base = server.url;
    auth = { authorization: `Bearer ${await staffToken(base)}` };
  });
  after(() => server.stop());

  test('seeded dossiers cover every status, with histories core’s workflow allows', async () => {
    const byStatus = new Map<DossierStatus, number>();
    let cursor: string | undefined;
    const codes: string[] = [];
    do {
      const page = await call(base, 'GET', `/api/v1/staff/dossiers?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { headers: auth });
      for (const item of page.body.items) {
        byStatus.set(item.status, (byStatus.get(item.status) ?? 0) + 1);
        codes.push(item.code);
      }
      cursor = page.body.nextCursor;
    } while (cursor);
    assert.ok(codes.length >= 100, `${codes.length} dossiers`);
    assert.equal(new Set(codes).size, codes.length);
    for (const status of dossierStatusIds) assert.ok((byStatus.get(status) ?? 0) > 0, `some dossier is ${status}`);

    for (const code of codes.filter((_, i) => i % 3 === 0)) {
      const dossier = dossierSchema.parse((await call(base, 'GET', `/api/v1/staff/dossiers/${code}`, { headers: auth })).body);
      let status = 'submitted' as DossierStatus;
      let previous = dossier.submittedAt;
      for (const [index, raw] of dossier.history.entries()) {
        const event = dossierEventSchema.parse(raw);
        assert.equal(event.from, status, `${code} event ${index + 1} starts where the last ended`);
        assert.ok(canTransition(event.from, event.to));
        assert.ok(Date.parse(event.at) > Date.parse(previous), `${code} events are in time order`);
        if (event.from === 'supplement-requested' && event.actor.kind === 'applicant') {
          assert.equal(event.to, statusAfterSupplement(dossier.history.slice(0, index)));
        }
        status = event.to;
        previous = event.at;
      }
      assert.equal(dossier.status, status, `${code}: the status is where the history ends`);
      assert.equal(dossier.version, dossier.history.length + 1);
      assert.ok(Date.parse(dossier.submittedAt) <= Date.now());
      const requests = dossier.history.filter((e) => e.to === 'supplement-requested').length;
      assert.equal(dossier.supplementRequests.length, requests);
      assert.equal(dossier.supplementRequests.filter((r) => r.status === 'open').length, status === 'supplement-requested' ? 1 : 0);
      assert.equal(dossier.feeRequests.filter((r) => r.status === 'open').length, status === 'fee-requested' ? 1 : 0);
      assert.equal(dossier.documents.length > 0, status === 'decided' || status === 'returned');
      for (const attachment of dossier.attachments) {
        const field = attachment.field!;
        const answer = dossier.answers[field] as { id: string }[];
        assert.ok(answer.some((file) => file.id === attachment.id), `${code}: ${field} refers to its attachment`);
      }
      assert.equal(dossier.deadline.supplementRequests, requests);
    }
  });

  test('a restart on the same data reuses the PKI and does not seed again', async () => {
    const storage = await createStorage();
    try {
      const first = await startServer({ ...testConfig, ...storage.config }, {});
      let list: TrustList;
      try {
        list = trustListSchema.parse((await call(first.url, 'GET', '/api/v1/trust-list')).body);
      } finally {
        await first.close();
      }
      const second = await startServer({ ...testConfig, ...storage.config }, {});
      try {
        assert.equal(second.seed.seeded, false, 'seeding happens once');
        assert.equal(second.pkiCreated, false);
        const again = (await call(second.url, 'GET', '/api/v1/trust-list')).body;
        assert.deepEqual(again, list);
        assert.deepEqual(list.certificates.map((c) => c.role), ['root', 'intermediate']);
        assert.match(list.certificates[0]!.name, /Tổ chức chứng thực gốc/);
      } finally {
        await second.close();
      }
    } finally {
      await storage.remove();
    }
  });
});
