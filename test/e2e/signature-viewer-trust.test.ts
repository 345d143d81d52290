/**
 * One trust-list format: the list the reference server serves at `/api/v1/trust-list`, saved as it
 * comes, is what `egov-verify --trust` and the engine read. A result document the server signed
 * reads as valid with it, and as untrusted without it.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createClient, type Dossier } from '@egov-kit/sdk';
import { verifyPdf } from '@egov-kit/signature';
import { startSeededServer } from './harness.js';

const signatureDir = fileURLToPath(new URL('../../packages/signature', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'egov-trust-'));
let server: Awaited<ReturnType<typeof startSeededServer>>;
let served: string;
let signed: Uint8Array;

before(async () => {
  server = await startSeededServer(work, { seedDossiers: 20 });
  const response = await fetch(`${server.server.url}/api/v1/trust-list`);
  assert.equal(response.status, 200);
  served = await response.text();
  let dossier: Dossier | undefined;
  for await (const summary of server.staff.staff.list({ status: 'returned' })) {
    const candidate = await server.staff.staff.get(summary.code);
    if (candidate.documents.length > 0) { dossier = candidate; break; }
  }
  assert.ok(dossier, 'a seeded dossier with a signed result document');
  const citizen = createClient({ baseUrl: server.server.url, retry: false });
  signed = await citizen.documents.download(dossier.code, dossier.documents[0]!, { verifier: dossier.applicant.phone });
});

after(async () => {
  await server?.server.close();
  rmSync(work, { recursive: true, force: true });
});

function egovVerify(...args: string[]): { status: number; stdout: string } {
  const result = spawnSync(process.execPath, ['--conditions=egov-source', '--import', 'tsx', 'bin/egov-verify.js', ...args], {
    cwd: signatureDir, encoding: 'utf8', env: { ...process.env, EGOV_TRUST_LIST: '' }, timeout: 60_000,
  });
  return { status: result.status ?? -1, stdout: `${result.stdout}${result.stderr}` };
}

test('the engine reads the served list as it comes and finds the server’s signature valid', async () => {
  const report = await verifyPdf(signed, { trustList: served, locale: 'vi' });
  assert.equal(report.indication, 'TOTAL_PASSED', report.summary);
  assert.equal(report.signatures.length, 1);
  assert.equal(report.trustList.certificates, 2, 'both certificates of the served list are loaded');
  assert.match(report.summary, /Chữ ký hợp lệ/);
  const untrusted = await verifyPdf(signed, { locale: 'vi' });
  assert.notEqual(untrusted.indication, 'TOTAL_PASSED', 'without the list nothing is trusted');
});

test('egov-verify --trust reads the served list saved as a file', () => {
  const list = join(work, 'trust-list.json');
  const pdf = join(work, 'result.pdf');
  writeFileSync(list, served);
  writeFileSync(pdf, signed);
  const { status, stdout } = egovVerify(pdf, '--trust', list);
  assert.equal(status, 0, stdout);
  assert.match(stdout, /^Hợp lệ — Chữ ký hợp lệ/m);
  assert.match(stdout, /danh sách tin cậy thử nghiệm/, 'the demo list is flagged');
  const without = egovVerify(pdf);
  assert.notEqual(without.status, 0, without.stdout);
});
