/**
 * A signed-in applicant's own dossiers (the host's bearer token from the national single sign-on):
 * filtered by status and days of filing, newest first, a page at a time with "show more" (the
 * SDK's pagination), each opening in the tracker. Loaded by the tracker only in signed-in mode.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { dossierStatusIds, formatDate, localize, type DossierStatus, type Locale } from '@egov-kit/core';
import type { DossierSummary } from '@egov-kit/sdk';
import { listApplicantDossiers, type ApplicantDossierFilter } from '@egov-kit/sdk/applicant';
import type { Page, Transport } from '@egov-kit/sdk/transport';
import type { EgovDateField } from '../../components/date-field/date-field.js';
import type { EgovErrorSummary } from '../../components/error-summary/error-summary.js';
import type { EgovSelect } from '../../components/select/select.js';
import '../../define/date-field.js';
import '../../define/error-summary.js';
import '../../define/select.js';
import { failureOf, type Texts } from './problem-text.js';

/** What the list needs from the tracker. */
export interface ListHost extends ReactiveControllerHost, Texts {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The element's language now. */
  readonly locale: Locale;
  api(): Transport | undefined;
  /** The person chose a dossier. */
  choose(code: string): void;
}

const PAGE_SIZE = 10;

/** The list, its filters and the pages read so far. */
export class ApplicantList {
  private items: DossierSummary[] = [];
  private pages: AsyncIterator<Page<DossierSummary>> | undefined;
  private more = false;
  private loading = false;
  private loaded = false;
  private filter: ApplicantDossierFilter = {};

  constructor(private readonly host: ListHost) {}

  /** Reads the first page again (after sign-in, or with new filters). */
  reload(filter: ApplicantDossierFilter = this.filter): void {
    const api = this.host.api();
    if (!api) return;
    this.filter = filter;
    this.items = [];
    this.pages = listApplicantDossiers(api, { ...filter, limit: PAGE_SIZE }).pages();
    void this.next();
  }

  /** Reads the next page; a failure is said in the filters' error summary. */
  private async next(): Promise<void> {
    if (!this.pages || this.loading) return;
    this.loading = true;
    this.host.requestUpdate();
    try {
      const page = await this.pages.next();
      if (!page.done) this.items = [...this.items, ...page.value.items];
      this.more = !page.done && page.value.nextCursor !== undefined;
    } catch (error) {
      this.more = false;
      await this.host.updateComplete;
      const summary = this.host.renderRoot.querySelector<EgovErrorSummary>('form.filters-form egov-error-summary');
      await summary?.showErrors([{ text: failureOf(this.host, error).text }]);
    } finally {
      this.loading = false;
      this.loaded = true;
      this.host.requestUpdate();
    }
  }

  private onFilter(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (!form.checkValidity()) return;
    const status = form.querySelector<EgovSelect>('egov-select')!.value;
    const [from, to] = [...form.querySelectorAll<EgovDateField>('egov-date-field')].map((field) => field.value);
    this.reload({
      ...(status ? { status: status as DossierStatus } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}),
    });
  }

  private renderItem(item: DossierSummary, level: number): TemplateResult {
    const t = (key: string, params?: Record<string, unknown>) => this.host.t(`tracker.list.${key}`, params);
    return html`<li class="card">
      <div role="heading" aria-level=${level}>${localize(item.procedureName, this.host.locale)}</div>
      <p class="status-line"><span class="code">${item.code}</span> <egov-status-tag status=${item.status}></egov-status-tag>
        ${item.overdue ? html`<egov-status-tag variant="error">${this.host.t('tracker.deadline.overdue')}</egov-status-tag>` : nothing}</p>
      <p class="muted">${t('submittedAt', { date: formatDate(new Date(item.submittedAt)) })}${item.dueDate
        ? html` · ${t('dueDate', { date: formatDate(item.dueDate) })}` : nothing}</p>
      <egov-button type="button" variant="secondary" @click=${() => this.host.choose(item.code)}>${t('open')}<span
        class="sr-only"> ${item.code}</span></egov-button>
    </li>`;
  }

  /** The filters, the dossiers read so far and "show more". */
  render(level: number): TemplateResult {
    const t = (key: string, params?: Record<string, unknown>) => this.host.t(`tracker.list.${key}`, params);
    const statuses = [{ value: '', label: t('anyStatus') }, ...dossierStatusIds.map((id) => ({ value: id, label: this.host.core(`status.name.${id}`) }))];
    const from = this.filter.from ?? '';
    return html`<section aria-labelledby="list-title">
      <div id="list-title" class="title" role="heading" aria-level=${level} tabindex="-1">${t('title')}</div>
      <form class="filters-form no-print" novalidate aria-label=${t('filters')} @submit=${(event: SubmitEvent) => this.onFilter(event)}>
        <egov-error-summary></egov-error-summary>
        <div class="filters">
          <egov-select name="status" label=${t('status')} .options=${statuses} .value=${this.filter.status ?? ''}></egov-select>
          <egov-date-field name="from" label=${t('from')} not-in-future picker .value=${from}></egov-date-field>
          <egov-date-field name="to" label=${t('to')} picker min=${from || nothing} .value=${this.filter.to ?? ''}></egov-date-field>
        </div>
        <div class="actions"><egov-button type="submit" variant="secondary" ?loading=${this.loading && this.items.length === 0}>${t('apply')}</egov-button></div>
      </form>
      <p role="status" class="muted">${this.loaded ? (this.items.length ? t('shown', { count: this.items.length }) : t('none')) : ''}</p>
      <ul class="cards">${this.items.map((item) => this.renderItem(item, level + 1))}</ul>
      ${this.more ? html`<div class="actions"><egov-button type="button" variant="secondary" ?loading=${this.loading}
        @click=${() => void this.next()}>${t('more')}</egov-button></div>` : nothing}
    </section>`;
  }
}
