/** Turns assessed signatures into the report's JSON form, in the report's language. */
import { formatDateTime, type Locale } from '@egov-kit/core';
import type { Change, RevisionChanges } from '../changes/types.js';
import { keyLabel } from '../crypto/keys.js';
import { asString } from '../pdf/objects.js';
import { decodeTextString } from '../pdf/text.js';
import type { RawFinding } from '../policy/findings.js';
import type { Assessed, AssessedTimestamp } from '../verify/assess.js';
import type { VerificationContext } from '../verify/context.js';
import type { Certificate } from '../x509/certificate.js';
import { subjectIdentifiers } from '../x509/identifiers.js';
import { nameValue, nameValues } from '../x509/names.js';
import { message } from './messages.js';
import type { CertificateReport, ChangeReport, Finding, SignatureReport, SignerReport, TimestampReport } from './types.js';

/**
 * The document's one-line summary, worded by what it holds: "Chữ ký hợp lệ." for one signature,
 * "Cả hai chữ ký đều hợp lệ." for two, "Một trong 3 chữ ký không hợp lệ." when some fail… The
 * worst verdict decides which sentence; counts never read "all 1".
 */
export function documentSummary(locale: Locale, signatures: readonly SignatureReport[]): string {
  const count = signatures.length;
  if (count === 0) return message(locale, 'summary.document.none');
  const failed = signatures.filter((s) => s.indication === 'TOTAL_FAILED').length;
  const undecided = signatures.filter((s) => s.indication === 'INDETERMINATE').length;
  const timestamps = signatures.filter((s) => s.kind === 'document-timestamp').length;
  const group = failed > 0 ? 'failed' : undecided > 0 ? 'indeterminate' : 'passed';
  const worse = failed > 0 ? failed : undecided;
  const key = (name: string, params: Record<string, string | number> = {}) => message(locale, `summary.document.${group}.${name}`, params);
  if (count === 1) return key(timestamps === 1 ? 'timestamp' : 'signature');
  if (group === 'passed') {
    if (timestamps === 0) return count === 2 ? key('two') : key('many', { count });
    const phrase = (name: string, n: number) => message(locale, `summary.document.phrase.${n === 1 ? name : `${name}s`}`, { count: n });
    const text = key('mixed', { signatures: phrase('signature', count - timestamps), timestamps: phrase('timestamp', timestamps) });
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  if (worse === count) return count === 2 ? key('two') : key('many', { count });
  return worse === 1 ? key('someOne', { count }) : key('some', { worse, count });
}

function iso(date: Date | undefined): string | undefined {
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

/** Puts a finding's parameters into words. */
function localParams(locale: Locale, params: RawFinding['params']): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value instanceof Date) out[key] = Number.isNaN(value.getTime()) ? '?' : formatDateTime(value);
    else if (key === 'level' && typeof value === 'string') out[key] = message(locale, `level.${value}`);
    else if (key === 'permission') out[key] = message(locale, `permission.${value}`);
    else if (key === 'reason' && typeof value === 'string') out[key] = message(locale, `revocationReason.${value}`);
    else if (key === 'changes' && typeof value === 'string') out[key] = value.split(', ').map((k) => message(locale, `change.${k}`).toLowerCase()).join('; ');
    else out[key] = value;
  }
  return out;
}

/** A finding in words. */
export function localizeFinding(locale: Locale, finding: RawFinding): Finding {
  const params = localParams(locale, finding.params);
  const text = message(locale, `finding.${finding.code}`, params);
  return { code: finding.code, severity: finding.severity, message: text, ...(Object.keys(params).length > 0 ? { params } : {}) };
}

export async function certificateReport(context: VerificationContext, cert: Certificate, anchor = false): Promise<CertificateReport> {
  return {
    subject: cert.subject.text,
    issuer: cert.issuer.text,
    serialNumber: cert.serial,
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
    sha256: await context.fingerprint(cert),
    publicKey: keyLabel(cert.publicKey),
    source: anchor ? 'trust-list' : context.source(cert),
    trustAnchor: anchor,
  };
}

async function signerReport(context: VerificationContext, cert: Certificate): Promise<SignerReport> {
  const s = cert.subject;
  const pick = (type: string) => nameValue(s, type);
  const fields: Record<string, string | undefined> = {
    commonName: pick('CN'), organization: pick('O'), title: pick('T'), locality: pick('L'), province: pick('ST'), country: pick('C'), email: pick('E'),
  };
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== ''));
  return {
    ...defined,
    organizationalUnits: nameValues(s, 'OU'),
    identifiers: subjectIdentifiers(s, context.validationTime).map((id) => ({
      type: id.type,
      label: message(context.locale, `identifier.${id.type}`),
      value: id.formatted ?? id.value,
      ...(id.valid !== undefined ? { valid: id.valid } : {}),
    })),
    certificate: await certificateReport(context, cert),
  };
}

/** A change in words. */
export function changeReport(locale: Locale, change: Change & { revision: number }): ChangeReport {
  let description = message(locale, `change.${change.kind}`);
  const where: string[] = [];
  if (change.field) where.push(`«${change.field}»`);
  if (change.detail && (change.kind.startsWith('annotation') || change.kind === 'catalog-modified' || change.kind === 'trailer-modified')) where.push(change.detail);
  if (change.detail && (change.kind === 'object-ambiguous' || change.detail === 'dangling-reference')) {
    where.push(change.detail.split(':').map((part) => message(locale, `ambiguity.${part}`)).join(': '));
  }
  if (change.kind === 'page-modified' && (change.detail === 'content' || change.detail === 'resources')) {
    where.push(locale === 'vi' ? (change.detail === 'content' ? 'nội dung' : 'tài nguyên') : change.detail);
  }
  if (change.page) where.push(locale === 'vi' ? `trang ${change.page}` : `page ${change.page}`);
  if (where.length > 0) description += ` (${where.join(', ')})`;
  return {
    revision: change.revision,
    level: change.level,
    kind: change.kind,
    description,
    objects: change.objects,
    ...(change.field ? { field: change.field } : {}),
    ...(change.page ? { page: change.page } : {}),
    ...(change.detail ? { detail: change.detail } : {}),
    ...(change.visible !== undefined ? { visible: change.visible } : {}),
    ...(change.coversContent ? { coversContent: true } : {}),
  };
}

/** Each revision's changes in words. */
export function revisionChangeReports(locale: Locale, revision: RevisionChanges): ChangeReport[] {
  return revision.changes.map((c) => changeReport(locale, { ...c, revision: revision.revision }));
}

async function chainReport(context: VerificationContext, assessed: { trust?: Assessed['trust'] }): Promise<CertificateReport[]> {
  const chain = assessed.trust?.chain;
  if (!chain) return [];
  return Promise.all(chain.path.map((cert, i) => certificateReport(context, cert, chain.anchor !== undefined && i === chain.path.length - 1)));
}

async function timestampReport(context: VerificationContext, ts: AssessedTimestamp): Promise<TimestampReport> {
  const tsa = ts.check.signer?.certificate;
  const time = iso(ts.check.info?.genTime);
  return {
    kind: 'signature-timestamp',
    indication: ts.verdict.indication,
    ...(ts.verdict.subIndication ? { subIndication: ts.verdict.subIndication } : {}),
    ...(time ? { time } : {}),
    ...(tsa ? { tsa: nameValue(tsa.subject, 'CN') ?? tsa.subject.text } : {}),
    chain: await chainReport(context, ts),
    findings: ts.findings.items.map((f) => localizeFinding(context.locale, f)),
  };
}

function summaryOf(locale: Locale, assessed: Assessed, signerName: string | undefined): string {
  const { indication, subIndication } = assessed.verdict;
  if (indication === 'TOTAL_PASSED') {
    if (assessed.kind === 'document-timestamp') return message(locale, 'summary.timestampPassed', { time: assessed.proven ? formatDateTime(assessed.proven.time) : '?' });
    const signer = signerName ?? message(locale, 'summary.unknownSigner');
    return message(locale, assessed.changes.length > 0 ? 'summary.passedWithChanges' : 'summary.passed', { signer });
  }
  const reason = subIndication ? message(locale, `subIndication.${subIndication}`) : '';
  return message(locale, indication === 'TOTAL_FAILED' ? 'summary.failed' : 'summary.indeterminate', { reason });
}

/**
 * What changed after the signature, never at odds with the rest of the report: when the signed
 * bytes do not match their digest, the signed content itself was altered (a violation listed
 * first, whatever came later); when no revision could be tied to the signature (an unusable byte
 * range), what changed after it is unknown.
 */
function changesAfterSigning(locale: Locale, assessed: Assessed, lastRevision: number): SignatureReport['changesAfterSigning'] {
  const { examined, judgment } = assessed;
  const later = assessed.changes.map((c) => changeReport(locale, c));
  if (examined.hashMismatch) {
    const revision = examined.coverage.revision ?? lastRevision;
    const altered = changeReport(locale, { revision, level: 'other', kind: 'signed-content-altered', objects: [], visible: true });
    return { level: 'other', outcome: 'violation', changes: [altered, ...later] };
  }
  if (!judgment) {
    const incomplete = changeReport(locale, { revision: lastRevision, level: 'other', kind: 'analysis-incomplete', objects: [] });
    return { level: 'other', outcome: 'unknown', changes: [incomplete, ...later] };
  }
  return { level: judgment.level, outcome: later.length === 0 ? 'none' : judgment.outcome, changes: later };
}

/** The report entry for one signature; `lastRevision` is the index of the file's last revision. */
export async function signatureReport(context: VerificationContext, assessed: Assessed, id: string, lastRevision: number): Promise<SignatureReport> {
  const { examined, verdict } = assessed;
  const locale = context.locale;
  const certificate = examined.signer?.certificate;
  const signer = certificate ? await signerReport(context, certificate) : undefined;
  const view = context.file.view();
  const text = (key: string) => decodeTextString(asString(view.deref(examined.found.dict.entries.get(key))));
  const declared = Object.fromEntries(Object.entries({ name: text('Name'), reason: text('Reason'), location: text('Location'), contactInfo: text('ContactInfo') }).filter(([, v]) => v));
  const revocation = assessed.trust?.revocation[0]?.status;
  const anchor = assessed.trust?.chain.anchor;
  const coverage = examined.coverage;
  const signedBytes = coverage.ranges ? coverage.ranges[0][1] - coverage.ranges[0][0] + coverage.ranges[1][1] - coverage.ranges[1][0] : undefined;
  return {
    id,
    kind: assessed.kind,
    fieldName: examined.found.fieldName,
    ...(examined.found.subFilter ? { subFilter: examined.found.subFilter } : {}),
    indication: verdict.indication,
    ...(verdict.subIndication ? { subIndication: verdict.subIndication } : {}),
    summary: summaryOf(locale, assessed, signer?.commonName ?? signer?.organization),
    ...(signer ? { signer } : {}),
    chain: await chainReport(context, assessed),
    ...(anchor ? { trustAnchor: { name: anchor.name, ...(anchor.source ? { source: anchor.source } : {}) } } : {}),
    signingTime: {
      ...(assessed.claimed ? { claimed: assessed.claimed.time.toISOString(), claimedSource: assessed.claimed.source } : {}),
      ...(assessed.proven ? { proven: assessed.proven.time.toISOString(), provenBy: assessed.proven.by } : {}),
      validatedAt: assessed.referenceTime.toISOString(),
    },
    timestamps: await Promise.all(assessed.timestamps.map((t) => timestampReport(context, t))),
    coverage: {
      ...(coverage.byteRange ? { byteRange: coverage.byteRange } : {}),
      ...(signedBytes !== undefined ? { signedBytes } : {}),
      ...(coverage.revision !== undefined ? { revision: coverage.revision } : {}),
      level: coverage.level,
      coversWholeFile: coverage.coversWholeFile,
    },
    changesAfterSigning: changesAfterSigning(locale, assessed, lastRevision),
    permissions: {
      certification: assessed.permissions.certification,
      ...(assessed.permissions.docMdp ? { docMdp: assessed.permissions.docMdp } : {}),
      ...(assessed.permissions.fieldLock ? { fieldLock: assessed.permissions.fieldLock } : {}),
    },
    cryptography: {
      ...(examined.signer ? { digestAlgorithm: examined.signer.digestName, signatureAlgorithm: examined.signer.signatureAlgorithm.name } : {}),
      ...(certificate ? { publicKey: keyLabel(certificate.publicKey) } : {}),
    },
    revocation: revocation
      ? {
        status: revocation.status,
        ...(revocation.source ? { source: revocation.source } : {}),
        ...(revocation.origin ? { origin: revocation.origin } : {}),
        ...(revocation.revokedAt ? { revokedAt: revocation.revokedAt.toISOString() } : {}),
        ...(revocation.reason ? { reason: revocation.reason } : {}),
        ...(revocation.issuedAt ? { issuedAt: revocation.issuedAt.toISOString() } : {}),
      }
      : { status: 'not-checked' },
    declared,
    findings: assessed.findings.items.map((f) => localizeFinding(locale, f)),
  };
}
