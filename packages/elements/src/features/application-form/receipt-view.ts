/**
 * The receipt after filing: the dossier code, the fee, the appointment date and how to track it.
 * It is read from this device's draft store, so a reload shows it again and files nothing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { dossierDeadline, formatDate, formatDateTime, isWorkingDay } from '@egov-kit/core';
import type { Receipt } from './draft-store.js';
import type { FormHost } from './form-host.js';
import { feeText } from './review-view.js';
import { APPLICANT_STEP } from './step-model.js';

/**
 * The appointment date: the server's once the dossier is received; else, on a working day, what
 * core computes for a reception today ("if received today"); on other days, that it comes later.
 */
function appointmentText(host: FormHost, receipt: Receipt, now: Date): string {
  if (receipt.appointmentDate) return formatDate(receipt.appointmentDate);
  if (!isWorkingDay(now)) return host.t('receipt.appointmentLater');
  const expected = dossierDeadline({ status: 'received', events: [{ to: 'received', at: now.toISOString() }], processingDays: receipt.processingDays });
  return host.t('receipt.appointmentEstimate', { date: expected.appointmentDate ? formatDate(expected.appointmentDate) : '' });
}

/** The receipt; `trackHref` is where "track this application" goes (none: the host listens to `egov-submit`). */
export function renderReceipt(host: FormHost, receipt: Receipt, headingLevel: number, trackHref: string, now = new Date()): TemplateResult {
  const rows = [
    { key: host.t('receipt.procedure'), value: host.text(receipt.procedureName) },
    { key: host.t('receipt.submittedAt'), value: formatDateTime(new Date(receipt.submittedAt)) },
    { key: host.t('receipt.status'), value: host.core(`status.name.${receipt.status}`) },
    { key: host.t('apply.fee'), value: feeText(host, receipt.feeTotal) },
    { key: host.t('receipt.appointment'), value: appointmentText(host, receipt, now) },
  ];
  const track = trackHref.replaceAll('{code}', encodeURIComponent(receipt.dossierCode));
  return html`
    <div class="confirmation" role="region" aria-labelledby="receipt-title">
      <div class="title" id="receipt-title" role="heading" aria-level=${headingLevel} tabindex="-1">${host.t('receipt.title')}</div>
      <p>${host.t('receipt.codeLabel')}<br><strong class="confirmation__code" data-testid="dossier-code">${receipt.dossierCode}</strong></p>
    </div>
    ${receipt.changedAfterFiling ? html`<egov-notification-banner><p>${host.t('receipt.changedAfterFiling')}</p></egov-notification-banner>` : nothing}
    <egov-summary-list .rows=${rows}></egov-summary-list>
    <div class="section-title" role="heading" aria-level=${Math.min(6, headingLevel + 1)}>${host.t('receipt.howToTrack')}</div>
    <p>${host.t('receipt.howToTrackBody')}</p>
    <p class="actions">
      ${track ? html`<egov-button href=${track}>${host.t('receipt.track')}</egov-button>` : nothing}
      <egov-button variant="secondary" type="button" @click=${() => print()}>${host.t('receipt.print')}</egov-button>
      <egov-button variant="secondary" href=${host.stepHref(APPLICANT_STEP)}>${host.t('receipt.another')}</egov-button>
    </p>`;
}
