import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ProcedureSummary } from '@egov-kit/sdk';
import { searchProcedures } from '@egov-kit/sdk/procedures';
import { onlineLevels } from '@egov-kit/core';
import type { EgovRadioGroup, EgovTextField } from '@egov-kit/elements';
import { api } from '../api.js';
import { procedureMessages } from '../messages/procedures.js';
import { PortalPage } from '../portal-element.js';
import { paths, replaceQuery } from '../router.js';
import { renderFailure, renderLoading, type Load } from './load-state.js';
import { onlineLevelText, processingTimeText } from './procedure-facts.js';

type Level = (typeof onlineLevels)[number];
const PAGE_SIZE = 20;

interface Results {
  items: ProcedureSummary[];
  pages: AsyncIterator<{ items: ProcedureSummary[]; nextCursor?: string }>;
  more: boolean;
}

/** The catalogue: search by words and online level (SDK `searchProcedures`), a page of 20 at a time. */
export class ProceduresPage extends PortalPage {
  /** The words searched (`?q=`). */
  @property() query = '';
  /** The online level filter (`?muc-do=`). */
  @property() level = '';

  @state() private results: Load<Results> = { state: 'loading' };
  private search?: AbortController;

  constructor() {
    super(procedureMessages);
  }

  get pageTitle(): string {
    return this.t('procedures.title');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('level')) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.search?.abort();
  }

  private async load(): Promise<void> {
    this.search?.abort();
    const controller = new AbortController();
    this.search = controller;
    this.results = { state: 'loading' };
    const level = (onlineLevels as readonly string[]).includes(this.level) ? (this.level as Level) : undefined;
    try {
      const pages = searchProcedures(api, { text: this.query.trim() || undefined, level, limit: PAGE_SIZE }, { signal: controller.signal }).pages();
      const first = await pages.next();
      const page = first.done ? { items: [] } : first.value;
      if (!controller.signal.aborted) this.results = { state: 'ready', value: { items: page.items, pages, more: page.nextCursor !== undefined } };
    } catch (error) {
      if (!controller.signal.aborted) this.results = { state: 'failed', error };
    }
  }

  private async more(): Promise<void> {
    if (this.results.state !== 'ready') return;
    const current = this.results.value;
    const next = await current.pages.next();
    const page = next.done ? { items: [] } : next.value;
    this.results = { state: 'ready', value: { ...current, items: [...current.items, ...page.items], more: page.nextCursor !== undefined } };
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const query = (form.elements.namedItem('q') as EgovTextField).value;
    const chosen = (form.querySelector('egov-radio-group[name="level"]') as EgovRadioGroup).value;
    const level = chosen === 'all' ? '' : chosen;
    replaceQuery({ q: query.trim(), 'muc-do': level });
    this.query = query;
    this.level = level;
  }

  private renderItem(procedure: ProcedureSummary) {
    return html`<li class="card-list__item">
      <h3 class="card-list__title"><a href=${paths.procedure(procedure.code)}>${this.text(procedure.name)}</a></h3>
      <dl class="facts">
        <div><dt>${this.t('procedures.code')}</dt><dd>${procedure.code}</dd></div>
        <div><dt>${this.t('procedures.agency')}</dt><dd>${this.text(procedure.agency.name)}</dd></div>
        <div><dt>${this.t('procedures.time')}</dt><dd>${processingTimeText(this, procedure)}</dd></div>
      </dl>
      <egov-status-tag variant=${procedure.onlineLevel.level === 'full' ? 'success' : procedure.onlineLevel.level === 'partial' ? 'info' : 'neutral'}>${onlineLevelText(this, procedure)}</egov-status-tag>
    </li>`;
  }

  private renderResults() {
    const results = this.results;
    if (results.state === 'loading') return renderLoading(this);
    if (results.state === 'failed') return renderFailure(this, results.error, () => void this.load());
    const { items, more } = results.value;
    const count = more ? this.t('procedures.resultsMore', { count: items.length }) : this.t('procedures.results', { count: items.length });
    return html`
      <p class="results-count" role="status">${items.length === 0 ? this.t('procedures.none') : count}</p>
      ${items.length ? html`<ul class="card-list" aria-label=${this.t('procedures.listLabel')}>${items.map((p) => this.renderItem(p))}</ul>` : nothing}
      ${more ? html`<egov-button type="button" variant="secondary" @click=${() => void this.more()}>${this.t('procedures.more')}</egov-button>` : nothing}`;
  }

  protected override render() {
    const levels = [{ value: 'all', label: this.t('procedures.levelAll') }, ...onlineLevels.map((level) => ({
      value: level, label: this.core(`form.procedure.online-level.${level}`),
    }))];
    return html`
      <h1>${this.t('procedures.title')}</h1>
      <p class="lead">${this.t('procedures.intro')}</p>
      <form class="search" role="search" @submit=${this.onSubmit}>
        <egov-text-field name="q" type="search" label=${this.t('procedures.searchLabel')} hint=${this.t('procedures.searchHint')}
          .value=${this.query} autocomplete="off"></egov-text-field>
        <egov-radio-group name="level" inline label=${this.t('procedures.levelLabel')} .options=${levels} .value=${this.level || 'all'}></egov-radio-group>
        <egov-button type="submit">${this.t('procedures.search')}</egov-button>
      </form>
      <div class="results">${this.renderResults()}</div>`;
  }
}
