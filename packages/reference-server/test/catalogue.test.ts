import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { formDefinitionSchema, procedureSchema } from '@egov-kit/core/contract';
import { problemSchema, procedureDetailSchema, procedurePageSchema } from '../src/contract.js';
import { call, databaseKind, startTestServer, type TestServer } from './helpers.js';

describe(`procedures (${databaseKind})`, () => {
  let server: TestServer;
  let base: string;
  before(async () => {
    server = await startTestServer();
    base = server.url;
  });
  after(() => server.stop());

  test('the catalogue holds at least 20 real procedures, each with a form that parses with core', async () => {
    const codes: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call(base, 'GET', `/api/v1/procedures?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(page.status, 200);
      procedurePageSchema.parse(page.body);
      codes.push(...page.body.items.map((item: { code: string }) => item.code));
      cursor = page.body.nextCursor;
    } while (cursor);
    assert.ok(codes.length >= 20, `${codes.length} procedures`);
    assert.deepEqual(codes, [...codes].sort(), 'pages come in code order');
    assert.equal(new Set(codes).size, codes.length, 'no procedure repeats across pages');
    for (const code of codes) {
      assert.match(code, /^\d\.\d{6}$/);
      const detail = await call(base, 'GET', `/api/v1/procedures/${code}`);
      assert.equal(detail.status, 200);
      procedureDetailSchema.parse(detail.body);
      procedureSchema.parse(detail.body.procedure);
      const form = formDefinitionSchema.parse(detail.body.form);
      assert.equal(form.procedureCode, code);
      assert.ok(detail.body.procedure.legalBasis.length > 0);
    }
  });

  test('search ignores case and diacritics and needs every word', async () => {
    const folded = await call(base, 'GET', '/api/v1/procedures?q=GIA%20HAN%20tam%20tru');
    assert.deepEqual(folded.body.items.map((p: { code: string }) => p.code), ['1.002755']);
    const accented = await call(base, 'GET', `/api/v1/procedures?q=${encodeURIComponent('khai sinh')}`);
    assert.ok(accented.body.items.some((p: { code: string }) => p.code === '1.001193'));
    const byCode = await call(base, 'GET', '/api/v1/procedures?q=2.000815');
    assert.deepEqual(byCode.body.items.map((p: { code: string }) => p.code), ['2.000815']);
    const nothing = await call(base, 'GET', '/api/v1/procedures?q=khai%20sinh%20xay%20dung');
    assert.deepEqual(nothing.body.items, []);
    assert.equal(nothing.body.nextCursor, undefined);
  });

  test('filters by agency, field and online level', async () => {
    const police = await call(base, 'GET', '/api/v1/procedures?agency=000.36.01.H55&limit=100');
    assert.ok(police.body.items.length >= 5);
    assert.ok(police.body.items.every((p: { agency: { code: string } }) => p.agency.code === '000.36.01.H55'));
    const civil = await call(base, 'GET', '/api/v1/procedures?field=HO-TICH&level=full&limit=100');
    assert.ok(civil.body.items.length >= 3);
    assert.ok(civil.body.items.every((p: { field: { code: string }; onlineLevel: { level: string } }) => p.field.code === 'HO-TICH' && p.onlineLevel.level === 'full'));
    const info = await call(base, 'GET', '/api/v1/procedures?level=information');
    assert.deepEqual(info.body.items.map((p: { code: string }) => p.code), ['2.000884']);
  });

  test('a bad query is a validation problem with translated field errors', async () => {
    const vi = await call(base, 'GET', '/api/v1/procedures?limit=500');
    assert.equal(vi.status, 422);
    problemSchema.parse(vi.body);
    assert.equal(vi.body.type, 'urn:egov-kit:problem:validation-failed');
    assert.deepEqual(vi.body.errors.map((e: { field: string; messageKey: string }) => [e.field, e.messageKey]), [['query.limit', 'form.error.above-max']]);
    assert.equal(vi.body.errors[0].message, 'Vui lòng nhập số không lớn hơn 100.');
    const en = await call(base, 'GET', '/api/v1/procedures?limit=0&level=galactic', { headers: { 'accept-language': 'fr, en;q=0.8' } });
    assert.equal(en.headers.get('content-language'), 'en');
    assert.deepEqual(en.body.errors.map((e: { field: string }) => e.field).sort(), ['query.level', 'query.limit']);
    assert.equal(en.body.errors.find((e: { field: string }) => e.field === 'query.limit').message, 'Please enter a number of at least 1.');
    const cursor = await call(base, 'GET', '/api/v1/procedures?cursor=bm90LWEtY3Vyc29y');
    assert.equal(cursor.status, 422);
    assert.equal(cursor.body.errors[0].field, 'query.cursor');
  });

  test('an unknown procedure is procedure-not-found', async () => {
    const answer = await call(base, 'GET', '/api/v1/procedures/9.999999', { headers: { 'accept-language': 'en' } });
    assert.equal(answer.status, 404);
    assert.equal(answer.body.type, 'urn:egov-kit:problem:procedure-not-found');
    assert.equal(answer.body.detail, 'No administrative procedure has the code 9.999999.');
    assert.deepEqual(answer.body.params, { code: '9.999999' });
  });
});
