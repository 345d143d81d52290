import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { dossierStatusInfo, eventTitleKey, formatDateTime, isDossierStatus, type DossierEvent } from '@egov-kit/core';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { statusVariant } from '../status-tag/status-tag.js';
import { timelineMessages } from './timeline.messages.js';
import { timelineStyles } from './timeline.styles.js';

/** What the timeline reads of an event: core's `DossierEvent` (`from` is not shown). */
export type TimelineEvent = Pick<DossierEvent, 'to' | 'at'> & Partial<Pick<DossierEvent, 'from' | 'note' | 'actor'>>;

const instant = (event: TimelineEvent) => Date.parse(event.at);

/** An event in the order shown, with its place in the history (its key: new events never move the old ones). */
interface Placed {
  event: TimelineEvent;
  key: number;
}

/**
 * A dossier's history (MoJ timeline): each step as the status it reached, who did it, when (Vietnam
 * time, `HH:mm dd/MM/yyyy`, as core writes it) and the note (what supplement is asked for…).
 * It is an ordered list, oldest first, or newest first with `newest-first`; each step's title is a
 * heading, so screen-reader users can move from step to step. A step the applicant took says so:
 * an answer to a request for supplements reads "Người nộp đã gửi bổ sung hồ sơ" (core's
 * `eventTitleKey`), with the status it moved the dossier to beneath, never as if the applicant had
 * received the dossier. Long histories stay fast: a new event adds one item, and items off screen
 * are not laid out until they scroll into view.
 *
 * @tagname egov-timeline
 * @summary Dossier history: status, actor, date and time, note.
 *
 * @csspart list - The ordered list.
 * @csspart item - One event.
 * @csspart title - What happened: the status the event reached, or what the applicant did.
 * @csspart status - The status an applicant's step moved the dossier to.
 * @csspart byline - Who did it.
 * @csspart date - When.
 * @csspart description - The note.
 * @csspart empty - The text shown when there is no event yet.
 */
export class EgovTimeline extends LitElement {
  static override styles = [baseStyles, timelineStyles];

  /** The events, in any order (they are sorted by time); core's `DossierEvent` objects (a dossier's `history`). */
  @property({ attribute: false }) events: readonly TimelineEvent[] = [];
  /**
   * When the dossier was filed (a dossier's `submittedAt`): shown as the first step, "Mới đăng ký".
   * The history starts after it (its first event leaves `submitted`).
   */
  @property({ attribute: 'submitted-at' }) submittedAt = '';
  /** Shows the latest event first. */
  @property({ type: Boolean, attribute: 'newest-first' }) newestFirst = false;
  /** The list's name for screen readers; "Quá trình xử lý hồ sơ" by default. */
  @property() label = '';
  /** The level of each event's heading, 1–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  private readonly localize = new LocalizeController(this, timelineMessages);

  /** The events in the order shown. */
  get orderedEvents(): TimelineEvent[] {
    return this.placedEvents().map(({ event }) => event);
  }

  private placedEvents(): Placed[] {
    // Stable sort by instant (ISO strings with offsets do not sort as text); the filing comes first on a tie.
    const all: TimelineEvent[] = this.submittedAt ? [{ to: 'submitted', at: this.submittedAt }, ...this.events] : [...this.events];
    const sorted = all.map((event, key) => ({ event, key })).sort((a, b) => instant(a.event) - instant(b.event) || a.key - b.key);
    return this.newestFirst ? sorted.reverse() : sorted;
  }

  private actorText(event: TimelineEvent): string {
    if (!event.actor) return '';
    const kind = this.localize.core(`status.actor.${event.actor.kind}`);
    const name = event.actor.name?.trim();
    return name ? this.localize.t('timeline.actor', { name, kind }) : kind;
  }

  private renderEvent(event: TimelineEvent, level: number): TemplateResult {
    const known = isDossierStatus(event.to);
    const variant = known ? statusVariant(event.to) : 'neutral';
    const at = new Date(event.at);
    const statusName = known ? this.localize.core(dossierStatusInfo(event.to).messageKey) : event.to;
    const titleKey = known ? eventTitleKey(event) : '';
    const applicantStep = titleKey.startsWith('status.event.');
    return html`<li part="item" class="item ${variant} ${event.actor?.kind === 'applicant' ? 'applicant' : ''}">
      <div part="title" class="title" role="heading" aria-level=${level}>${applicantStep ? this.localize.core(titleKey) : statusName}</div>
      ${applicantStep ? html`<p part="status" class="byline">${this.localize.t('timeline.movedTo', { status: statusName })}</p>` : nothing}
      ${event.actor ? html`<p part="byline" class="byline">${this.localize.t('timeline.by', { actor: this.actorText(event) })}</p>` : nothing}
      <p part="date" class="date">${Number.isNaN(at.getTime()) ? event.at : html`<time datetime=${event.at}>${formatDateTime(at)}</time>`}</p>
      ${event.note ? html`<p part="description" class="description">${event.note}</p>` : nothing}
    </li>`;
  }

  protected override render() {
    const placed = this.placedEvents();
    if (placed.length === 0) return html`<p part="empty" class="empty">${this.localize.t('timeline.empty')}</p>`;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 3));
    return html`<ol part="list" class="timeline" aria-label=${this.label || this.localize.t('timeline.label')}>
      ${repeat(placed, ({ key }) => key, ({ event }) => this.renderEvent(event, level))}
    </ol>`;
  }
}
