/** How a dossier is shown: its facts and deadline, its history, its result documents. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatDateTime } from '@egov-kit/core';
import type { SummaryRow } from '@egov-kit/elements';
import type { Dossier } from '@egov-kit/sdk';
import type { PortalElement } from '../../portal-element.js';
import { paths } from '../../router.js';

/** "Còn 3 ngày làm việc", "Đến hạn hôm nay", "Quá hạn 2 ngày làm việc". */
function remainingText(host: PortalElement, days: number): string {
  if (days > 0) return host.t('track.remaining', { count: days });
  if (days === 0) return host.t('track.dueToday');
  return host.t('track.late', { count: -days });
}

/** The dossier's facts and where it stands against its deadline (the server's `dossierDeadline`). */
export function renderFacts(host: PortalElement, dossier: Dossier): TemplateResult {
  const { deadline } = dossier;
  const rows: SummaryRow[] = [
    { key: host.t('track.procedure'), value: host.text(dossier.procedure.name) },
    { key: host.t('track.agency'), value: host.text(dossier.procedure.agency.name) },
    { key: host.t('track.applicant'), value: dossier.applicant.fullName },
    { key: host.t('track.submittedAt'), value: formatDateTime(new Date(dossier.submittedAt)) },
  ];
  const deadlineRows: SummaryRow[] = [
    { key: host.t('track.clock'), value: host.core(`status.clock.${deadline.clock}`) },
    ...(deadline.receivedOn ? [{ key: host.t('track.receivedOn'), value: formatDate(deadline.receivedOn) }] : []),
    ...(deadline.appointmentDate ? [{ key: host.t('track.appointment'), value: formatDate(deadline.appointmentDate) }] : []),
    ...(deadline.dueDate ? [{ key: host.t('track.due'), value: [
      formatDate(deadline.dueDate),
      deadline.remainingWorkingDays !== undefined ? remainingText(host, deadline.remainingWorkingDays) : '',
      deadline.pausedWorkingDays > 0 ? host.t('track.paused', { count: deadline.pausedWorkingDays }) : '',
    ] }] : []),
    ...(deadline.endedOn ? [{ key: host.t('track.endedOn'), value: formatDate(deadline.endedOn) }] : []),
  ];
  const overdue = deadline.overdueReasons.includes('repeated-supplement-request') && !deadline.overdueReasons.includes('past-due')
    ? host.t('track.overdueRepeated') : host.t('track.overdue');
  return html`
    <p class="status-line"><span>${host.t('track.status')}:</span> <egov-status-tag status=${dossier.status}></egov-status-tag>
      ${deadline.overdue ? html`<egov-status-tag variant="error">${overdue}</egov-status-tag>`
        : deadline.endedOn ? html`<egov-status-tag variant="success">${host.t('track.onTime')}</egov-status-tag>` : nothing}</p>
    <egov-summary-list .rows=${rows}></egov-summary-list>
    <h3>${host.t('track.deadline')}</h3>
    ${deadline.receivedOn ? nothing : html`<p>${host.t('track.notReceived')}</p>`}
    <egov-summary-list .rows=${deadlineRows}></egov-summary-list>`;
}

/** The result documents, each to download or to verify. */
export function renderDocuments(host: PortalElement, dossier: Dossier, token: string | undefined): TemplateResult {
  if (dossier.documents.length === 0) return html`<p>${host.t('track.noDocuments')}</p>`;
  return html`<ul class="card-list">${dossier.documents.map((document) => html`<li class="card-list__item">
    <h4 class="card-list__title">${host.text(document.name)}</h4>
    <p class="muted">${host.t('track.documentNumber', { number: document.number, time: formatDateTime(new Date(document.issuedAt)) })}</p>
    <p class="actions">
      <egov-button href=${paths.verify(dossier.code, document.id)}>${host.t('track.verify')}<span class="sr-only"> ${host.text(document.name)}</span></egov-button>
      ${token ? html`<a href=${`${document.href}?access_token=${encodeURIComponent(token)}`} download=${`${document.number.replace(/[^\w.-]+/g, '-')}.pdf`}>${host.t('track.download')}<span
        class="sr-only"> ${host.text(document.name)}</span></a>` : nothing}
    </p>
  </li>`)}</ul>`;
}
