/**
 * Runs Poppler's `pdfsig` and egov-verify over the fixture corpus and prints where they disagree
 * about each signature's cryptographic integrity (pdfsig's "Signature Validation" against the
 * engine's byte-range, digest and signature checks). Informational: exits 0 unless the comparison
 * itself cannot run (no pdfsig, corpus not buildable).
 *   npm run compare-pdfsig -w @egov-kit/signature
 */
import { spawnSync } from 'node:child_process';
import { verifyPdf, type SignatureReport, type VerifyOptions } from '../src/index.js';
import { nodeHasher } from '../src/node/hasher.js';
import { loadCorpus, trustFor } from '../test/fixtures/load.js';
import { DATES } from '../test/fixtures/pki.js';

interface PdfsigSignature {
  ranges: [number, number, number, number];
  validation: string;
  total: boolean;
}

const INTEGRITY_FAILURES = new Set(['signature.hash-mismatch', 'signature.invalid', 'signature.sha1-digest-mismatch']);

function pdfsig(file: string): { signatures: PdfsigSignature[]; error?: string } {
  const run = spawnSync('pdfsig', ['-nocert', file], { encoding: 'utf8', timeout: 60_000 });
  if (run.error) throw run.error;
  const signatures: PdfsigSignature[] = [];
  let current: Partial<PdfsigSignature> | undefined;
  for (const line of run.stdout.split('\n')) {
    if (/^Signature #\d+:/.test(line)) {
      current = {};
      signatures.push(current as PdfsigSignature);
    }
    const ranges = /Signed Ranges: \[(\d+) - (\d+)\], \[(\d+) - (\d+)\]/.exec(line);
    if (ranges && current) {
      const [a0, a1, b0, b1] = ranges.slice(1).map(Number) as [number, number, number, number];
      current.ranges = [a0, a1 - a0, b0, b1 - b0];
    }
    if (current && /Total document signed/.test(line)) current.total = !/Not total/.test(line);
    const validation = /Signature Validation: (.*)$/.exec(line);
    if (validation && current) current.validation = validation[1]!.replace(/\.$/, '');
  }
  for (const s of signatures) s.total ??= false;
  return run.status === 0 || signatures.length > 0 ? { signatures } : { signatures, error: (run.stderr || run.stdout).trim().split('\n')[0] ?? `exit ${run.status}` };
}

function integrity(s: SignatureReport): 'valid' | 'invalid' {
  const broken = s.coverage.level === 'unclear' || s.findings.some((f) => INTEGRITY_FAILURES.has(f.code) || /^(byte-range|contents|cms)\./.test(f.code) && f.severity === 'error');
  return broken ? 'invalid' : 'valid';
}

const check = spawnSync('pdfsig', ['-v'], { encoding: 'utf8' });
if (check.error) {
  console.error('pdfsig is not installed (Debian: apt-get install poppler-utils); the comparison cannot run.');
  process.exit(1);
}
const corpus = await loadCorpus();
console.log(`pdfsig: ${(check.stderr || check.stdout).split('\n')[0]}; egov-verify: @egov-kit/signature; ${corpus.fixtures.length} fixtures`);
console.log('Compared per signature: pdfsig -nocert "Signature Validation" against egov-verify’s byte range, digest and signature value checks.\n');

let compared = 0;
/** Different answers on whether the signed bytes are intact. */
const integrityDisagreements: string[] = [];
/** Bytes intact for both, but egov-verify fails the document for what changed (attacks pdfsig does not judge). */
const stricter: string[] = [];
/** Signatures only one tool reports, or that pdfsig does not check. */
const coverageDifferences: string[] = [];
const rows: string[] = [];
for (const fixture of corpus.fixtures) {
  const report = await verifyPdf(fixture.bytes, {
    trustList: trustFor(corpus, fixture) as VerifyOptions['trustList'],
    time: DATES.validation,
    hasher: nodeHasher,
    ...(fixture.policy ? { policy: fixture.policy } : {}),
  });
  const theirs = pdfsig(fixture.file);
  const matched = new Set<PdfsigSignature>();
  const pairs = new Map<SignatureReport, PdfsigSignature>();
  for (const s of report.signatures) {
    const r = s.coverage.byteRange;
    const other = theirs.signatures.find((p) => !matched.has(p) && r && p.ranges?.[1] === r[1] && p.ranges?.[2] === r[2]);
    if (other) {
      matched.add(other);
      pairs.set(s, other);
    }
  }
  // Signatures without a usable byte range: pair what is left in order.
  const leftover = theirs.signatures.filter((p) => !matched.has(p));
  for (const s of report.signatures) {
    if (pairs.has(s) || s.coverage.level !== 'unclear') continue;
    const other = leftover.shift();
    if (other) {
      matched.add(other);
      pairs.set(s, other);
    }
  }
  for (const s of report.signatures) {
    const other = pairs.get(s);
    const ours = integrity(s);
    const pdfsigValid = other?.validation === 'Signature is Valid';
    const verdict = `${s.indication}${s.subIndication ? `/${s.subIndication}` : ''}`;
    rows.push(`${fixture.name.padEnd(34)} ${s.id.padEnd(3)} egov: ${ours.padEnd(7)} ${verdict.padEnd(46)} pdfsig: ${other ? `${other.validation}${other.total ? ', total' : ''}` : '(not found)'}`);
    compared++;
    const errors = s.findings.filter((f) => f.severity === 'error').map((f) => f.code).join(', ');
    if (!other) {
      coverageDifferences.push(`${fixture.name} ${s.id}: pdfsig does not report this signature; egov: ${verdict} (${errors}).`);
    } else if (other.validation === 'Signature has not yet been verified' && s.kind === 'document-timestamp') {
      coverageDifferences.push(`${fixture.name} ${s.id}: pdfsig does not verify document timestamps; egov: ${verdict}.`);
    } else if ((ours === 'valid') !== pdfsigValid) {
      const why = ours === 'invalid' ? `egov finds the bytes or structure broken (${errors}); pdfsig says “${other.validation}”` : `pdfsig says “${other.validation}” where egov finds the bytes intact (${verdict})`;
      integrityDisagreements.push(`${fixture.name} ${s.id}: ${why}.`);
    } else if (pdfsigValid && s.indication !== 'TOTAL_PASSED' && fixture.attack) {
      stricter.push(`${fixture.name} ${s.id}: egov ${verdict}; pdfsig “${other.validation}”${other.total ? ', total document signed' : ', only “not total document signed”'}.`);
    }
  }
  for (const other of theirs.signatures) {
    if (matched.has(other)) continue;
    coverageDifferences.push(other.ranges
      ? `${fixture.name}: pdfsig reports a signature over ${JSON.stringify(other.ranges)} (“${other.validation}”) that egov-verify does not.`
      : `${fixture.name}: pdfsig lists an empty signature field (nothing signed); egov-verify reports it among the changes, not as a signature.`);
  }
  if (theirs.error && report.signatures.length > 0) coverageDifferences.push(`${fixture.name}: pdfsig found nothing (${theirs.error}).`);
}
console.log(rows.join('\n'));
const total = integrityDisagreements.length + stricter.length + coverageDifferences.length;
console.log(`\n${compared} signatures in ${corpus.fixtures.length} files; ${total} differences.`);
const section = (title: string, lines: string[]) => {
  console.log(`\n${title} (${lines.length}):`);
  for (const line of lines) console.log(`  - ${line}`);
};
section('Integrity: the tools disagree on whether the signed bytes and structure are intact', integrityDisagreements);
section('Attacks: both find the bytes intact, egov-verify fails the document for what changed or how it is wrapped', stricter);
section('Coverage: signatures one tool does not report or check', coverageDifferences);
