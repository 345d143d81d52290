import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
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

/** What an item's texts are made of, translated once per render. */
interface ItemTexts {
  /** Changes when any text would: the language, or texts that arrived since. */
  stamp: string;
  /** A text of core's catalogue. */
  core(key: string): string;
  movedTo(statusName: string): string;
  actor(actor: NonNullable<TimelineEvent['actor']>): string;
}

/** What an item shows. */
interface ItemView {
  classes: string;
  title: string;
  moved: string;
  byline: string;
  at: string;
  date: string;
  note: string;
}

/** Items on the first frame of a long history (a screenful and more), then per frame until all are there. */
const FIRST_CHUNK = 60;
const LATER_CHUNK = 200;

/** Stands for a value while a message is split around it (a character no message holds). */
const PLACEHOLDER = '\u{F8FF}';

/** An event in the order shown, with its place in the history (its key: new events never move the old ones). */
interface Placed {
  event: TimelineEvent;
  key: number;
  /** Its instant, in ms. */
  at: number;
}

/**
 * A dossier's history (MoJ timeline): each step as the status it reached, who did it, when (Vietnam
 * time, `HH:mm dd/MM/yyyy`, as core writes it) and the note (what supplement is asked for…).
 * It is an ordered list, oldest first, or newest first with `newest-first`; each step's title is a
 * heading, so screen-reader users can move from step to step. A step the applicant took says so:
 * an answer to a request for supplements reads "Người nộp đã gửi bổ sung hồ sơ" (core's
 * `eventTitleKey`), with the status it moved the dossier to beneath, never as if the applicant had
 * received the dossier. Long histories stay fast: the first frame shows the top of the list and the
 * rest follows over the next frames (`updateComplete` waits for all of it), items off screen are
 * not laid out until they come near, and a new event renders one item.
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

  /**
   * The events, in any order (they are sorted by time); core's `DossierEvent` objects (a dossier's
   * `history`). Give a new array to change them; an event is never changed in place.
   */
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

  /** How many items are on the page, in the order shown (all of them once a long history has come in). */
  @state() private shown = FIRST_CHUNK;
  private total = 0;
  private growing: Promise<void> | undefined;
  private readonly views = new WeakMap<TimelineEvent, { stamp: string; view: ItemView }>();
  private readonly localize = new LocalizeController(this, timelineMessages);

  /** The events in the order shown. */
  get orderedEvents(): TimelineEvent[] {
    return this.placedEvents().map(({ event }) => event);
  }

  private placedEvents(): Placed[] {
    // Stable sort by instant (ISO strings with offsets do not sort as text); the filing comes first on a tie.
    const all: TimelineEvent[] = this.submittedAt ? [{ to: 'submitted', at: this.submittedAt }, ...this.events] : [...this.events];
    // Each instant read once, not at every comparison.
    const sorted = all.map((event, key) => ({ event, key, at: instant(event) })).sort((a, b) => a.at - b.at || a.key - b.key);
    return this.newestFirst ? sorted.reverse() : sorted;
  }

  /**
   * The texts of one render, each translated once: a long history asks for the same few (status
   * names, "Người thực hiện: …") hundreds of times, and a translation costs far more than a join.
   */
  private textsOfRender(): ItemTexts {
    const memo = new Map<string, string>();
    const core = (key: string) => {
      let text = memo.get(key);
      if (text === undefined) memo.set(key, (text = this.localize.core(key)));
      return text;
    };
    // A message with one placeholder, split around it once: what comes before the value and after.
    const around = (key: string, param: string, params: Record<string, string> = {}): ((value: string) => string) => {
      const id = `${key}|${params['kind'] ?? ''}`;
      let text = memo.get(id);
      if (text === undefined) memo.set(id, (text = this.localize.t(key, { ...params, [param]: PLACEHOLDER })));
      const [before = '', after = ''] = text.split(PLACEHOLDER);
      return (value) => `${before}${value}${after}`;
    };
    const by = around('timeline.by', 'actor');
    return {
      stamp: `${this.localize.locale}|${core('status.name.submitted')}|${by('')}`,
      core,
      movedTo: around('timeline.movedTo', 'status'),
      actor: (actor) => {
        const kind = core(`status.actor.${actor.kind}`);
        const name = actor.name?.trim();
        return by(name ? around('timeline.actor', 'name', { kind })(name) : kind);
      },
    };
  }

  /** What an item shows, as text: its template is made again only when one of these changes. */
  private itemOf(event: TimelineEvent, texts: ItemTexts): ItemView {
    // The same event (a live update keeps the others) in the same texts shows the same.
    const kept = this.views.get(event);
    if (kept?.stamp === texts.stamp) return kept.view;
    const view = this.viewOf(event, texts);
    this.views.set(event, { stamp: texts.stamp, view });
    return view;
  }

  private viewOf(event: TimelineEvent, texts: ItemTexts): ItemView {
    const known = isDossierStatus(event.to);
    const at = new Date(event.at);
    const statusName = known ? texts.core(dossierStatusInfo(event.to).messageKey) : event.to;
    const titleKey = known ? eventTitleKey(event) : '';
    const applicantStep = titleKey.startsWith('status.event.');
    return {
      classes: `item ${known ? statusVariant(event.to) : 'neutral'}${event.actor?.kind === 'applicant' ? ' applicant' : ''}`,
      title: applicantStep ? texts.core(titleKey) : statusName,
      moved: applicantStep ? texts.movedTo(statusName) : '',
      byline: event.actor ? texts.actor(event.actor) : '',
      at: event.at,
      date: Number.isNaN(at.getTime()) ? event.at : formatDateTime(at),
      note: event.note ?? '',
    };
  }

  private renderItem(item: ItemView, level: number): TemplateResult {
    const moved = item.moved ? html`<p part="status" class="byline">${item.moved}</p>` : nothing;
    const note = item.note ? html`<p part="description" class="description">${item.note}</p>` : nothing;
    // Two templates rather than a nested one for the byline: a long history makes hundreds of items.
    return item.byline
      ? html`<li part="item" class=${item.classes}>
          <div part="title" class="title" role="heading" aria-level=${level}>${item.title}</div> ${moved}
          <p part="byline" class="byline">${item.byline}</p>
          <p part="date" class="date"><time datetime=${item.at}>${item.date}</time></p> ${note}</li>`
      : html`<li part="item" class=${item.classes}>
          <div part="title" class="title" role="heading" aria-level=${level}>${item.title}</div> ${moved}
          <p part="date" class="date"><time datetime=${item.at}>${item.date}</time></p> ${note}</li>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events') || changed.has('submittedAt')) this.total = this.events.length + (this.submittedAt ? 1 : 0);
  }

  protected override updated(): void {
    // A long history comes in chunks, the top first: the first frame shows a screenful at once.
    if (this.shown >= this.total || this.growing) return;
    const later = document.visibilityState === 'visible' ? requestAnimationFrame : (next: () => void) => setTimeout(next);
    this.growing = new Promise((grown) => later(() => {
      this.shown = this.shown + LATER_CHUNK >= this.total ? Number.POSITIVE_INFINITY : this.shown + LATER_CHUNK;
      this.growing = undefined;
      grown();
    }));
  }

  /** Resolves once every event is on the page (a long history comes in chunks). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.growing && this.isConnected) {
      await this.growing;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override render() {
    const placed = this.placedEvents();
    if (placed.length === 0) return html`<p part="empty" class="empty">${this.localize.t('timeline.empty')}</p>`;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 3));
    const texts = this.textsOfRender();
    // Each item is made again only when what it shows changed: a live update renders one item.
    const item = ({ event }: Placed) => {
      const view = this.itemOf(event, texts);
      return guard([view.classes, view.title, view.moved, view.byline, view.at, view.date, view.note, level], () => this.renderItem(view, level));
    };
    return html`<ol part="list" class="timeline" aria-label=${this.label || this.localize.t('timeline.label')}>
      ${repeat(this.shown < placed.length ? placed.slice(0, this.shown) : placed, ({ key }) => key, item)}
    </ol>`;
  }
}
