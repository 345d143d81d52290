/**
 * The second pass over one signature: when it was made (claimed and proven), whether its signer is
 * trusted at that time, whether later changes are permitted — and the verdict.
 */
import { readSignatureTimestampTokens } from '../cms/attributes.js';
import { judgeChanges, readPermissions, type ChangeJudgment, type SignaturePermissions } from '../changes/permissions.js';
import type { Change, RevisionChanges } from '../changes/types.js';
import { digestParts } from '../crypto/digest.js';
import { asString } from '../pdf/objects.js';
import { parsePdfDate, decodeTextString } from '../pdf/text.js';
import { decide, type SignatureFacts, type Verdict } from '../policy/decide.js';
import { FindingList } from '../policy/findings.js';
import { checkTimestampToken, type TimestampCheck } from '../time/timestamp.js';
import type { VerificationContext } from './context.js';
import type { Examined } from './examine.js';
import { assessTrust, type TrustAssessment } from './trust.js';

/** A signature timestamp, judged. */
export interface AssessedTimestamp {
  readonly check: TimestampCheck;
  readonly trust?: TrustAssessment;
  readonly verdict: Verdict;
  readonly findings: FindingList;
  /** True when the token proves its time (valid, trusted TSA). */
  readonly proves: boolean;
}

/** A signature after both passes. */
export interface Assessed {
  readonly examined: Examined;
  readonly kind: 'approval' | 'certification' | 'document-timestamp';
  readonly permissions: SignaturePermissions;
  readonly changes: readonly (Change & { revision: number })[];
  readonly judgment?: ChangeJudgment;
  readonly claimed?: { readonly time: Date; readonly source: 'signed-attribute' | 'signature-dictionary' };
  readonly proven?: { readonly time: Date; readonly by: 'signature-timestamp' | 'document-timestamp' };
  readonly referenceTime: Date;
  readonly timestamps: readonly AssessedTimestamp[];
  readonly trust?: TrustAssessment;
  readonly verdict: Verdict;
  readonly findings: FindingList;
}

function provesTime(facts: { formatOk: boolean; hashMismatch: boolean; digestMatches: boolean; signatureValid: boolean; trust?: TrustAssessment }, genTime: Date): boolean {
  const trust = facts.trust;
  if (!facts.formatOk || facts.hashMismatch || !facts.digestMatches || !facts.signatureValid || !trust?.chain.anchor) return false;
  if (trust.chain.problems.length > 0) return false;
  return !trust.revocation.some(({ status }) => status.status === 'revoked' && (!status.revokedAt || status.revokedAt <= genTime));
}

/** Judges a timestamp token over `imprintOf`'s data. */
export async function assessTimestamp(context: VerificationContext, token: Uint8Array, imprintOf: (algorithm: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512') => Promise<Uint8Array>): Promise<AssessedTimestamp> {
  const findings = new FindingList();
  const check = await checkTimestampToken(token, imprintOf, {
    keys: context.keys, hasher: context.hasher, otherCertificates: [...context.certificates(), ...context.trustList.entries.map((e) => e.certificate)],
  });
  if (check.signedData) context.addCertificates(check.signedData.certificates, 'timestamp');
  for (const code of check.problems) if (code !== 'cms.digest-unsupported') findings.error(code); // reported by the verdict
  const genTime = check.info?.genTime;
  const tsa = check.signer?.certificate;
  const trust = tsa && genTime ? await assessTrust(context, tsa, 'timestamp', genTime, context.validationTime) : undefined;
  const hashMismatch = !check.imprintMatches || check.signer?.digestMatches === false;
  const digestMatches = check.signer?.digestMatches === true;
  const facts: SignatureFacts = {
    purpose: 'timestamp',
    formatFailures: check.problems.includes('timestamp.malformed') ? ['timestamp.malformed'] : [],
    unsupportedFormat: false,
    hashMismatch,
    digestMatches,
    signatureCheck: check.signer?.signatureCheck ?? 'not-run',
    signingCertificateMismatch: check.signer?.signingCertificateAttribute === 'mismatch',
    ...(tsa ? { signerCertificate: tsa } : {}),
    ...(genTime ? { provenTime: genTime } : {}),
    referenceTime: genTime ?? context.validationTime,
    validationTime: context.validationTime,
    ...(trust ? { trust } : {}),
    ...(check.signer ? { digest: { name: check.signer.digestName, ...(check.signer.digestAlgorithm ? { algorithm: check.signer.digestAlgorithm } : {}) } } : {}),
    ...(check.signer ? { signatureAlgorithmName: check.signer.signatureAlgorithm.name } : {}),
  };
  const verdict = decide(facts, context.policy, findings);
  const proves = genTime !== undefined && provesTime({ formatOk: facts.formatFailures.length === 0, hashMismatch, digestMatches, signatureValid: facts.signatureCheck === 'valid', ...(trust ? { trust } : {}) }, genTime);
  return { check, ...(trust ? { trust } : {}), verdict, findings, proves };
}

/** The changes made after revision `revision`. */
export function changesAfter(all: readonly RevisionChanges[], revision: number | undefined): (Change & { revision: number })[] {
  if (revision === undefined) return [];
  return all.filter((r) => r.revision > revision).flatMap((r) => r.changes.map((c) => ({ ...c, revision: r.revision })));
}

/** Proof of existence a document timestamp gives: its time, for every revision up to the one it completes. */
export interface TimestampProof {
  readonly revision: number;
  readonly time: Date;
}

/** Runs the second pass. `proofs` are the valid document timestamps, found first. */
export async function assessSignature(context: VerificationContext, examined: Examined, revisionChanges: readonly RevisionChanges[], proofs: readonly TimestampProof[]): Promise<Assessed> {
  const { found, signer } = examined;
  const findings = examined.findings;
  const view = context.file.view();
  const permissions = readPermissions(view, found);
  const kind = examined.isTimestamp ? 'document-timestamp' : permissions.certification ? 'certification' : 'approval';
  const revision = examined.coverage.revision;
  const changes = changesAfter(revisionChanges, revision);
  const judgment = revision === undefined ? undefined : judgeChanges(kind === 'document-timestamp' ? { certification: false } : permissions, changes);

  // Time: what the signer claims, what timestamps prove.
  let claimed: Assessed['claimed'];
  if (signer?.claimedSigningTime) claimed = { time: signer.claimedSigningTime, source: 'signed-attribute' };
  else {
    const m = parsePdfDate(decodeTextString(asString(view.deref(found.dict.entries.get('M')))));
    if (m) claimed = { time: m, source: 'signature-dictionary' };
  }
  const timestamps: AssessedTimestamp[] = [];
  let proven: Assessed['proven'];
  const cmsSigner = examined.signedData?.signers[0];
  if (examined.isTimestamp) {
    const genTime = examined.documentTimestamp?.info?.genTime;
    if (genTime) proven = { time: genTime, by: 'document-timestamp' };
  } else if (cmsSigner) {
    for (const token of readSignatureTimestampTokens(cmsSigner.unsignedAttributes).slice(0, 8)) {
      const assessed = await assessTimestamp(context, token, (algorithm) => digestParts(algorithm, [cmsSigner.signature], context.hasher));
      timestamps.push(assessed);
      const time = assessed.check.info?.genTime;
      if (assessed.proves && time && (!proven || time < proven.time)) proven = { time, by: 'signature-timestamp' };
      if (!assessed.proves) findings.warning(assessed.verdict.indication === 'TOTAL_FAILED' ? 'timestamp.invalid' : 'timestamp.untrusted');
    }
  }
  if (!examined.isTimestamp && revision !== undefined) {
    for (const proof of proofs) {
      if (proof.revision >= revision && (!proven || proof.time < proven.time)) proven = { time: proof.time, by: 'document-timestamp' };
    }
  }
  if (proven && !examined.isTimestamp) findings.info('time.proven', { time: proven.time });
  if (claimed && !examined.isTimestamp) {
    if (!proven) findings.info('time.claimed', { time: claimed.time });
    else if (claimed.time.getTime() > proven.time.getTime() + 5 * 60_000) findings.warning('time.claimed-after-proven', { claimed: claimed.time, proven: proven.time });
  }
  const claimedUsable = claimed && claimed.time <= context.validationTime ? claimed.time : undefined;
  const referenceTime = proven?.time ?? claimedUsable ?? context.validationTime;

  const certificate = signer?.certificate;
  // A document timestamp's own time is no proof for its own certificate.
  const revocationTime = proven && !examined.isTimestamp ? proven.time : context.validationTime;
  const trust = certificate ? await assessTrust(context, certificate, examined.isTimestamp ? 'timestamp' : 'signature', referenceTime, revocationTime) : undefined;

  if (judgment) {
    const list = judgment.reasons.map((c) => c.kind).filter((k, i, all) => all.indexOf(k) === i).join(', ');
    // "Unchanged since signing" holds only when the signed bytes matched their digest: with a
    // mismatch the signed content itself was altered, and an uncompared digest proves nothing.
    const intact = !examined.hashMismatch && signer?.digestMatches === true;
    if (judgment.outcome === 'violation') findings.error('changes.violation', { changes: list });
    else if (judgment.outcome === 'unverifiable') findings.warning('changes.unverifiable', { changes: list });
    else if (changes.length > 0 && intact) findings.info('changes.permitted', { level: judgment.level });
    else if (intact) findings.info('changes.none');
    for (const change of judgment.covering) findings.warning('changes.covered', { field: change.field ?? '?', page: change.page ?? '?' });
  }
  if (kind === 'certification' && permissions.docMdp) findings.info('changes.certified', { permission: permissions.docMdp });

  const facts: SignatureFacts = {
    purpose: examined.isTimestamp ? 'timestamp' : 'signature',
    formatFailures: examined.formatFailures,
    unsupportedFormat: examined.unsupportedFormat,
    hashMismatch: examined.hashMismatch,
    digestMatches: signer?.digestMatches === true,
    signatureCheck: signer?.signatureCheck ?? 'not-run',
    signingCertificateMismatch: signer?.signingCertificateAttribute === 'mismatch',
    ...(certificate ? { signerCertificate: certificate } : {}),
    ...(claimed && !examined.isTimestamp ? { claimedTime: claimed.time } : {}),
    ...(proven ? { provenTime: proven.time } : {}),
    referenceTime,
    validationTime: context.validationTime,
    ...(trust ? { trust } : {}),
    ...(signer ? { digest: { name: signer.digestName, ...(signer.digestAlgorithm ? { algorithm: signer.digestAlgorithm } : {}) } } : {}),
    ...(signer ? { signatureAlgorithmName: signer.signatureAlgorithm.name } : {}),
    ...(signer?.signatureAlgorithm.hashName ? { signatureHashName: signer.signatureAlgorithm.hashName } : {}),
    ...(judgment ? { changes: judgment } : {}),
  };
  let verdict = decide(facts, context.policy, findings);
  if (!signer && verdict.indication === 'TOTAL_PASSED') verdict = { indication: 'TOTAL_FAILED', subIndication: 'FORMAT_FAILURE' };
  return {
    examined, kind, permissions, changes, ...(judgment ? { judgment } : {}),
    ...(claimed ? { claimed } : {}), ...(proven ? { proven } : {}),
    referenceTime, timestamps, ...(trust ? { trust } : {}), verdict, findings,
  };
}
