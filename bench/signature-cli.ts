/**
 * egov-verify as a user runs it: a whole process started from the package's built `bin`, beside
 * Poppler's `pdfsig` and `openssl dgst -sha256` on the same signed files of 1, 10 and 100 MB
 * (generated here, not kept), and `egov-verify --version` beside `node -e 0` for start-up. Timed
 * with hyperfine in one run; medians. Prints JSON lines: machine and date first, then figures.
 * Targets (issue 14): 10 and 100 MB at most 1.0× pdfsig, 1 MB at most 2× pdfsig, `--version` at
 * most 1.5× `node -e 0`. Beside each size, where one verification's CPU goes (a fresh process);
 * the in-process figures are in `signature-verify.ts`.
 * Run: npm run build -w @egov-kit/signature && node --conditions=egov-source --import tsx bench/signature-cli.ts [sizesMB…]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { header, result, round } from './lib/report.js';
import { buildContext } from '../packages/signature/test/fixtures/corpus.js';
import { createTestPki, DATES, trustListJson } from '../packages/signature/test/fixtures/pki.js';
import { createDocument } from '../packages/signature/test/fixtures/pdf.js';
import { signPdf } from '../packages/signature/test/fixtures/sign.js';

header('signature-cli');

const packageDir = fileURLToPath(new URL('../packages/signature/', import.meta.url));
const bin = join(packageDir, 'bin', 'egov-verify.js');
for (const [tool, args] of [['hyperfine', ['--version']], ['pdfsig', ['-v']], ['openssl', ['version']]] as const) {
  if (spawnSync(tool, [...args]).error) throw new Error(`${tool} is not installed (Debian: apt-get install -y hyperfine poppler-utils openssl)`);
}
if (!existsSync(join(packageDir, 'dist', 'cli.js'))) throw new Error('build the package first: npm run build -w @egov-kit/signature');

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const dir = mkdtempSync(join(tmpdir(), 'egov-cli-bench-'));
const quote = (path: string) => `'${path.replace(/'/g, `'\\''`)}'`;

/** A command's median wall time and mean CPU time (user + system), in ms. */
interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

/** Runs hyperfine over `commands` (one run, in order). */
function hyperfine(commands: Record<string, string>, runs: number): Record<string, Timing> {
  const json = join(dir, 'hyperfine.json');
  const names = Object.keys(commands);
  const run = spawnSync('hyperfine', ['-N', '--warmup', '3', '--runs', String(runs), '--export-json', json,
    ...names.flatMap((name) => ['--command-name', name, commands[name]!])], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`hyperfine: ${run.stderr}`);
  const { results } = JSON.parse(readFileSync(json, 'utf8')) as { results: { command: string; median: number; user: number; system: number }[] };
  return Object.fromEntries(results.map((r) => [r.command, { wall: r.median * 1000, cpu: (r.user + r.system) * 1000 }]));
}

/**
 * Where one verification's CPU goes, in a fresh process from the CLI's bundle: touching a new
 * buffer of the file's size (what holding the file in memory costs in page faults alone), reading
 * with its signed ranges hashed (`readPdfFile`), and `verifyPdf` on the result.
 */
function breakdown(file: string, trust: string): Record<string, number> {
  const script = `
    const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
    let c = cpu();
    const fresh = new Uint8Array(${JSON.stringify(statSize(file))}); for (let i = 0; i < fresh.length; i += 4096) fresh[i] = 1;
    const touchCpuMs = cpu() - c;
    c = cpu();
    const engine = await import(${JSON.stringify(join(packageDir, 'dist', 'cli.js'))});
    const importCpuMs = cpu() - c;
    c = cpu();
    const read = await engine.readPdfFile(${JSON.stringify(file)});
    const readCpuMs = cpu() - c;
    c = cpu();
    const trustList = (await engine.loadTrustListFile(${JSON.stringify(trust)})).trustList;
    await engine.verifyPdf(read.bytes, { trustList, hasher: read.hasher, search: engine.nodeSearch, time: new Date(${JSON.stringify(DATES.validation.toISOString())}) });
    const verifyCpuMs = cpu() - c;
    console.log(JSON.stringify({ touchCpuMs, importCpuMs, readCpuMs, verifyCpuMs }));`;
  const run = spawnSync('node', ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`breakdown: ${run.stderr}`);
  const phases = JSON.parse(run.stdout) as Record<string, number>;
  return Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, round(v)]));
}

const statSize = (file: string) => statSync(file).size;

try {
  const pki = await createTestPki();
  const ctx = await buildContext(pki);
  const trust = join(dir, 'trust.json');
  writeFileSync(trust, JSON.stringify(await trustListJson([pki.root])));
  const verify = (file: string) => `node ${quote(bin)} --trust ${quote(trust)} --time ${DATES.validation.toISOString()} ${quote(file)}`;

  const startup = hyperfine({ 'node -e 0': 'node -e 0', 'egov-verify --version': `node ${quote(bin)} --version`, 'egov-verify --help': `node ${quote(bin)} --help` }, 30);
  const [node, version, help] = [startup['node -e 0']!, startup['egov-verify --version']!, startup['egov-verify --help']!];
  result({
    what: 'start-up', loadAverage: round(loadavg()[0]!),
    nodeMs: round(node.wall), versionMs: round(version.wall), helpMs: round(help.wall), ratioVersionToNode: round(version.wall / node.wall),
    nodeCpuMs: round(node.cpu), versionCpuMs: round(version.cpu), ratioCpu: round(version.cpu / node.cpu), target: 1.5,
  });

  for (const mb of sizes.length > 0 ? sizes : [1, 10, 100]) {
    const { pdf, layout } = createDocument({ padding: mb * 1024 * 1024 });
    await signPdf(pdf, layout.pageObjects[0]!, { signer: pki.signer, chain: [pki.subCa], signingTime: DATES.signedAt, adbeRevocation: { crls: [ctx.crl.sub, ctx.crl.root] } });
    const file = join(dir, `signed-${mb}mb.pdf`);
    writeFileSync(file, pdf.bytes);
    const check = spawnSync('sh', ['-c', verify(file)], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`egov-verify does not pass the bench file: ${check.stdout}${check.stderr}`);
    const times = hyperfine({
      'egov-verify': verify(file),
      pdfsig: `pdfsig -nocert ${quote(file)}`,
      'openssl dgst -sha256': `openssl dgst -sha256 ${quote(file)}`,
    }, mb >= 100 ? 10 : 20);
    const phases = breakdown(file, trust);
    const target = mb >= 10 ? 1 : 2;
    const [egov, pdfsig, openssl] = [times['egov-verify']!, times.pdfsig!, times['openssl dgst -sha256']!];
    result({
      what: 'verify', sizeMB: round(pdf.bytes.length / 2 ** 20), loadAverage: round(loadavg()[0]!),
      egovVerifyMs: round(egov.wall), pdfsigMs: round(pdfsig.wall), opensslSha256Ms: round(openssl.wall), ratioToPdfsig: round(egov.wall / pdfsig.wall),
      egovVerifyCpuMs: round(egov.cpu), pdfsigCpuMs: round(pdfsig.cpu), opensslCpuMs: round(openssl.cpu), ratioCpu: round(egov.cpu / pdfsig.cpu),
      target, met: egov.wall <= target * pdfsig.wall,
      ...phases,
    });
  }
  result({ note: 'Whole processes, hyperfine -N: *Ms are median wall times, *CpuMs mean user + system CPU (steadier when the machine is shared); egov-verify is `node bin/egov-verify.js` from the built package with a trust list, exit 0 (TOTAL_PASSED); pdfsig -nocert (Poppler) checks the signature without the certificate chain.' });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
