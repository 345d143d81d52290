import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { stepIndicatorMessages } from './step-indicator.messages.js';
import { stepIndicatorStyles } from './step-indicator.styles.js';

/** Where a step stands. */
export type StepState = 'complete' | 'current' | 'incomplete';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Where the person is in a form of several steps (USWDS step indicator): a bar per step, done,
 * current or to do, and a heading "Bước 2 trên 5: Thông tin người nộp". Screen readers hear each
 * step's state ("đã hoàn thành", `aria-current="step"`), and the new step is announced when
 * `current` changes. On a narrow screen only the bars and the heading show.
 *
 * The steps are `steps` (an array of labels, or a JSON array in the attribute), or the texts of the
 * element's children (`<span>Thông tin người nộp</span>…`).
 *
 * @tagname egov-step-indicator
 * @summary Steps of a multi-step form: complete, current, not yet done.
 *
 * @csspart base - The wrapper.
 * @csspart list - The list of steps.
 * @csspart step - One step (also `complete`, `current` or `incomplete`).
 * @csspart counter - A step's number (with `counters`).
 * @csspart heading - "Bước 2 trên 5: …".
 */
export class EgovStepIndicator extends LitElement {
  static override styles = [baseStyles, stepIndicatorStyles];

  /** The steps' labels; the children's texts when empty. */
  @property({ type: Array }) steps: string[] = [];
  /** The current step, from 1. Steps before it are complete. */
  @property({ type: Number, reflect: true }) current = 1;
  /** Shows each step's number. */
  @property({ type: Boolean }) counters = false;
  /** The level of the heading, 1–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private childLabels: string[] = [];
  @state() private announcement = '';
  private readonly localize = new LocalizeController(this, stepIndicatorMessages);
  private observer: MutationObserver | undefined;

  /** The labels shown. */
  get labels(): string[] {
    return this.steps.length > 0 ? this.steps.map(squash) : this.childLabels;
  }

  /** The current step, kept within the steps. */
  get currentIndex(): number {
    const total = this.labels.length;
    return Math.min(Math.max(Math.trunc(this.current) || 1, 1), Math.max(total, 1)) - 1;
  }

  /** The state of the step at `index` (from 0). */
  stateOf(index: number): StepState {
    const current = this.currentIndex;
    return index < current ? 'complete' : index === current ? 'current' : 'incomplete';
  }

  /** "Bước 2 trên 5: Thông tin người nộp", in the element's language. */
  get headingText(): string {
    const labels = this.labels;
    if (labels.length === 0) return '';
    const index = this.currentIndex;
    return this.localize.t('step-indicator.heading', { current: index + 1, total: labels.length, label: labels[index] });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.readChildren();
    this.observer = new MutationObserver(() => this.readChildren());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  private readChildren(): void {
    this.childLabels = [...this.children].map((child) => squash(child.textContent)).filter(Boolean);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // A move to another step is announced (not the first render: the page's heading says it then).
    if (changed.has('current') && changed.get('current') !== undefined) {
      this.announcement = '';
      const text = this.headingText;
      requestAnimationFrame(() => (this.announcement = text));
    }
  }

  protected override render() {
    const labels = this.labels;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<div part="base" class="indicator ${this.counters ? 'with-counters' : ''}">
      <ol part="list" class="steps" aria-label=${this.localize.t('step-indicator.steps')}>
        ${labels.map((label, index) => {
          const state = this.stateOf(index);
          const hidden = state === 'current' ? '' : this.localize.t(`step-indicator.${state}`);
          return html`<li part="step ${state}" class="step ${state}" aria-current=${state === 'current' ? 'step' : nothing}>
            ${this.counters ? html`<span part="counter" class="counter" aria-hidden="true"><span>${index + 1}</span></span>` : nothing}<span
              class="label">${label}</span>${hidden ? html`<span class="sr-only"> ${hidden}</span>` : nothing}
          </li>`;
        })}
      </ol>
      <div part="heading" class="heading" role="heading" aria-level=${level}>${this.headingText}</div>
      <div class="sr-only" role="status">${this.announcement}</div>
    </div>`;
  }
}
