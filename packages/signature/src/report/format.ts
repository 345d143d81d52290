/** Plain-text rendering of a report (what the CLI prints), and exit codes. */
import { formatDateTime } from '@egov-kit/core';
import { message } from './messages.js';
import type { Indication, SignatureReport, VerificationReport } from './types.js';

/** Options for {@link formatReport}. */
export interface FormatOptions {
  /** A heading line naming the file. */
  readonly fileName?: string;
  /** Include informational findings (default true). */
  readonly notes?: boolean;
}

const MARK = { error: '✗', warning: '!', info: '·' } as const;

function when(iso: string | undefined): string | undefined {
  return iso ? formatDateTime(new Date(iso)) : undefined;
}

function signatureLines(report: VerificationReport, s: SignatureReport, notes: boolean): string[] {
  const l = report.locale;
  const label = (key: string, params?: Record<string, string | number>) => message(l, `label.${key}`, params);
  const kind = s.kind === 'certification' ? label('certification') : s.kind === 'document-timestamp' ? label('documentTimestamp') : label('signature');
  const lines = [`[${s.id}] ${kind} «${s.fieldName}» — ${message(l, `indication.${s.indication}`)}${s.subIndication ? ` (${s.subIndication})` : ''}`];
  const row = (key: string, value: string | undefined) => {
    if (value) lines.push(`  ${label(key)}: ${value}`);
  };
  lines.push(`  ${s.summary}`);
  if (s.signer) {
    row(s.kind === 'document-timestamp' ? 'tsa' : 'signer', s.signer.commonName);
    row('organization', s.signer.organization);
    row('unit', s.signer.organizationalUnits.join(', ') || undefined);
    row('title', s.signer.title);
    for (const id of s.signer.identifiers) lines.push(`  ${id.label}: ${id.value}${id.valid === false ? ` (${label('invalid')})` : ''}`);
    row('issuer', s.signer.certificate.issuer);
    row('validity', `${when(s.signer.certificate.notBefore)} ${label('to')} ${when(s.signer.certificate.notAfter)}`);
  }
  row('trustAnchor', s.trustAnchor?.name);
  row('claimedTime', when(s.signingTime.claimed));
  row('provenTime', when(s.signingTime.proven));
  const coverage = s.coverage.level === 'entire-file' ? label('wholeFile')
    : s.coverage.level === 'entire-revision' ? label('revision', { revision: (s.coverage.revision ?? 0) + 1, count: report.document.revisions.length })
      : label('unclear');
  row('coverage', coverage);
  if (s.changesAfterSigning.changes.length === 0) row('changes', label('none'));
  else {
    row('changes', s.changesAfterSigning.outcome === 'unknown' ? label('unknown') : message(l, `level.${s.changesAfterSigning.level}`));
    for (const c of s.changesAfterSigning.changes.slice(0, 12)) lines.push(`    – ${c.description}`);
    if (s.changesAfterSigning.changes.length > 12) lines.push(`    – …`);
  }
  const revocation = s.revocation.status === 'not-checked' ? label('notChecked') : label(s.revocation.status);
  row('revocation', revocation);
  row('algorithms', [s.cryptography.digestAlgorithm, s.cryptography.signatureAlgorithm, s.cryptography.publicKey].filter(Boolean).join(', ') || undefined);
  row('reason', s.declared.reason);
  for (const f of s.findings) {
    if (f.severity === 'info' && !notes) continue;
    lines.push(`  ${MARK[f.severity]} ${f.message}`);
  }
  for (const t of s.timestamps) {
    lines.push(`  ${MARK.info} ${t.tsa ?? 'TSA'} ${when(t.time) ?? ''} — ${message(l, `indication.${t.indication}`)}`);
  }
  return lines;
}

/** The report as text, in its own language. */
export function formatReport(report: VerificationReport, options: FormatOptions = {}): string {
  const notes = options.notes ?? true;
  const lines: string[] = [];
  if (options.fileName) lines.push(`${message(report.locale, 'label.file')}: ${options.fileName}`);
  lines.push(`${message(report.locale, `indication.${report.indication}`)} — ${report.summary}`);
  for (const f of report.document.findings) lines.push(`${MARK[f.severity]} ${f.message}`);
  for (const s of report.signatures) {
    lines.push('');
    lines.push(...signatureLines(report, s, notes));
  }
  return lines.join('\n');
}

/** The worst indication over reports; a report without signatures counts as INDETERMINATE. */
export function worstIndication(reports: readonly VerificationReport[]): Indication {
  let worst: Indication = 'TOTAL_PASSED';
  for (const r of reports) {
    const i: Indication = r.indication === 'NO_SIGNATURE_FOUND' ? 'INDETERMINATE' : r.indication;
    if (i === 'TOTAL_FAILED' || (i === 'INDETERMINATE' && worst === 'TOTAL_PASSED')) worst = i;
  }
  return worst;
}

/**
 * The CLI's exit status for reports: 0 when every signature of every file passed, 1 when the
 * worst is INDETERMINATE (or a file has no signature), 2 when any is TOTAL_FAILED. (3 is the CLI's
 * own code for a usage error or an unreadable file.)
 */
export function exitCodeFor(reports: readonly VerificationReport[]): 0 | 1 | 2 {
  const worst = worstIndication(reports);
  return worst === 'TOTAL_PASSED' ? 0 : worst === 'INDETERMINATE' ? 1 : 2;
}
