/**
 * How the tracker shows an open dossier: its facts (personal data masked until the person shows
 * it), status and deadline, fees to pay, the open request for supplements, the history and the
 * result documents, and where live updates stand.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatDateTime, formatIdentifier, formatVnd, localize, maskIdentifier, maskName, type Locale } from '@egov-kit/core';
import type { DossierAccess, IssuedDocument } from '@egov-kit/core/contract';
import type { Dossier } from '@egov-kit/sdk';
import type { SubscriptionState } from '@egov-kit/sdk/tracking';
import type { SummaryRow } from '../../components/summary-list/summary-list.js';
import type { TimelineEvent } from '../../components/timeline/timeline.js';
import { deadlineNotice, deadlineRows, deadlineTag } from './deadline-rows.js';
import type { Texts } from './problem-text.js';
import { viewerDefined } from './viewer.js';
import type { SupplementAnswer } from './supplement-answer.js';

/** What the view reads of the tracker and calls back on it. */
export interface DossierView {
  host: Texts & { readonly locale: Locale };
  level: number;
  order: 'newest-first' | 'oldest-first';
  revealed: boolean;
  paymentHref: string;
  liveState: SubscriptionState | undefined;
  stoppedText: string;
  answered: boolean;
  documentFailure: string;
  signedIn: boolean;
  access: DossierAccess | undefined;
  /** The answer form, once loaded (a dossier waiting for a supplement loads it). */
  supplement: SupplementAnswer | undefined;
  onReveal(): void;
  onOrder(order: DossierView['order']): void;
  onResume(): void;
  onBack(): void;
  onOpenDocument(document: IssuedDocument, how: 'view' | 'download'): void;
}

/** `text` with the dossier code in it kept on one line (a code never breaks at its hyphens). */
export function withCode(text: string, code: string): TemplateResult {
  const at = text.indexOf(code);
  if (at < 0) return html`${text}`;
  return html`${text.slice(0, at)}<span class="code">${code}</span>${text.slice(at + code.length)}`;
}

const heading = (level: number, text: string, id?: string) =>
  html`<div class="section-title" role="heading" aria-level=${Math.min(6, level)} id=${id ?? nothing}>${text}</div>`;

/** The applicant's rows: masked (`Nguyễn V. A.`, `0912 *** 678`) until the person shows them. */
function applicantRows(view: DossierView, dossier: Dossier): SummaryRow[] {
  const { host, revealed } = view;
  const { applicant } = dossier;
  const row = (key: string, value: string) => ({ key: host.t(`tracker.dossier.${key}`), value });
  return [
    row('applicant', revealed ? applicant.fullName : maskName(applicant.fullName)),
    ...(applicant.organization ? [row('organization', applicant.organization.name)] : []),
    row('idNumber', revealed ? formatIdentifier('cccd', applicant.idNumber) : maskIdentifier('cccd', applicant.idNumber)),
    row('phone', revealed ? formatIdentifier('phone', applicant.phone) : maskIdentifier('phone', applicant.phone)),
    ...(applicant.email ? [row('email', revealed ? applicant.email : maskIdentifier('email', applicant.email))] : []),
  ];
}

function renderFacts(view: DossierView, dossier: Dossier): TemplateResult {
  const { host } = view;
  const t = (key: string) => host.t(`tracker.dossier.${key}`);
  const tag = deadlineTag(host.t.bind(host), dossier.deadline);
  const rows: SummaryRow[] = [
    { key: t('procedure'), value: localize(dossier.procedure.name, host.locale) },
    { key: t('agency'), value: localize(dossier.procedure.agency.name, host.locale) },
    { key: t('channel'), value: host.core(`form.procedure.channel.${dossier.channel}`) },
    ...applicantRows(view, dossier),
    { key: t('submittedAt'), value: formatDateTime(new Date(dossier.submittedAt)) },
  ];
  return html`
    <p class="status-line"><span>${t('status')}:</span> <egov-status-tag status=${dossier.status}></egov-status-tag>
      ${tag ? html`<egov-status-tag variant=${tag.variant}>${tag.text}</egov-status-tag>` : nothing}</p>
    <egov-summary-list .rows=${rows}></egov-summary-list>`;
}

function renderDeadline(view: DossierView, dossier: Dossier): TemplateResult {
  const say = view.host.t.bind(view.host);
  const open = dossier.supplementRequests.find((request) => request.status === 'open');
  const notice = deadlineNotice(say, dossier.deadline, open?.requestedAt);
  const rows = deadlineRows(say, dossier.deadline);
  return html`${heading(view.level + 1, say('tracker.deadline.title'))}
    ${notice ? html`<p>${notice}</p>` : nothing}
    ${rows.length ? html`<egov-summary-list .rows=${rows}></egov-summary-list>` : nothing}`;
}

function renderFees(view: DossierView, dossier: Dossier): TemplateResult | typeof nothing {
  const open = dossier.feeRequests.filter((request) => request.status === 'open');
  if (open.length === 0) return nothing;
  const { host } = view;
  const t = (key: string, params?: Record<string, unknown>) => host.t(`tracker.fees.${key}`, params);
  return html`${heading(view.level + 1, t('title'))}
    ${open.map((request) => html`<table class="fees">
      <tbody>${request.fees.map((fee) => html`<tr><th scope="row">${localize(fee.name, host.locale)}</th>
        <td class="amount">${formatVnd(fee.amount, host.locale)}</td></tr>`)}</tbody>
      <tfoot><tr><th scope="row">${t('total')}</th><td class="amount"><strong>${formatVnd(request.total, host.locale)}</strong></td></tr></tfoot>
    </table>
    ${request.dueDate ? html`<p>${t('dueDate', { date: formatDate(request.dueDate) })}</p>` : nothing}
    ${request.note ? html`<p>${request.note}</p>` : nothing}`)}
    <p>${t('how', { agency: localize(dossier.procedure.agency.name, host.locale) })}</p>
    ${view.paymentHref ? html`<p class="no-print"><egov-button href=${view.paymentHref}>${t('pay')}</egov-button></p>` : nothing}`;
}

/** The history with applicant names masked as the facts are; made once per history and mask. */
const masked = new WeakMap<readonly TimelineEvent[], readonly TimelineEvent[]>();
function shownHistory(view: DossierView, dossier: Dossier): readonly TimelineEvent[] {
  if (view.revealed) return dossier.history;
  let events = masked.get(dossier.history);
  if (!events) {
    events = dossier.history.map((event) => (event.actor.kind === 'applicant' && event.actor.name
      ? { ...event, actor: { ...event.actor, name: maskName(event.actor.name) } } : event));
    masked.set(dossier.history, events);
  }
  return events;
}

function renderHistory(view: DossierView, dossier: Dossier): TemplateResult {
  const { host } = view;
  const t = (key: string) => host.t(`tracker.history.${key}`);
  return html`${heading(view.level + 1, t('title'))}
    <div class="order no-print">
      <label for="order">${t('order')}</label>
      <select id="order" @change=${(event: Event) => view.onOrder((event.target as HTMLSelectElement).value as DossierView['order'])}>
        <option value="newest-first" ?selected=${view.order === 'newest-first'}>${t('newestFirst')}</option>
        <option value="oldest-first" ?selected=${view.order === 'oldest-first'}>${t('oldestFirst')}</option>
      </select>
    </div>
    <egov-timeline .events=${shownHistory(view, dossier)} submitted-at=${dossier.submittedAt} ?newest-first=${view.order === 'newest-first'}
      heading-level=${Math.min(6, view.level + 2)}></egov-timeline>`;
}

function renderDocuments(view: DossierView, dossier: Dossier): TemplateResult {
  const { host } = view;
  const t = (key: string, params?: Record<string, unknown>) => host.t(`tracker.documents.${key}`, params);
  const viewer = viewerDefined();
  return html`${heading(view.level + 1, t('title'))}
    ${dossier.documents.length === 0 ? html`<p>${t('none')}</p>` : html`<ul class="cards">${dossier.documents.map((document) => {
      const name = localize(document.name, host.locale);
      return html`<li class="card">
        ${heading(view.level + 2, name)}
        <p class="muted">${t('number', { number: document.number, time: formatDateTime(new Date(document.issuedAt)) })}</p>
        <p class="actions">
          ${viewer ? html`<egov-button type="button" @click=${() => view.onOpenDocument(document, 'view')}>${t('view')}<span
            class="sr-only"> ${name}</span></egov-button>` : nothing}
          <egov-button type="button" variant=${viewer ? 'secondary' : 'primary'} @click=${() => view.onOpenDocument(document, 'download')}>${t('download')}<span
            class="sr-only"> ${name}</span></egov-button>
        </p>
      </li>`;
    })}</ul>`}
    ${view.documentFailure ? html`<egov-notification-banner variant="error" alert><p>${view.documentFailure}</p></egov-notification-banner>` : nothing}`;
}

function renderLive(view: DossierView): TemplateResult | typeof nothing {
  const { host } = view;
  if (view.stoppedText) {
    return html`<egov-notification-banner variant="warning" class="no-print"><p>${view.stoppedText}</p>
      <egov-button type="button" variant="secondary" @click=${view.onResume}>${host.t('tracker.live.resume')}</egov-button></egov-notification-banner>`;
  }
  if (!view.liveState || view.liveState === 'closed') return nothing;
  return html`<p class="muted no-print">${host.t(view.liveState === 'polling' ? 'tracker.live.polling' : 'tracker.live.on')}</p>`;
}

/** The whole dossier. */
export function renderDossier(view: DossierView, dossier: Dossier): TemplateResult {
  const { host } = view;
  const t = (key: string, code?: string) => host.t(`tracker.dossier.${key}`, code ? { code } : undefined);
  const request = dossier.status === 'supplement-requested' ? dossier.supplementRequests.find((r) => r.status === 'open') : undefined;
  return html`<section aria-labelledby="dossier-title">
    <div id="dossier-title" class="title" role="heading" aria-level=${view.level} tabindex="-1">${withCode(t('title', dossier.code), dossier.code)}</div>
    <div class="toolbar no-print">
      ${view.signedIn ? html`<button type="button" class="link-button" @click=${view.onBack}>${t('back')}</button>` : html`<button type="button"
        class="link-button" @click=${view.onBack}>${host.t('tracker.lookup.again')}</button>`}
      <button type="button" class="link-button" aria-pressed=${view.revealed ? 'true' : 'false'} @click=${view.onReveal}>${t('show')}</button>
      <button type="button" class="link-button" @click=${() => print()}>${t('print')}</button>
    </div>
    ${renderLive(view)}
    ${view.answered ? html`<egov-notification-banner variant="success"><p>${host.t('tracker.supplement.sent')}</p></egov-notification-banner>` : nothing}
    ${renderFacts(view, dossier)}
    ${renderDeadline(view, dossier)}
    ${renderFees(view, dossier)}
    ${request && view.access && view.supplement ? view.supplement.render(dossier, request, view.access, view.level + 1) : nothing}
    ${renderHistory(view, dossier)}
    ${renderDocuments(view, dossier)}
  </section>`;
}
