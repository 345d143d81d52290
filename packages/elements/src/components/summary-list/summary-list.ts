import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { summaryListMessages } from './summary-list.messages.js';
import { summaryListStyles } from './summary-list.styles.js';

/** A row given as data. */
export interface SummaryRow {
  /** What the row is, e.g. "Họ và tên". */
  key: string;
  /** The answer; several lines as an array (an address). Empty shows "Chưa cung cấp". */
  value: string | readonly string[];
  /** Where the "change" link goes; no link without it. */
  href?: string;
  /** The link's verb, "Thay đổi" by default. The row's key follows it for screen readers. */
  action?: string;
}

/** A row written in HTML: a `<dt>` and its `<dd>`. */
interface SlottedRow {
  key: HTMLElement;
  values: HTMLElement[];
  href: string | undefined;
  action: string | undefined;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * A list of questions and answers, to check before sending ("check your answers", GOV.UK summary
 * list), or to show a record (a dossier's details). Each row can have a "change" link whose name
 * says which row it changes ("Thay đổi họ và tên"), as screen-reader users hear links out of context.
 *
 * Rows come from data (`rows`), or from `<dt>` and `<dd>` children written in the page, one `<dd>`
 * per `<dt>`; a `data-href` on the `<dt>` adds the link (`data-action` changes its verb):
 *
 * ```html
 * <egov-summary-list card-title="Người nộp hồ sơ">
 *   <dt data-href="#ho-ten">Họ và tên</dt><dd>Nguyễn Văn An</dd>
 * </egov-summary-list>
 * ```
 * With `card-title` it is a card: a titled box, for one of several lists on a page.
 * On a narrow screen each answer goes under its question.
 *
 * @tagname egov-summary-list
 * @summary Key/value rows with "change" links: check your answers (GOV.UK summary list and card).
 *
 * @slot - The rows, as `<dt>` and `<dd>` pairs (unless `rows` is set).
 * @slot actions - Links for the whole card, beside its title.
 *
 * @csspart base - The list, or the card.
 * @csspart card-header - The card's title bar.
 * @csspart card-title - The card's title.
 * @csspart list - The `<dl>`.
 * @csspart row - A row.
 * @csspart key - A row's name (rows from data).
 * @csspart value - A row's answer (rows from data).
 * @csspart actions - A row's link cell.
 * @csspart link - A "change" link.
 *
 * @cssprop --egov-summary-list-key-width - Width of the name column, 30% by default.
 */
export class EgovSummaryList extends LitElement {
  static override styles = [baseStyles, summaryListStyles];
  // Children are placed into the rows' slots one by one (`slot.assign`), keeping the `<dl>` structure.
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };

  /** The rows as data; when set (non-empty), `<dt>`/`<dd>` children are ignored. */
  @property({ attribute: false }) rows: readonly SummaryRow[] = [];
  /** Makes it a card with this title. */
  @property({ attribute: 'card-title' }) cardTitle = '';
  /** The level of the card's title, 1–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private slotted: SlottedRow[] = [];
  private readonly localize = new LocalizeController(this, summaryListMessages);
  private observer: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.readChildren();
    this.observer = new MutationObserver(() => this.readChildren());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-href', 'data-action', 'slot'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  private readChildren(): void {
    const rows: SlottedRow[] = [];
    for (const child of this.children) {
      if (!(child instanceof HTMLElement) || child.slot) continue;
      if (child.localName === 'dt') {
        rows.push({ key: child, values: [], href: child.dataset['href'], action: child.dataset['action'] });
      } else if (child.localName === 'dd') {
        rows.at(-1)?.values.push(child);
      }
    }
    this.slotted = rows;
  }

  protected override updated(): void {
    // Manual assignment: each child goes to its row's slot; the `actions` slot takes the card's links.
    const slots = this.renderRoot.querySelectorAll<HTMLSlotElement>('slot');
    for (const slot of slots) {
      if (slot.name === 'actions') {
        slot.assign(...[...this.children].filter((child) => child.slot === 'actions'));
        continue;
      }
      const row = this.slotted[Number(slot.dataset['row'])];
      if (!row) continue;
      slot.assign(...(slot.dataset['part'] === 'key' ? [row.key] : row.values));
    }
  }

  private renderAction(key: string, href: string | undefined, action: string | undefined): TemplateResult | typeof nothing {
    if (!href) return nothing;
    return html`<dd part="actions" class="actions"><a part="link" class="link" href=${href}>${action || this.localize.t('summary-list.change')}<span
      class="sr-only"> ${key}</span></a></dd>`;
  }

  private renderValue(value: string | readonly string[]): TemplateResult {
    const lines = (typeof value === 'string' ? [value] : [...value]).filter((line) => line.trim() !== '');
    if (lines.length === 0) return html`<span class="empty">${this.localize.t('summary-list.empty')}</span>`;
    // The space between lines keeps them apart for screen readers; they show one under another.
    return html`${lines.map((line) => html`<span class="line">${line}</span> `)}`;
  }

  private renderRows(): TemplateResult[] {
    if (this.rows.length > 0) {
      return this.rows.map((row) => html`<div part="row" class="row">
        <dt part="key" class="key">${row.key}</dt>
        <dd part="value" class="value">${this.renderValue(row.value)}</dd>
        ${this.renderAction(row.key, row.href, row.action)}
      </div>`);
    }
    return this.slotted.map((row, index) => html`<div part="row" class="row">
      <slot data-row=${index} data-part="key"></slot><slot data-row=${index} data-part="value"></slot>
      ${this.renderAction(squash(row.key.textContent), row.href, row.action)}
    </div>`);
  }

  protected override render() {
    const list = html`<dl part="list" class="rows">${this.renderRows()}</dl>`;
    if (!this.cardTitle) return html`<div part="base" class="list">${list}</div>`;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<div part="base" class="card">
      <div part="card-header" class="card-header">
        <div id="card-title" part="card-title" class="card-title" role="heading" aria-level=${level}>${this.cardTitle}</div>
        <slot name="actions"></slot>
      </div>
      ${list}
    </div>`;
  }
}
