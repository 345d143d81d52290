/**
 * A verification report as people read it: the verdict on the document, then each signature's
 * verdict, signer (with their tax code or ID number), times, what the signature covers and what
 * changed after it. The words are the engine's own (`message` of `@egov-kit/signature`, and the
 * report's sentences in its language): never what the page draws.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime } from '@egov-kit/core';
import type { BannerVariant, SummaryRow, TagVariant } from '@egov-kit/elements';
import { message, type Finding, type Indication, type SignatureReport, type VerificationReport } from '@egov-kit/signature';
import type { PortalElement } from '../../portal-element.js';

const BANNER: Record<Indication | 'NO_SIGNATURE_FOUND', BannerVariant> = {
  TOTAL_PASSED: 'success', INDETERMINATE: 'warning', TOTAL_FAILED: 'error', NO_SIGNATURE_FOUND: 'info',
};
const TAG: Record<Indication, TagVariant> = { TOTAL_PASSED: 'success', INDETERMINATE: 'warning', TOTAL_FAILED: 'error' };

const when = (iso: string) => formatDateTime(new Date(iso));

function findingsList(findings: readonly Finding[]): TemplateResult | typeof nothing {
  if (findings.length === 0) return nothing;
  return html`<ul class="findings">${findings.map((finding) => html`<li class="finding finding--${finding.severity}">${finding.message}</li>`)}</ul>`;
}

function signatureRows(host: PortalElement, report: VerificationReport, signature: SignatureReport): SummaryRow[] {
  const m = (key: string, params?: Record<string, string | number>) => message(report.locale, key, params);
  const verdict = m(`indication.${signature.indication}`) + (signature.subIndication ? ` (${m(`subIndication.${signature.subIndication}`)})` : '');
  const signer = signature.signer;
  const { signingTime, coverage, changesAfterSigning } = signature;
  const changeFinding = signature.findings.find((f) => f.code.startsWith('changes.'));
  const coverageText = coverage.coversWholeFile ? m('label.wholeFile')
    : coverage.level === 'entire-revision' && coverage.revision !== undefined
      ? m('label.revision', { revision: coverage.revision + 1, count: report.document.revisions.length }) : m('label.unclear');
  const revocation = signature.revocation.status === 'not-checked' ? 'notChecked' : signature.revocation.status;
  return [
    { key: host.t('verify.result'), value: [verdict, signature.summary] },
    ...(signer ? [
      { key: m('label.signer'), value: signer.commonName ?? '' },
      ...(signer.organization ? [{ key: m('label.organization'), value: signer.organization }] : []),
      ...signer.identifiers.map((id) => ({ key: id.label, value: id.valid === false ? `${id.value} (${m('label.invalid')})` : id.value })),
      { key: m('label.issuer'), value: signature.chain[1]?.subject ?? signer.certificate.issuer },
    ] : []),
    ...(signature.trustAnchor ? [{ key: m('label.trustAnchor'), value: signature.trustAnchor.name }] : []),
    { key: m('label.claimedTime'), value: signingTime.claimed ? when(signingTime.claimed) : m('label.none') },
    { key: m('label.provenTime'), value: signingTime.proven ? when(signingTime.proven) : host.t('verify.noTimestamp') },
    { key: m('label.coverage'), value: coverageText },
    { key: m('label.changes'), value: [changeFinding?.message ?? '', ...changesAfterSigning.changes.map((c) => c.description)] },
    { key: m('label.revocation'), value: m(`label.${revocation}`) },
  ];
}

export function renderReport(host: PortalElement, report: VerificationReport): TemplateResult {
  const m = (key: string) => message(report.locale, key);
  return html`
    <egov-notification-banner variant=${BANNER[report.indication]} alert banner-title=${host.t('verify.result')} heading=${m(`indication.${report.indication}`)}>
      <p>${report.summary}</p>
      ${findingsList(report.document.findings)}
    </egov-notification-banner>
    ${report.signatures.map((signature) => html`
      <egov-summary-list class="signature" card-title=${host.t('verify.signature', { id: signature.id })}
        heading-level="3" .rows=${signatureRows(host, report, signature)}>
        <egov-status-tag slot="actions" variant=${TAG[signature.indication]}>${m(`indication.${signature.indication}`)}</egov-status-tag>
      </egov-summary-list>
      <details class="findings-details"><summary>${host.t('verify.findings')} (${signature.id})</summary>${findingsList(signature.findings)}
        <p class="muted">${host.t('verify.checkedAt', { time: when(signature.signingTime.validatedAt) })}</p></details>`)}
    <p class="muted">${host.t('verify.trustList', { name: report.trustList.name })}</p>`;
}
