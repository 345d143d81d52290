/**
 * `verifyPdf` in process, on signed PDFs of 1, 10 and 100 MB already in memory, beside the
 * machine's raw SHA-256 over the same bytes in the same process (node:crypto and WebCrypto), which
 * is the floor: verification must hash every signed byte. Prints medians and ratios. Whole
 * processes (egov-verify beside pdfsig and openssl) are in `signature-cli.ts`.
 * Target: within 1.5× of raw hashing on large files.
 * Run: node --conditions=egov-source --import tsx bench/signature-verify.ts [sizesMB…]
 */
import { createHash, webcrypto } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { header, quantile, result, round } from './lib/report.js';
import { verifyPdf, loadTrustList, inPlaceWebCryptoHasher, type TrustList } from '../packages/signature/src/index.js';
import { nodeHasher, nodeSearch } from '../packages/signature/src/node/index.js';
import { buildContext } from '../packages/signature/test/fixtures/corpus.js';
import { createTestPki, DATES, trustListJson } from '../packages/signature/test/fixtures/pki.js';
import { createDocument } from '../packages/signature/test/fixtures/pdf.js';
import { signPdf } from '../packages/signature/test/fixtures/sign.js';

header('signature-verify');

const sizesMb = process.argv.slice(2).map(Number).filter((n) => n > 0);
const sizes = sizesMb.length > 0 ? sizesMb : [1, 10, 100];
const pki = await createTestPki({ small: false });
const ctx = await buildContext(pki);
const trustList: TrustList = (await loadTrustList(await trustListJson([pki.root]))).trustList;

async function time(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const samples: number[] = [];
  await fn(); // warm-up
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return quantile(samples, 0.5);
}

/**
 * Extra resident memory at the peak of `fn`, from Linux's VmHWM (reset through clear_refs), so
 * native allocations (WebCrypto's own copies) count too. NaN where /proc is not available.
 */
async function peakMemory(fn: () => Promise<unknown>): Promise<number> {
  const read = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? Number.NaN) * 1024;
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    return Number.NaN;
  }
  const before = read('VmRSS');
  await fn();
  return read('VmHWM') - before;
}

/** Runs the engine a few times first, so the first size is not measured while the JIT warms up. */
async function warmUp(): Promise<void> {
  const { pdf, layout } = createDocument();
  await signPdf(pdf, layout.pageObjects[0]!, { signer: pki.signer, chain: [pki.subCa], signingTime: DATES.signedAt, adbeRevocation: { crls: [ctx.crl.sub, ctx.crl.root] } });
  for (let i = 0; i < 30; i++) {
    await verifyPdf(pdf.bytes, { trustList, time: DATES.validation, hasher: nodeHasher });
    await verifyPdf(pdf.bytes, { trustList, time: DATES.validation });
  }
}

await warmUp();
for (const mb of sizes) {
  const { pdf, layout } = createDocument({ padding: mb * 1024 * 1024 });
  await signPdf(pdf, layout.pageObjects[0]!, {
    signer: pki.signer, chain: [pki.subCa], signingTime: DATES.signedAt, adbeRevocation: { crls: [ctx.crl.sub, ctx.crl.root] },
  });
  const bytes = pdf.bytes;
  const runs = mb >= 100 ? 5 : 9;
  const options = { trustList, time: DATES.validation };
  const node = { ...options, hasher: nodeHasher, search: nodeSearch };

  const check = await verifyPdf(bytes, node);
  if (check.indication !== 'TOTAL_PASSED') throw new Error(`bench fixture does not verify: ${check.indication}`);

  const egovNode = await time(runs, () => verifyPdf(bytes, node));
  const egovWebCrypto = await time(runs, () => verifyPdf(bytes, options));
  const owned = bytes.slice();
  const egovWorkerPath = await time(runs, () => verifyPdf(owned, { ...options, hasher: inPlaceWebCryptoHasher }));
  const shaNode = await time(runs, () => createHash('sha256').update(bytes).digest());
  const shaWebCrypto = await time(runs, () => webcrypto.subtle.digest('SHA-256', bytes));
  const memoryNode = await peakMemory(() => verifyPdf(bytes, node));
  const memoryWebCrypto = await peakMemory(() => verifyPdf(bytes, options));
  const memoryWorkerPath = await peakMemory(() => verifyPdf(owned, { ...options, hasher: inPlaceWebCryptoHasher }));

  result({
    sizeMB: round(bytes.length / 2 ** 20),
    runs,
    egovMs: round(egovNode),
    egovWebCryptoMs: round(egovWebCrypto),
    egovWorkerPathMs: round(egovWorkerPath),
    sha256NodeMs: round(shaNode),
    sha256WebCryptoMs: round(shaWebCrypto),
    ratioToSha256Node: round(egovNode / shaNode),
    ratioWebCryptoToSha256WebCrypto: round(egovWebCrypto / shaWebCrypto),
    ratioWorkerPathToSha256WebCrypto: round(egovWorkerPath / shaWebCrypto),
    memoryOverFile: round(1 + memoryNode / bytes.length),
    memoryOverFileWebCrypto: round(1 + memoryWebCrypto / bytes.length),
    memoryOverFileWorkerPath: round(1 + memoryWorkerPath / bytes.length),
    withinHashTarget: egovNode <= 1.5 * shaNode,
  });
}
result({ note: 'In process, bytes already in memory, warm. egovMs: verifyPdf with the Node entry’s streaming hasher and native search; egovWebCryptoMs: the default isomorphic path (WebCrypto, joins the two signed ranges); egovWorkerPathMs: WebCrypto hashing the ranges in place, as the Web Worker does on its own copy; memoryOverFile*: (file + peak extra resident memory during one verification) / file, from VmHWM. For whole processes beside pdfsig, see signature-cli.' });

