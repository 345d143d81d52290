import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatVnd, type LocalizedText } from '@egov-kit/core';
import type { ProcedureDetail } from '@egov-kit/sdk';
import { getProcedure } from '@egov-kit/sdk/procedures';
import { api } from '../api.js';
import { procedureMessages } from '../messages/procedures.js';
import { PortalPage } from '../portal-element.js';
import { paths } from '../router.js';
import { renderFailure, renderLoading, type Load } from './load-state.js';
import { onlineLevelText, processingTimeText } from './procedure-facts.js';

type Procedure = ProcedureDetail['procedure'];

/** One procedure as the national database publishes it: facts, fees, documents and templates, results, legal basis. */
export class ProcedurePage extends PortalPage {
  @property() code = '';
  @state() private detail: Load<ProcedureDetail> = { state: 'loading' };

  constructor() {
    super(procedureMessages);
  }

  get pageTitle(): string {
    return this.detail.state === 'ready' ? this.text(this.detail.value.procedure.name) : this.t('procedures.title');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code')) void this.load();
  }

  private async load(): Promise<void> {
    this.detail = { state: 'loading' };
    try {
      this.detail = { state: 'ready', value: await getProcedure(api, this.code) };
    } catch (error) {
      this.detail = { state: 'failed', error };
    }
  }

  private list(items: readonly LocalizedText[] | undefined) {
    return items?.length ? html`<ul>${items.map((item) => html`<li>${this.text(item)}</li>`)}</ul>` : nothing;
  }

  private renderFees(procedure: Procedure) {
    if (procedure.fees.length === 0) return html`<p>${this.t('procedure.noFees')}</p>`;
    return html`<table class="table">
      <thead><tr><th scope="col">${this.t('procedure.feeName')}</th><th scope="col" class="numeric">${this.t('procedure.feeAmount')}</th></tr></thead>
      <tbody>${procedure.fees.map((fee) => html`<tr>
        <td>${this.text(fee.name)}${fee.note ? html`<br><span class="muted">${this.text(fee.note)}</span>` : nothing}</td>
        <td class="numeric">${formatVnd(fee.amount, this.locale)}</td></tr>`)}</tbody>
    </table>`;
  }

  private renderDocuments(procedure: Procedure) {
    const templates = procedure.requiredDocuments.flatMap((doc) => doc.templates ?? []);
    return html`<ol class="documents">${procedure.requiredDocuments.map((doc) => html`<li>
        <span class="documents__name">${this.text(doc.name)}</span>
        <egov-status-tag variant=${doc.required ? 'info' : 'neutral'}>${this.t(doc.required ? 'procedure.required' : 'procedure.optional')}</egov-status-tag>
        <span class="muted">${this.t('procedure.copies', { originals: doc.originals, copies: doc.copies })}</span>
        ${doc.note ? html`<span class="muted">${this.text(doc.note)}</span>` : nothing}
        ${doc.templates?.length ? html`<ul>${doc.templates.map((t) => html`<li><a href=${t.url} download=${t.fileName}>${t.fileName}</a></li>`)}</ul>` : nothing}
      </li>`)}</ol>
      <h3>${this.t('procedure.templates')}</h3>
      ${templates.length ? html`<ul>${templates.map((t) => html`<li><a href=${t.url} download=${t.fileName}>${t.fileName}</a></li>`)}</ul>`
        : html`<p>${this.t('procedure.noTemplates')}</p>`}`;
  }

  private renderProcedure({ procedure, form }: ProcedureDetail) {
    const online = procedure.onlineLevel.level !== 'information';
    const rows = [
      { key: this.t('procedure.code'), value: procedure.code },
      { key: this.t('procedure.agency'), value: this.text(procedure.agency.name) },
      { key: this.t('procedure.field'), value: this.text(procedure.field.name) },
      { key: this.t('procedure.level'), value: onlineLevelText(this, procedure) },
      { key: this.t('procedure.time'), value: [processingTimeText(this, procedure), procedure.processingTime.note ? this.text(procedure.processingTime.note) : ''] },
      { key: this.t('procedure.channels'), value: procedure.channels.map((c) => this.core(`form.procedure.channel.${c}`)) },
      { key: this.t('procedure.targets'), value: procedure.targetGroups.map((g) => this.core(`form.procedure.target-group.${g}`)) },
    ];
    return html`
      ${online
        ? html`<p><egov-button href=${paths.apply(procedure.code)}>${this.t('procedure.apply')}</egov-button></p>`
        : html`<egov-notification-banner heading=${this.t('procedure.informationOnly')}></egov-notification-banner>`}
      <egov-summary-list card-title=${this.t('procedure.facts')} .rows=${rows}></egov-summary-list>
      ${procedure.requirements?.length ? html`<h2>${this.t('procedure.requirements')}</h2>${this.list(procedure.requirements)}` : nothing}
      <h2>${this.t('procedure.fees')}</h2>
      ${this.renderFees(procedure)}
      <h2>${this.t('procedure.documents')}</h2>
      ${this.renderDocuments(procedure)}
      <h2>${this.t('procedure.results')}</h2>
      ${this.list(procedure.results.map((r) => r.name))}
      <h2>${this.t('procedure.legalBasis')}</h2>
      <ul>${procedure.legalBasis.map((law) => html`<li>${law.number}: ${this.text(law.title)}</li>`)}</ul>
      ${online && form ? html`<p><egov-button href=${paths.apply(procedure.code)}>${this.t('procedure.apply')}</egov-button></p>` : nothing}`;
  }

  protected override render() {
    const detail = this.detail;
    return html`
      <p class="back"><a href=${paths.procedures()}>${this.t('procedure.all')}</a></p>
      <h1>${detail.state === 'ready' ? this.text(detail.value.procedure.name) : this.t('procedures.title')}</h1>
      ${detail.state === 'loading' ? renderLoading(this) : nothing}
      ${detail.state === 'failed' ? renderFailure(this, detail.error, () => void this.load()) : nothing}
      ${detail.state === 'ready' ? this.renderProcedure(detail.value) : nothing}`;
  }
}
