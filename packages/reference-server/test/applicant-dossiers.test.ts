import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dossierSchema, dossierSummaryPageSchema, tokenResponseSchema, type DossierSummary } from '../src/contract.js';
import Fastify from 'fastify';
import { issueApplicantToken } from '../src/auth/applicant-tokens.js';
import { demoSsoRoutes } from '../src/auth/demo-sso.js';
import type { ServerContext } from '../src/context.js';
import { loadTokenKey } from '../src/auth/secrets.js';
import { DEMO_CITIZEN } from '../src/index.js';
import { absenceSubmission, call, databaseKind, staffToken, startTestServer, submit, type TestServer } from './helpers.js';

/** The demo single sign-on's answer for `username` and `password`. */
function signIn(base: string, username: string, password = 'demo-citizen') {
  return call(base, 'POST', '/sso/demo/token', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'password', username, password }).toString(),
  });
}

describe(`a signed-in applicant's dossiers (${databaseKind})`, () => {
  let server: TestServer;
  let base: string;
  let token: string;
  const auth = (bearer = token) => ({ headers: { authorization: `Bearer ${bearer}` } });
  /** Every page of `GET /me/dossiers?<query>`. */
  async function listAll(query: string): Promise<{ items: DossierSummary[]; pages: number }> {
    const items: DossierSummary[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const answer = await call(base, 'GET', `/api/v1/me/dossiers?${query}${cursor ? `&cursor=${cursor}` : ''}`, auth());
      assert.equal(answer.status, 200, answer.text);
      const page = dossierSummaryPageSchema.parse(answer.body);
      items.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    return { items, pages };
  }

  before(async () => {
    server = await startTestServer();
    base = server.url;
    const answer = await signIn(base, '019 188 004 217');
    assert.equal(answer.status, 200, answer.text);
    token = tokenResponseSchema.parse(answer.body).access_token;
  });
  after(() => server.stop());

  test('the demo sign-on gives a token for an ID number and its password; a wrong password and a bad number read the same', async () => {
    const wrong = await signIn(base, DEMO_CITIZEN.idNumber, 'guess');
    assert.equal(wrong.status, 401);
    assert.equal(wrong.body.error, 'invalid_grant');
    assert.equal(wrong.headers.get('cache-control'), null);
    const notAnId = await signIn(base, '123');
    assert.equal(notAnId.text, wrong.text);
    const missing = await call(base, 'POST', '/sso/demo/token', { json: { grant_type: 'password', username: DEMO_CITIZEN.idNumber } });
    assert.equal(missing.status, 422);
    assert.deepEqual(missing.body.errors.map((e: { field: string }) => e.field), ['password']);
    const staffGrant = await call(base, 'POST', '/sso/demo/token', { json: { grant_type: 'client_credentials', username: 'x', password: 'y' } });
    assert.equal(staffGrant.status, 422);
  });

  test('the list needs an applicant token: none, a staff token or a dossier token is refused', async () => {
    const none = await call(base, 'GET', '/api/v1/me/dossiers');
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer realm="egov-kit-applicant"/);
    const staff = await call(base, 'GET', '/api/v1/me/dossiers', auth(await staffToken(base)));
    assert.equal(staff.status, 401);
    const filed = await submit(base, absenceSubmission());
    const dossierToken = await call(base, 'GET', '/api/v1/me/dossiers', auth(filed.body.access.token));
    assert.equal(dossierToken.status, 401);
    const key = await loadTokenKey(server.db);
    const expired = issueApplicantToken(key, { idNumber: DEMO_CITIZEN.idNumber }, 60, Date.now() - 3_600_000);
    const late = await call(base, 'GET', '/api/v1/me/dossiers', auth(expired));
    assert.equal(late.status, 401);
    assert.match(late.headers.get('www-authenticate') ?? '', /expired/);
    const lowercase = await call(base, 'GET', '/api/v1/me/dossiers', { headers: { authorization: `bearer ${token}` } });
    assert.equal(lowercase.status, 200, 'the scheme is case-insensitive');
  });

  test('lists only that person’s dossiers, newest filing first, a page at a time', async () => {
    const other = await submit(base, absenceSubmission('Trần Văn Người Khác', '0987654321', '019090054321'));
    assert.equal(other.status, 201, other.text);
    const mine = await submit(base, absenceSubmission(DEMO_CITIZEN.fullName, '0912000217', DEMO_CITIZEN.idNumber));
    assert.equal(mine.status, 201, mine.text);
    const { items, pages } = await listAll('limit=3');
    assert.ok(pages >= 4, `11 dossiers in pages of 3, got ${pages} pages`);
    assert.equal(items[0]!.code, mine.body.code, 'the newest filing comes first');
    assert.ok(!items.some((item) => item.code === other.body.code), 'nobody else’s dossier');
    assert.ok(items.every((item) => item.applicantName === DEMO_CITIZEN.fullName));
    assert.equal(new Set(items.map((item) => item.code)).size, items.length, 'no dossier twice across pages');
    const times = items.map((item) => Date.parse(item.submittedAt));
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
    // The seed files one dossier of every status in the demo citizen's name.
    assert.deepEqual(new Set(items.map((item) => item.status)).size, 10);
  });

  test('filters by status and by the days of filing (Vietnam dates, both ends included)', async () => {
    const { items: all } = await listAll('limit=100');
    const { items: waiting } = await listAll('status=supplement-requested');
    assert.ok(waiting.length >= 1);
    assert.deepEqual(waiting.map((item) => item.code), all.filter((item) => item.status === 'supplement-requested').map((item) => item.code));
    const pick = all[Math.floor(all.length / 2)]!;
    const day = pick.submittedAt.slice(0, 10); // instants are written in Vietnam's offset
    const { items: thatDay } = await listAll(`from=${day}&to=${day}`);
    assert.ok(thatDay.some((item) => item.code === pick.code));
    assert.ok(thatDay.every((item) => item.submittedAt.startsWith(day)));
    const { items: since } = await listAll(`from=${day}`);
    assert.deepEqual(since.map((item) => item.code), all.filter((item) => item.submittedAt.slice(0, 10) >= day).map((item) => item.code));
    const backwards = await call(base, 'GET', '/api/v1/me/dossiers?from=2026-05-02&to=2026-05-01', auth());
    assert.equal(backwards.status, 422);
    assert.deepEqual(backwards.body.errors, [{ field: 'query.to', messageKey: 'api.field.date-range', params: {}, message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.' }]);
    for (const bad of ['status=paid', 'from=2026-02-30', 'limit=0', 'cursor=abc', `cursor=${Buffer.from('{"t":"9999-01-01T00:00:00.000000Z","c":"x"}').toString('base64url')}`]) {
      const answer = await call(base, 'GET', `/api/v1/me/dossiers?${bad}`, auth());
      assert.equal(answer.status, 422, `${bad}: ${answer.text}`);
    }
  });

  test('opens one of their dossiers with a fresh access token; anyone else’s reads as an unknown code', async () => {
    const { items } = await listAll('status=returned');
    const code = items[0]!.code;
    const opened = await call(base, 'GET', `/api/v1/me/dossiers/${encodeURIComponent(code)}`, auth());
    assert.equal(opened.status, 200, opened.text);
    const dossier = dossierSchema.parse(opened.body);
    assert.equal(dossier.applicant.idNumber, DEMO_CITIZEN.idNumber);
    const byToken = await call(base, 'GET', `/api/v1/dossiers/${encodeURIComponent(code)}`, auth(dossier.access!.token));
    assert.equal(byToken.status, 200, 'the dossier token opens the dossier for what follows');

    const other = await submit(base, absenceSubmission('Lê Thị Người Khác', '0987000001', '019090000001'));
    const notMine = await call(base, 'GET', `/api/v1/me/dossiers/${encodeURIComponent(other.body.code)}`, auth());
    const unknown = await call(base, 'GET', `/api/v1/me/dossiers/${encodeURIComponent(code.replace(/\d{4}$/, '9999'))}`, auth());
    const malformed = await call(base, 'GET', '/api/v1/me/dossiers/abc%00def', auth());
    assert.equal(notMine.status, 404);
    assert.equal(unknown.status, 404);
    assert.deepEqual({ ...unknown.body, instance: '' }, { ...notMine.body, instance: '' });
    // A code no dossier can have is refused before any lookup, as every path parameter with a control character is.
    assert.equal(malformed.status, 422);
    assert.deepEqual(malformed.body.errors.map((error: { field: string }) => error.field), ['params.code']);
  });

  test('with an empty demo password the demo sign-on is not there', async () => {
    const app = Fastify();
    await demoSsoRoutes(app, { config: { ...server.config, demoCitizenPassword: '' } } as ServerContext);
    const answer = await app.inject({ method: 'POST', url: '/sso/demo/token', payload: { grant_type: 'password', username: DEMO_CITIZEN.idNumber, password: '' } });
    assert.equal(answer.statusCode, 404);
    await app.close();
  });
});
