/**
 * The receipt after filing: the dossier code, the appointment date and how to track it. It is read
 * from this device's storage, so a reload shows it again and files nothing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { dossierDeadline, formatDate, formatDateTime } from '@egov-kit/core';
import type { PortalElement } from '../../portal-element.js';
import { navigate, paths } from '../../router.js';
import { loadReceipt } from './draft.js';
import { APPLICANT_STEP } from './submission.js';

/** The appointment date: the server's once the dossier is received, else what core computes for a reception today. */
function appointmentText(host: PortalElement, appointmentDate: string | undefined, processingDays: number): string {
  if (appointmentDate) return formatDate(appointmentDate);
  const expected = dossierDeadline({ status: 'received', events: [{ to: 'received', at: new Date().toISOString() }], processingDays });
  return host.t('receipt.appointmentEstimate', { date: expected.appointmentDate ? formatDate(expected.appointmentDate) : '' });
}

export function renderReceipt(host: PortalElement, procedureCode: string): TemplateResult {
  const receipt = loadReceipt(procedureCode);
  if (!receipt) {
    queueMicrotask(() => navigate(paths.apply(procedureCode, APPLICANT_STEP), { replace: true }));
    return html`<h1>${host.t('apply.title')}</h1>`;
  }
  const rows = [
    { key: host.t('receipt.procedure'), value: host.text(receipt.procedureName) },
    { key: host.t('receipt.submittedAt'), value: formatDateTime(new Date(receipt.submittedAt)) },
    { key: host.t('receipt.status'), value: host.core(`status.name.${receipt.status}`) },
    { key: host.t('receipt.appointment'), value: appointmentText(host, receipt.appointmentDate, receipt.processingDays) },
  ];
  return html`
    <div class="confirmation" role="region" aria-labelledby="receipt-title">
      <h1 id="receipt-title">${host.t('receipt.title')}</h1>
      <p>${host.t('receipt.codeLabel')}<br><strong class="confirmation__code" data-testid="dossier-code">${receipt.dossierCode}</strong></p>
    </div>
    ${receipt.changedAfterFiling ? html`<egov-notification-banner><p>${host.t('receipt.changedAfterFiling')}</p></egov-notification-banner>` : nothing}
    <egov-summary-list .rows=${rows}></egov-summary-list>
    <h2>${host.t('receipt.howToTrack')}</h2>
    <p>${host.t('receipt.howToTrackBody')}</p>
    <p class="actions">
      <egov-button href=${paths.track(receipt.dossierCode)}>${host.t('receipt.track')}</egov-button>
      <egov-button variant="secondary" href=${paths.apply(procedureCode, APPLICANT_STEP)}>${host.t('receipt.another')}</egov-button>
    </p>`;
}
