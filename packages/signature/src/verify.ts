/** `verifyPdf`: the engine's entry point. */
import { defaultLocale, type Locale } from '@egov-kit/core';
import { webCryptoHasher } from './crypto/digest.js';
import { ensurePkijsEngine } from './crypto/engine.js';
import type { VerifyOptions } from './options.js';
import { readDss } from './pdf/dss.js';
import { PdfFile } from './pdf/document.js';
import { findSignatures } from './pdf/signatures.js';
import { revisionsWithSignatureEnds, scanEofMarkers } from './pdf/structure.js';
import { analyseRevisions } from './changes/analyse.js';
import { FindingList } from './policy/findings.js';
import { resolvePolicy } from './policy/policy.js';
import { worse } from './policy/decide.js';
import { documentSummary, localizeFinding, revisionChangeReports, signatureReport } from './report/build.js';
import { message } from './report/messages.js';
import type { Indication, RevisionReport, SignatureReport, VerificationReport } from './report/types.js';
import { emptyTrustList, loadTrustList, type TrustList } from './trust/trust-list.js';
import { asciiBytes, indexOf } from './util/bytes.js';
import { parseCertificate, type Certificate } from './x509/certificate.js';
import { VerificationContext } from './verify/context.js';
import { examineSignature, type Examined } from './verify/examine.js';
import { assessSignature, type Assessed, type TimestampProof } from './verify/assess.js';

const PDF_HEADER = asciiBytes('%PDF-');

function isTrustList(value: unknown): value is TrustList {
  return typeof value === 'object' && value !== null && Array.isArray((value as TrustList).entries);
}

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

/**
 * Verifies every signature and document timestamp in a PDF and returns the report. Never throws
 * and never reaches the network unless `options.fetch` is given; time and memory are bounded by the
 * file's size.
 *
 * @example
 * ```ts
 * const report = await verifyPdf(bytes, { trustList, locale: 'vi' });
 * for (const s of report.signatures) console.log(s.id, s.indication, s.summary);
 * ```
 */
export async function verifyPdf(input: Uint8Array | ArrayBuffer, options: VerifyOptions = {}): Promise<VerificationReport> {
  const locale: Locale = options.locale === 'en' ? 'en' : defaultLocale;
  const validationTime = options.time && !Number.isNaN(options.time.getTime()) ? options.time : new Date();
  try {
    return await run(toBytes(input), options, locale, validationTime);
  } catch (error) {
    const findings = new FindingList();
    findings.error('internal.error', { message: error instanceof Error ? error.message : String(error) });
    const size = input instanceof Uint8Array ? input.length : input?.byteLength ?? 0;
    return {
      reportVersion: 1, generator: '@egov-kit/signature', locale, validationTime: validationTime.toISOString(),
      policy: resolvePolicy(options.policy).name, trustList: { name: 'unknown', certificates: 0 },
      indication: 'INDETERMINATE', summary: message(locale, 'finding.internal.error', { message: error instanceof Error ? error.message : String(error) }),
      document: { size, revisions: [], findings: findings.items.map((f) => localizeFinding(locale, f)) },
      signatures: [],
    };
  }
}

async function resolveTrustList(option: VerifyOptions['trustList'], findings: FindingList): Promise<TrustList> {
  if (option === undefined) return emptyTrustList;
  if (isTrustList(option)) return option;
  const { trustList, problems } = await loadTrustList(option);
  for (const problem of problems) findings.warning('trust-list.entry-refused', { name: problem.name ?? String(problem.index), reason: problem.code });
  return trustList;
}

async function run(bytes: Uint8Array, options: VerifyOptions, locale: Locale, validationTime: Date): Promise<VerificationReport> {
  ensurePkijsEngine();
  const documentFindings = new FindingList();
  const trustList = await resolveTrustList(options.trustList, documentFindings);
  // The list's publisher may say its PKI publishes no revocation data; the caller's policy wins.
  const policy = resolvePolicy({ ...(trustList.revocation ? { revocation: trustList.revocation } : {}), ...options.policy });
  if (trustList.demo) documentFindings.warning('trust-list.demo', { name: trustList.name });
  const file = new PdfFile(bytes, options.limits, options.search);
  const context = new VerificationContext(file, trustList, policy, locale, validationTime, options.hasher ?? webCryptoHasher, options.fetch, options.fetchTimeoutMs ?? 5000);

  if (indexOf(bytes, PDF_HEADER, 0, Math.min(bytes.length, 1024 + PDF_HEADER.length)) < 0) documentFindings.warning('structure.not-pdf');
  const finalView = file.view();
  // Signatures can vouch for revision ends a broken chain hides, and those revisions can hold more
  // signatures; a /Prev that skips a revision hides its signatures from the chain too.
  const broken = finalView.reconstructed || finalView.problems.some((p) => p === 'structure.prev-invalid' || p === 'structure.startxref-invalid');
  const allMarkerEnds = scanEofMarkers(file);
  const markerEnds = broken ? allMarkerEnds : [];
  let { revisions, problems } = revisionsWithSignatureEnds(file, [], markerEnds);
  const chainEnds = new Set(revisions.flatMap((r) => [r.end, r.markerEnd]));
  const hiddenEnds = allMarkerEnds.filter((end) => !chainEnds.has(end) && file.hasCrossReference(end));
  let found = findSignatures(finalView, revisions, hiddenEnds);
  ({ revisions, problems } = revisionsWithSignatureEnds(file, found, markerEnds));
  found = findSignatures(finalView, revisions, hiddenEnds);
  for (const code of new Set([...finalView.problems, ...problems])) documentFindings.warning(code);

  const dss = readDss(finalView);
  context.addCertificates(dss.certificates.map((der) => parseCertificate(der)).filter((c): c is Certificate => c !== undefined), 'dss');
  context.addRevocationData(dss.crls, dss.ocsps, 'dss');

  const examined: Examined[] = [];
  for (const signature of found) examined.push(await examineSignature(context, signature, revisions));
  examined.sort((a, b) => (a.coverage.signedEnd ?? Number.MAX_SAFE_INTEGER) - (b.coverage.signedEnd ?? Number.MAX_SAFE_INTEGER));

  const revisionChanges = analyseRevisions(file, revisions);
  if (revisionChanges.some((r) => r.changes.some((c) => c.kind === 'unexplained-bytes'))) documentFindings.warning('structure.uncovered-data');

  // Document timestamps first: those that hold give proof of existence to what they cover.
  const assessed = new Map<Examined, Assessed>();
  const proofs: TimestampProof[] = [];
  for (const item of examined.filter((e) => e.isTimestamp)) {
    const result = await assessSignature(context, item, revisionChanges, []);
    assessed.set(item, result);
    const trust = result.trust;
    const valid = item.formatFailures.length === 0 && !item.hashMismatch && item.signer?.digestMatches === true && item.signer.signatureCheck === 'valid'
      && trust?.chain.anchor !== undefined && trust.chain.problems.length === 0;
    if (valid && result.proven && item.coverage.revision !== undefined) proofs.push({ revision: item.coverage.revision, time: result.proven.time });
  }
  for (const item of examined.filter((e) => !e.isTimestamp)) assessed.set(item, await assessSignature(context, item, revisionChanges, proofs));
  if (file.exhausted) documentFindings.warning('structure.budget-exhausted');

  const signatures: SignatureReport[] = [];
  const lastRevision = Math.max(0, revisions.length - 1);
  for (const [i, item] of examined.entries()) signatures.push(await signatureReport(context, assessed.get(item)!, `S${i + 1}`, lastRevision));

  const revisionReports: RevisionReport[] = revisions.map((r) => {
    const changes = revisionChanges.find((c) => c.revision === r.index);
    return {
      index: r.index,
      start: r.start,
      end: r.end,
      signatures: signatures.filter((s) => s.coverage.revision === r.index).map((s) => s.id),
      level: changes?.level ?? 'none',
      changes: changes ? revisionChangeReports(locale, changes) : [],
    };
  });
  const trailing = revisionChanges.find((c) => c.revision === revisions.length);
  if (trailing) {
    revisionReports.push({ index: revisions.length, start: revisions.at(-1)?.end ?? 0, end: bytes.length, signatures: [], level: trailing.level, changes: revisionChangeReports(locale, trailing) });
  }

  let indication: Indication | 'NO_SIGNATURE_FOUND' = 'NO_SIGNATURE_FOUND';
  let worst: Indication = 'TOTAL_PASSED';
  for (const s of signatures) if (worse(s.indication, worst)) worst = s.indication;
  if (signatures.length > 0) indication = worst;
  const summary = documentSummary(locale, signatures);
  const certifying = signatures.find((s) => s.kind === 'certification' && s.permissions.docMdp);

  return {
    reportVersion: 1,
    generator: '@egov-kit/signature',
    locale,
    validationTime: validationTime.toISOString(),
    policy: policy.name,
    trustList: { name: trustList.name, certificates: trustList.entries.length },
    indication,
    summary,
    document: {
      size: bytes.length,
      revisions: revisionReports,
      ...(certifying ? { certified: { by: certifying.id, permission: certifying.permissions.docMdp! } } : {}),
      findings: documentFindings.items.map((f) => localizeFinding(locale, f)),
    },
    signatures,
  };
}
