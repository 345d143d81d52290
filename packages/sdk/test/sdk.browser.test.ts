import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import {
  createClient, ProblemError, UnsupportedEnvironmentError, attachmentReferenceOf, type Client, type Dossier, type DossierStreamEvent,
} from '../src/index.js';

// The SDK in Chromium against the real reference server, from another origin (CORS), as an
// agency's page uses it. The server comes from test/wtr-reference-server.mjs.

const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const digits = (count: number) => Array.from(crypto.getRandomValues(new Uint8Array(count)), (b) => String(b % 10)).join('');

function absence(fullName: string) {
  return {
    procedureCode: '1.003677',
    applicant: { kind: 'citizen' as const, fullName, idNumber: `019090${digits(6)}`, phone: `091${digits(7)}` },
    answers: {
      destination: { provinceCode: '19', communeCode: '05443', street: 'Số 12, đường Hoàng Văn Thụ' },
      fromDate: dayFromToday(7), toDate: dayFromToday(60), reason: 'Đi công tác tại tỉnh khác.',
    },
  };
}

describe('@egov-kit/sdk in Chromium against the reference server', () => {
  let baseUrl: string;
  let client: Client;
  before(async function startServer() {
    // The first start copies (or builds) a seeded database.
    this.timeout(90_000);
    ({ url: baseUrl } = await executeServerCommand<{ url: string }, undefined>('egov-reference-server'));
    client = createClient({ baseUrl, retry: { limit: 2, baseDelayMs: 50 } });
  });

  it('runs on another origin than the API', () => {
    expect(new URL(baseUrl).origin).to.not.equal(location.origin);
  });

  it('searches the catalogue page by page and reads a procedure with its form', async () => {
    const codes: string[] = [];
    for await (const procedure of client.procedures.search({ limit: 10 })) codes.push(procedure.code);
    expect(codes.length).to.be.greaterThan(20);
    const detail = await client.procedures.get('1.001193');
    expect(detail.form.steps.length).to.be.greaterThan(0);
  });

  it('gives typed problems with their message key', async () => {
    const error = await client.procedures.get('9.999999').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ProblemError);
    expect((error as ProblemError).messageKey).to.equal('api.problem.procedure-not-found');
  });

  it('submits idempotently: the same key gets the same dossier back, told as a replay (an exposed header)', async () => {
    const submission = absence(`Kiểm Thử Trình Duyệt ${digits(6)}`);
    const first = await client.dossiers.submit(submission);
    const again = await client.dossiers.submit(submission, { idempotencyKey: first.idempotencyKey });
    expect(first.replayed).to.equal(false);
    expect(again.replayed).to.equal(true);
    expect(again.dossier.code).to.equal(first.dossier.code);
  });

  it('uploads a File in chunks with progress (tus through CORS) and attaches it to a dossier', async () => {
    const bytes = new Uint8Array(200_000);
    crypto.getRandomValues(bytes.subarray(0, 65_536));
    bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
    const file = new File([bytes], 'giấy chứng sinh.pdf', { type: 'application/pdf' });
    const progress: number[] = [];
    const upload = await client.upload(file, { chunkSize: 64 * 1024, onProgress: (p) => progress.push(p.uploadedBytes) });
    expect(progress).to.deep.equal([0, 65_536, 131_072, 196_608, 200_000]);
    expect(upload.status).to.equal('complete');
    const { dossier } = await client.dossiers.submit({
      procedureCode: '1.001193',
      applicant: { kind: 'citizen', fullName: `Kiểm Thử Khai Sinh ${digits(6)}`, idNumber: `019090${digits(6)}`, phone: `091${digits(7)}` },
      answers: {
        childFullName: 'Nguyễn Gia Huy', childBirthDate: dayFromToday(-10), childSex: 'male', birthPlace: 'Bệnh viện A Thái Nguyên', ethnicity: 'kinh',
        motherFullName: 'Trần Thị Lan', motherIdNumber: `019195${digits(6)}`, declarant: 'mother', birthCertificate: [attachmentReferenceOf(upload)],
      },
    });
    expect(dossier.attachments.map((a) => a.sha256)).to.deep.equal([upload.sha256]);
  });

  it('follows a dossier live over server-sent events read from fetch', async () => {
    const submission = absence(`Kiểm Thử Theo Dõi ${digits(6)}`);
    const { dossier } = await client.dossiers.submit(submission);
    const seen: DossierStreamEvent[] = [];
    const subscription = client.subscribe(dossier.code, submission.applicant.phone, { onEvent: (e) => seen.push(e) });
    const waitFor = async (condition: () => boolean) => {
      for (let i = 0; i < 250 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(condition()).to.equal(true);
    };
    await waitFor(() => subscription.state === 'live');
    await executeServerCommand<Dossier, unknown>('egov-staff-operation', { code: dossier.code, operation: 'receive' });
    await executeServerCommand<Dossier, unknown>('egov-staff-operation', { code: dossier.code, operation: 'process' });
    await waitFor(() => seen.length === 2);
    subscription.close();
    expect(seen.map((e) => [e.seq, e.status])).to.deep.equal([[1, 'received'], [2, 'processing']]);
  });

  it('cancels with an AbortSignal', async () => {
    const controller = new AbortController();
    const pending = client.procedures.get('1.001193', { signal: controller.signal });
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('refuses OAuth client credentials in a browser', () => {
    expect(() => createClient({ baseUrl, auth: { clientId: 'demo-staff', clientSecret: 'demo-staff-secret' } })).to.throw(UnsupportedEnvironmentError);
  });
});
