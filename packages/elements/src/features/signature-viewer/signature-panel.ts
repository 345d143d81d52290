/**
 * The signature panel: each signature's verdict as an icon and words, its signer, and details on
 * demand (identifiers, chain, times, revocation, coverage, changes after signing, warnings). Every
 * sentence about the signature is the engine's, in the report's language; the page's drawn stamp
 * is never taken into account.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatDateTime } from '@egov-kit/core';
import type { Indication, SignatureReport, VerificationReport } from '@egov-kit/signature';
import { readableName } from './distinguished-name.js';

type Translate = (key: string, params?: Record<string, unknown>) => string;
type Verdict = Indication | 'NO_SIGNATURE_FOUND';

const ICONS: Record<Verdict, TemplateResult> = {
  TOTAL_PASSED: svg`<path d="M5 12.5l4.5 4.5L19 7.5" />`,
  INDETERMINATE: svg`<path d="M9.2 9a3 3 0 1 1 4 2.8c-.8.4-1.2 1-1.2 1.9v.8M12 17.6v.4" />`,
  TOTAL_FAILED: svg`<path d="M7 7l10 10M17 7L7 17" />`,
  NO_SIGNATURE_FOUND: svg`<path d="M6 12h12" />`,
};

/** The verdict as an icon (hidden from screen readers) and words: never colour alone. */
export function verdictBadge(t: Translate, verdict: Verdict): TemplateResult {
  return html`<span class="verdict verdict--${verdict}" part="verdict"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${ICONS[verdict]}</svg>${t(`viewer.verdict.${verdict}`)}</span>`;
}

const when = (iso: string | undefined) => (iso ? formatDateTime(new Date(iso)) : '');

function row(label: string, value: unknown): TemplateResult {
  return html`<div class="row"><dt>${label}</dt><dd>${value}</dd></div>`;
}

function coverageText(t: Translate, report: VerificationReport, signature: SignatureReport): string {
  const { coverage } = signature;
  if (coverage.coversWholeFile) return t('viewer.coverage.wholeFile', { bytes: (coverage.signedBytes ?? report.document.size).toLocaleString(report.locale) });
  if (coverage.revision !== undefined && coverage.level !== 'unclear') return t('viewer.coverage.revision', { revision: coverage.revision + 1, count: report.document.revisions.length });
  return t('viewer.coverage.unclear');
}

/** What changed after the signature, in the engine's words: "no change" only when the engine found none. */
export function changeLines(t: Translate, signature: SignatureReport): string[] {
  const { outcome, changes } = signature.changesAfterSigning;
  if (outcome === 'none' && changes.length === 0) return [t('viewer.changes.none')];
  const summary = signature.findings.find((finding) => finding.code.startsWith('changes.'))?.message;
  return [...(summary ? [summary] : []), ...changes.map((change) => change.description)];
}

function details(t: Translate, report: VerificationReport, signature: SignatureReport): TemplateResult {
  const signer = signature.signer;
  const revocation = signature.revocation.status === 'not-checked' ? 'notChecked' : signature.revocation.status;
  const warnings = signature.findings.filter((finding) => finding.severity !== 'info');
  return html`<dl class="rows">
    ${signer ? row(t('viewer.row.signer'), html`${readableName(signer.certificate.subject)}${signer.identifiers.map((id) => html`<br /><span class="identifier">${id.label}: ${id.value}</span>`)}`) : nothing}
    ${row(t('viewer.row.chain'), html`<ol class="chain">${signature.chain.map((certificate) => html`<li>${readableName(certificate.subject)}</li>`)}</ol>
      ${signature.trustAnchor ? t('viewer.trustAnchor', { name: readableName(signature.trustAnchor.name) }) : t('viewer.untrustedChain')}`)}
    ${row(t('viewer.row.claimedTime'), when(signature.signingTime.claimed) || '—')}
    ${row(t('viewer.row.provenTime'), signature.signingTime.proven ? when(signature.signingTime.proven) : t('viewer.row.noProof'))}
    ${row(t('viewer.row.revocation'), t(`viewer.revocation.${revocation}`) + (signature.revocation.revokedAt ? ` (${when(signature.revocation.revokedAt)})` : ''))}
    ${row(t('viewer.row.coverage'), coverageText(t, report, signature))}
    ${row(t('viewer.row.changes'), html`<ul class="lines">${changeLines(t, signature).map((line) => html`<li>${line}</li>`)}</ul>`)}
    ${signature.declared.reason ? row(t('viewer.row.reason'), signature.declared.reason) : nothing}
    ${warnings.length ? row(t('viewer.row.warnings'), html`<ul class="lines">${warnings.map((finding) => html`<li>${finding.message}</li>`)}</ul>`) : nothing}
  </dl>`;
}

/** Whether "show the signed version" applies: the signature covers an earlier revision than the file now. */
export const hasSignedVersion = (signature: SignatureReport): boolean =>
  !signature.coverage.coversWholeFile && (signature.coverage.byteRange?.length ?? 0) === 4;

/** One signature: heading with the verdict, signer, the engine's sentence, details on demand. */
export function signatureItem(t: Translate, report: VerificationReport, signature: SignatureReport, showSigned: (signature: SignatureReport) => void): TemplateResult {
  const title = t(signature.kind === 'document-timestamp' ? 'viewer.documentTimestamp' : 'viewer.signature', { id: signature.id });
  const signer = signature.signer ? readableName(signature.signer.certificate.subject) : signature.timestamps[0]?.tsa ?? t('viewer.unknownSigner');
  return html`<li class="signature" part="signature" data-indication=${signature.indication}>
    <h3 class="signature-title">${title}: ${verdictBadge(t, signature.indication)}</h3>
    <p class="signer">${signer}</p>
    <p class="summary">${signature.summary}</p>
    <details>
      <summary>${t('viewer.details')}</summary>
      ${details(t, report, signature)}
    </details>
    ${hasSignedVersion(signature) ? html`<button type="button" class="secondary" @click=${() => showSigned(signature)}>${t('viewer.showSigned')}</button>` : nothing}
  </li>`;
}
