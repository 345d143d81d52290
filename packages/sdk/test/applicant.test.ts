import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_CITIZEN } from '@egov-kit/reference-server';
import { createClient, ProblemError } from '../src/index.js';
import { createTransport } from '../src/transport/index.js';
import { getApplicantDossier, listApplicantDossiers } from '../src/applicant.js';
import { lookupDossier } from '../src/tracking/index.js';
import { startInProcessServer, type InProcessServer } from './helpers/reference-server.js';

/** The demo single sign-on's token for the demo citizen. */
async function demoToken(url: string): Promise<string> {
  const response = await fetch(`${url}/sso/demo/token`, {
    method: 'POST', body: new URLSearchParams({ grant_type: 'password', username: DEMO_CITIZEN.idNumber, password: 'demo-citizen' }),
  });
  assert.equal(response.status, 200);
  return ((await response.json()) as { access_token: string }).access_token;
}

describe('a signed-in applicant’s dossiers', () => {
  let server: InProcessServer;
  let token: string;
  before(async () => {
    server = await startInProcessServer();
    token = await demoToken(server.url);
  });
  after(() => server.stop());

  test('lists the person’s dossiers page by page with the host’s token; filters by status', async () => {
    let requests = 0;
    const api = createTransport({ baseUrl: server.url, auth: () => token, fetch: (input, init) => { requests += 1; return fetch(input, init); } });
    const all = await listApplicantDossiers(api, { limit: 4 }).toArray();
    assert.equal(all.length, 10, 'the seed files ten dossiers, one per status, in the demo citizen’s name');
    assert.equal(requests, 3, 'three pages of four');
    assert.ok(all.every((summary) => summary.applicantName === DEMO_CITIZEN.fullName));
    const returned = await listApplicantDossiers(api, { status: 'returned' }).toArray();
    assert.deepEqual(returned.map((summary) => summary.status), ['returned']);
  });

  test('opens one of them with an access token that the tracking calls take', async () => {
    const client = createClient({ baseUrl: server.url, auth: () => token });
    const [first] = await client.applicant.list({ limit: 1 }).toArray();
    const dossier = await client.applicant.get(first!.code);
    assert.equal(dossier.code, first!.code);
    const again = await lookupDossier(createTransport({ baseUrl: server.url }), dossier.code, dossier.access!);
    assert.equal(again.code, dossier.code);
  });

  test('without a token, or with a bad filter, a typed problem', async () => {
    const anonymous = createTransport({ baseUrl: server.url });
    await assert.rejects(listApplicantDossiers(anonymous).toArray(), (error) => error instanceof ProblemError && error.is('unauthorized'));
    const signedIn = createTransport({ baseUrl: server.url, auth: () => token });
    await assert.rejects(listApplicantDossiers(signedIn, { from: '2026-05-02', to: '2026-05-01' }).toArray(),
      (error) => error instanceof ProblemError && error.fieldErrors[0]?.messageKey === 'api.field.date-range');
    await assert.rejects(getApplicantDossier(anonymous, 'G22-000000-0001'), (error) => error instanceof ProblemError && error.is('unauthorized'));
  });
});
