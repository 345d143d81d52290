import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { allowedTransitions, canTransition, dossierStatusIds, validateAnswers, type FormDefinition } from '@egov-kit/core';
import {
  apiMessages, applicantSchema, base64OfText, dossierCodeSchema, dossierSchema, dossierSubmissionSchema, encodeUploadMetadata,
  fieldErrorsFromAnswers, fieldErrorsFromIssues, formatDossierCode, idempotencyKeySchema, isProblem, parseDossierCode, parseUploadMetadata,
  problemMessageKey, problemNameOf, problemNames, problemSchema, problemTitleKey, problemTypes, problemTypeUri, procedureSearchQuerySchema,
  staffOperationBodySchemas, staffOperationNames, staffOperations, staffScopes, statusAfterSupplement, supplementAnswerSchema, textOfBase64,
  trustListSchema, uploadMediaTypes, verifierCandidates,
} from '../src/contract/index.js';
import { apiPaths, apiSchemas, createApiOpenApiDocument } from '../src/contract/openapi.js';

const lookup = (tree: unknown, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe('contract: problems', () => {
  test('every problem has a stable URN type, an HTTP error status and texts in both languages', () => {
    assert.ok(problemNames.length >= 30);
    for (const name of problemNames) {
      const status = problemTypes[name];
      assert.ok(status >= 400 && status <= 599, `${name}: ${status}`);
      assert.equal(problemTypeUri(name), `urn:egov-kit:problem:${name}`);
      assert.equal(problemNameOf(problemTypeUri(name)), name);
      for (const locale of ['vi', 'en'] as const) {
        const sentence = lookup({ api: apiMessages[locale] }, problemMessageKey(name));
        const title = lookup({ api: apiMessages[locale] }, problemTitleKey(name));
        assert.equal(typeof sentence, 'string', `${locale} ${problemMessageKey(name)}`);
        assert.equal(typeof title, 'string', `${locale} ${problemTitleKey(name)}`);
        assert.ok((title as string).length < (sentence as string).length + 40);
      }
    }
    assert.equal(problemNameOf('urn:egov-kit:problem:nothing-like-this'), undefined);
    assert.equal(problemNameOf('https://example.org/not-found'), undefined);
  });

  test('Vietnamese texts are in NFC and carry the same placeholders as the English ones', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.-]+)/g)].map((m) => m[1]).sort();
    const walk = (vi: Record<string, unknown>, en: Record<string, unknown>, path: string) => {
      for (const [key, value] of Object.entries(vi)) {
        if (typeof value === 'string') {
          assert.equal(value, value.normalize('NFC'), `${path}.${key} is NFC`);
          assert.deepEqual(placeholders(value), placeholders(en[key] as string), `${path}.${key}`);
        } else {
          walk(value as Record<string, unknown>, en[key] as Record<string, unknown>, `${path}.${key}`);
        }
      }
    };
    walk(apiMessages.vi, apiMessages.en, 'api');
  });

  test('the problem schema accepts what the contract sends and isProblem knows its own types', () => {
    const problem = {
      type: problemTypeUri('validation-failed'), title: 'Thông tin chưa hợp lệ', status: 422, detail: '…', instance: '/api/v1/dossiers',
      messageKey: 'api.problem.validation-failed', errors: [{ field: 'applicant.phone', messageKey: 'identifier.phone.unknown-prefix', params: { prefix: '012' } }],
    };
    assert.ok(problemSchema.safeParse(problem).success);
    assert.ok(isProblem(problem));
    assert.ok(!isProblem({ ...problem, type: 'about:blank' }));
    assert.ok(!isProblem({ title: 'x' }));
  });
});

describe('contract: field errors', () => {
  test('zod issues become keyed field errors with dot paths; missing is told from wrong', () => {
    const schema = z.object({
      name: z.string().check(z.minLength(1), z.maxLength(5)),
      age: z.number().check(z.gte(18)),
      tags: z.array(z.string()).check(z.minLength(2)),
      kind: z.enum(['a', 'b']),
      nested: z.object({ count: z.number().check(z.multipleOf(1)) }),
    });
    const result = schema.safeParse({ name: 'too long', age: 3, tags: [], kind: 'c', nested: { count: 1.5 } }, { reportInput: true });
    assert.ok(!result.success);
    const errors = fieldErrorsFromIssues(result.error.issues, ['body']);
    assert.deepEqual(errors.map((e) => [e.field, e.messageKey, e.params]), [
      ['body.name', 'form.error.too-long', { max: 5 }],
      ['body.age', 'form.error.below-min', { min: 18 }],
      ['body.tags', 'api.field.too-few-items', { min: 2 }],
      ['body.kind', 'form.error.invalid-option', {}],
      ['body.nested.count', 'form.error.not-an-integer', {}],
    ]);
    const missing = schema.safeParse({}, { reportInput: true });
    assert.ok(!missing.success);
    assert.ok(fieldErrorsFromIssues(missing.error.issues).every((e) => e.messageKey === 'form.error.required'));
  });

  test('identifier checks report the validator’s own reason; answers errors go under answers.<field>', () => {
    const result = applicantSchema.safeParse({ kind: 'citizen', fullName: 'Lê Thị Hoa', idNumber: '12345', phone: '0123 456 789' }, { reportInput: true });
    assert.ok(!result.success);
    const errors = fieldErrorsFromIssues(result.error.issues);
    assert.deepEqual(errors.map((e) => e.field).sort(), ['idNumber', 'phone']);
    assert.ok(errors.every((e) => e.messageKey.startsWith('identifier.')), JSON.stringify(errors));
    const form: FormDefinition = {
      id: 'f', version: 1, procedureCode: '1.000000', title: { vi: 'Mẫu', en: 'Form' },
      steps: [{ id: 's', title: { vi: 'Bước', en: 'Step' }, fields: [
        { id: 'code', kind: 'text', label: { vi: 'Mã', en: 'Code' }, required: true, validation: { pattern: { regex: '[A-Z]{2}', message: { vi: 'Hai chữ in hoa.', en: 'Two capitals.' } } } },
        { id: 'note', kind: 'text', label: { vi: 'Ghi chú', en: 'Note' }, required: true },
      ] }],
    };
    const checked = validateAnswers(form, { code: 'ab' });
    assert.deepEqual(fieldErrorsFromAnswers(checked.errors, 'en'), [
      { field: 'answers.code', messageKey: 'form.error.pattern', params: {}, message: 'Two capitals.' },
      { field: 'answers.note', messageKey: 'form.error.required', params: {} },
    ]);
  });
});

describe('contract: applicant, verifier, submission', () => {
  test('identifiers are stored in canonical form', () => {
    const applicant = applicantSchema.parse({ kind: 'citizen', fullName: '  Nguyễn Văn An ', idNumber: '019 090 012 345', phone: '0912.345.678', email: 'An@Example.VN' });
    assert.equal(applicant.fullName, 'Nguyễn Văn An');
    assert.equal(applicant.idNumber, '019090012345');
    assert.equal(applicant.phone, '+84912345678');
    assert.equal(applicant.email, 'An@example.vn');
  });

  test('an organisation needs its name and tax code', () => {
    const base = { kind: 'organization', fullName: 'Trần Minh Quân', idNumber: '019090012345', phone: '0912345678' };
    const missing = applicantSchema.safeParse(base, { reportInput: true });
    assert.ok(!missing.success);
    assert.deepEqual(fieldErrorsFromIssues(missing.error.issues).map((e) => [e.field, e.messageKey]), [['organization', 'form.error.required']]);
    assert.ok(applicantSchema.safeParse({ ...base, organization: { name: 'Công ty TNHH Chè Tân Cương', taxCode: '0100109106' } }).success);
    assert.ok(!applicantSchema.safeParse({ ...base, organization: { name: 'X', taxCode: '0100109107' } }).success);
  });

  test('a verifier stands for a phone, an ID number, or neither', () => {
    assert.deepEqual(verifierCandidates('0912 345 678'), { phone: '+84912345678' });
    assert.deepEqual(verifierCandidates('+84 912 345 678'), { phone: '+84912345678' });
    assert.deepEqual(verifierCandidates('019 090 012 345'), { idNumber: '019090012345' });
    assert.deepEqual(verifierCandidates('hello'), {});
  });

  test('a submission needs a procedure, an applicant and answers; idempotency keys are visible ASCII', () => {
    assert.ok(dossierSubmissionSchema.safeParse({ procedureCode: '1.003677', applicant: { kind: 'citizen', fullName: 'A', idNumber: '019090012345', phone: '0912345678' }, answers: {} }).success);
    assert.ok(!dossierSubmissionSchema.safeParse({ procedureCode: '1.003677', answers: {} }).success);
    assert.ok(idempotencyKeySchema.safeParse('3f1c2a4e-0b7d-4b8e-9d2a-6f1e2b3c4d5e').success);
    assert.ok(!idempotencyKeySchema.safeParse('short').success);
    assert.ok(!idempotencyKeySchema.safeParse('has spaces in it').success);
    assert.ok(!supplementAnswerSchema.safeParse({}).success, 'an empty answer is refused');
    assert.ok(supplementAnswerSchema.safeParse({ note: 'Đã bổ sung.' }).success);
  });

  test('query parameters are coerced and bounded', () => {
    assert.deepEqual(procedureSearchQuerySchema.parse({ q: ' khai sinh ', limit: '5' }), { q: 'khai sinh', limit: 5 });
    assert.ok(!procedureSearchQuerySchema.safeParse({ limit: '2.5' }).success);
    assert.ok(!procedureSearchQuerySchema.safeParse({ limit: '101' }).success);
  });
});

describe('contract: workflow', () => {
  test('dossier codes follow {agency}-{yyMMdd}-{NNNN} in Vietnam’s day', () => {
    // 2026-11-24 18:30 UTC is already the 25th in Vietnam.
    assert.equal(formatDossierCode('000.31.01.H55', new Date('2026-11-24T18:30:00Z'), 7), '000.31.01.H55-261125-0007');
    assert.equal(formatDossierCode('000.31.01.H55', new Date('2026-11-24T10:00:00Z'), 12345), '000.31.01.H55-261124-12345');
    assert.deepEqual(parseDossierCode('000.31.01.H55-261125-0007'), { agency: '000.31.01.H55', date: '2026-11-25', sequence: 7 });
    assert.equal(parseDossierCode('G09.20-20260609-0092637'), undefined);
    assert.ok(dossierCodeSchema.safeParse('G09.20-20260609-0092637').success, 'other systems’ codes stay valid');
    assert.throws(() => formatDossierCode('000.31.01.H55', new Date(), 0), RangeError);
    assert.throws(() => formatDossierCode('bad-agency', new Date(), 1), RangeError);
  });

  test('every staff operation is a move core allows from some status, with its own scope', () => {
    for (const name of staffOperationNames) {
      const { to, scope } = staffOperations[name];
      assert.ok(dossierStatusIds.some((from) => canTransition(from, to)), `${name} → ${to}`);
      assert.ok((staffScopes as readonly string[]).includes(scope));
      assert.ok(staffOperationBodySchemas[name]);
    }
    assert.equal(new Set(staffOperationNames.map((n) => staffOperations[n].scope)).size, staffOperationNames.length);
    assert.ok(!staffOperationBodySchemas.refuse.safeParse({}).success, 'a refusal needs its reason');
    assert.ok(!staffOperationBodySchemas['request-supplement'].safeParse({ items: [] }).success);
  });

  test('a supplement answer returns the dossier to where the request came from', () => {
    assert.equal(statusAfterSupplement([{ from: 'submitted', to: 'supplement-requested' }]), 'received');
    assert.equal(statusAfterSupplement([{ from: 'received', to: 'supplement-requested' }]), 'received');
    assert.equal(statusAfterSupplement([{ from: 'submitted', to: 'received' }, { from: 'received', to: 'processing' }, { from: 'processing', to: 'supplement-requested' }]), 'processing');
    assert.equal(statusAfterSupplement([{ from: 'submitted', to: 'received' }]), undefined);
    assert.equal(statusAfterSupplement([]), undefined);
    for (const to of ['received', 'processing'] as const) assert.ok(allowedTransitions('supplement-requested').includes(to));
  });
});

describe('contract: uploads', () => {
  test('tus metadata round-trips Vietnamese names and rejects malformed headers', () => {
    const header = encodeUploadMetadata({ filename: 'Giấy chứng sinh – bé Ngọc.pdf', filetype: 'application/pdf', empty: '' });
    assert.deepEqual(parseUploadMetadata(header), { filename: 'Giấy chứng sinh – bé Ngọc.pdf', filetype: 'application/pdf', empty: '' });
    assert.deepEqual(parseUploadMetadata('flag'), { flag: '' });
    assert.deepEqual(parseUploadMetadata(''), {});
    assert.equal(parseUploadMetadata('a YQ==,a Yg=='), undefined, 'repeated key');
    assert.equal(parseUploadMetadata('a not*base64'), undefined);
    assert.equal(parseUploadMetadata('a /w=='), undefined, 'not UTF-8');
    assert.equal(base64OfText('Đ'), Buffer.from('Đ').toString('base64'));
    for (const text of ['', 'a', 'ab', 'abc', 'Tiếng Việt 😀']) assert.equal(textOfBase64(base64OfText(text)), text);
    assert.ok(Object.keys(uploadMediaTypes).includes('application/pdf'));
  });
});

describe('contract: OpenAPI document', () => {
  const document = createApiOpenApiDocument();

  test('every $ref resolves, every path has operations with responses, problems use the Problem schema', () => {
    const refs = new Set<string>();
    const collect = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (key === '$ref' && typeof inner === 'string') refs.add(inner);
          else collect(inner);
        }
      }
    };
    collect(document);
    for (const ref of refs) {
      assert.ok(ref.startsWith('#/components/schemas/'), ref);
      const [name, ...rest] = ref.slice('#/components/schemas/'.length).split('/');
      let node: unknown = document.components.schemas[name!];
      for (const part of rest) node = (node as Record<string, unknown>)[part];
      assert.ok(node, `${ref} resolves`);
    }
    assert.equal(document.openapi, '3.1.1');
    assert.ok(Object.keys(document.paths).length >= 20);
    for (const [path, item] of Object.entries(apiPaths)) {
      for (const [method, operation] of Object.entries(item)) {
        const op = operation as { responses?: Record<string, { content?: Record<string, unknown> }>; operationId?: string };
        assert.ok(op.operationId, `${method} ${path} has an operationId`);
        assert.ok(op.responses && Object.keys(op.responses).length > 0, `${method} ${path} has responses`);
        for (const [status, response] of Object.entries(op.responses)) {
          if (Number(status) >= 400 && response.content) assert.ok('application/problem+json' in response.content, `${method} ${path} ${status}`);
        }
      }
    }
    for (const name of Object.keys(apiSchemas)) assert.ok(document.components.schemas[name], name);
    assert.ok(document.components.securitySchemes.staffOAuth);
  });

  test('docs/openapi.json is the document the contract generates (regenerate with `npm run openapi -w @egov-kit/reference-server`)', () => {
    const committed = JSON.parse(readFileSync(fileURLToPath(new URL('../../../docs/openapi.json', import.meta.url)), 'utf8'));
    assert.deepEqual(committed, JSON.parse(JSON.stringify(document)));
  });

  test('dossier and trust-list schemas accept realistic values', () => {
    const trustList = {
      format: 'egov-kit-trust-list', version: 1, name: 'Demo', issued: '2026-11-24T09:00:00.000+07:00',
      certificates: [{ name: 'Root', sha256: 'a'.repeat(64), certificate: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n', role: 'root' }],
    };
    assert.ok(trustListSchema.safeParse(trustList).success);
    assert.ok(!trustListSchema.safeParse({ ...trustList, certificates: [] }).success);
    assert.ok(!dossierSchema.safeParse({ code: 'x' }).success);
  });
});
