/** The egov-verify CLI, run as a process: output a user reads, JSON, languages and exit status. */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus, type Corpus } from './fixtures/load.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const demoList = join(packageDir, 'trust', 'demo.json');
let corpus: Corpus;
const file = (name: string) => corpus.fixtures.find((f) => f.name === name)!.file;

function cli(...args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--conditions=egov-source', '--import', 'tsx', 'bin/egov-verify.js', ...args], {
    cwd: packageDir, encoding: 'utf8', env: { ...process.env, EGOV_TRUST_LIST: '' }, timeout: 60_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

before(async () => {
  corpus = await loadCorpus();
});

describe('egov-verify', () => {
  it('prints a valid signature in Vietnamese and exits 0', () => {
    const { status, stdout } = cli(file('pades-b-b'), '--trust', demoList, '--time', '2025-07-01T00:00:00Z');
    assert.equal(status, 0, stdout);
    assert.match(stdout, /^Tệp: .*pades-b-b\.pdf$/m);
    assert.match(stdout, /^Hợp lệ — Chữ ký hợp lệ\.$/m);
    assert.match(stdout, /Người ký: Nguyễn Văn An/);
    assert.match(stdout, /Mã số thuế: 0100109106/);
    assert.match(stdout, /Phạm vi ký: toàn bộ tệp/);
    assert.match(stdout, /danh sách tin cậy thử nghiệm/, 'the demo list is flagged');
  });

  it('exits with the worst verdict over several files', () => {
    const both = cli(file('pades-b-b'), file('expired-signer'), '--trust', demoList, '--time', '2025-07-01T00:00:00Z');
    assert.equal(both.status, 1, both.stdout);
    const worst = cli(file('pades-b-b'), file('shadow-hide'), file('expired-signer'), '--trust', demoList, '--time', '2025-07-01T00:00:00Z');
    assert.equal(worst.status, 2);
    assert.match(worst.stdout, /Không hợp lệ \(FORMAT_FAILURE\)/);
    assert.match(worst.stdout, /Sửa nội dung hoặc thuộc tính trang \(nội dung, trang 1\)/);
  });

  it('prints JSON in English on request', () => {
    const { status, stdout } = cli(file('revoked-crl'), '--trust', demoList, '--time', '2025-07-01T00:00:00Z', '--json', '--lang', 'en');
    assert.equal(status, 2);
    const report = JSON.parse(stdout);
    assert.equal(report.reportVersion, 1);
    assert.equal(report.locale, 'en');
    assert.equal(report.signatures[0].subIndication, 'REVOKED');
    assert.match(report.signatures[0].summary, /^Invalid signature: the signer’s certificate was revoked/);
  });

  it('treats a file without signatures as not passing, and nothing as trusted without a list', () => {
    const unsigned = cli(file('unsigned'));
    assert.equal(unsigned.status, 1);
    assert.match(unsigned.stdout, /Không có chữ ký — Tài liệu không có chữ ký số\./);
    const untrusted = cli(file('pades-b-b'), '--time', '2025-07-01T00:00:00Z', '--lang=en');
    assert.equal(untrusted.status, 1);
    assert.match(untrusted.stdout, /No trust list given/);
  });

  it('exits 3 on usage errors and unreadable files', () => {
    assert.equal(cli().status, 3);
    const bad = cli('--frobnicate', file('unsigned'));
    assert.equal(bad.status, 3);
    assert.match(bad.stderr, /Tham số không hợp lệ: --frobnicate/);
    assert.equal(cli('/nonexistent/file.pdf').status, 3);
    const broken = join(mkdtempSync(join(tmpdir(), 'egov-cli-')), 'bad.json');
    writeFileSync(broken, '{"format":"egov-kit-trust-list","version":1,"name":"x","certificates":[{"name":"x","role":"root","sha256":"00","certificate":"AAAA"}]}');
    assert.equal(cli(file('unsigned'), '--trust', broken).status, 3);
  });

  it('tells its version, and its help lists every option it accepts', () => {
    const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const run = cli(flag);
      assert.equal(run.status, 0);
      assert.equal(run.stdout, `egov-verify ${version}\n`);
    }
    const source = readFileSync(join(packageDir, 'src', 'node', 'cli.ts'), 'utf8');
    const accepted = [...new Set([...source.matchAll(/'(--?[a-zA-Z][\w-]*)/g)].map((m) => m[1]!))];
    assert.ok(accepted.length >= 9, accepted.join(' '));
    for (const lang of ['vi', 'en']) {
      const help = cli('--help', '--lang', lang);
      assert.equal(help.status, 0);
      for (const option of accepted) assert.match(help.stdout, new RegExp(`(^|[\\s,])${option}\\b`, 'm'), `${lang} help lists ${option}`);
      assert.match(help.stdout, lang === 'en' ? /Exit status: 0 all valid/ : /Mã thoát: 0 tất cả hợp lệ/);
    }
  });

  it('runs from the built bundle as an installed user runs it', () => {
    const build = spawnSync(process.execPath, ['scripts/bundle-cli.mjs'], { cwd: packageDir, encoding: 'utf8', timeout: 120_000 });
    assert.equal(build.status, 0, build.stderr);
    const run = (...args: string[]) => spawnSync(process.execPath, ['bin/egov-verify.js', ...args], { cwd: packageDir, encoding: 'utf8', env: { ...process.env, EGOV_TRUST_LIST: '' }, timeout: 60_000 });
    const valid = run(file('pades-b-b'), '--trust', demoList, '--time', '2025-07-01T00:00:00Z', '--lang', 'en');
    assert.equal(valid.status, 0, valid.stderr);
    assert.match(valid.stdout, /^Valid — The signature is valid\.$/m);
    const forged = run(file('trailer-without-root'), '--trust', demoList, '--time', '2025-07-01T00:00:00Z', '--json');
    assert.equal(forged.status, 2);
    assert.equal(JSON.parse(forged.stdout).signatures[0].subIndication, 'FORMAT_FAILURE');
    assert.match(run('--version').stdout, /^egov-verify \d+\.\d+\.\d+/);
  });
});
