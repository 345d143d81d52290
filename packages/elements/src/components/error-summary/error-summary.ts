import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { EgovErrorChangeEvent } from '../../events.js';
import type { Message } from '../../i18n/i18n.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import type { ServerError } from '../../internal/form-control.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { errorSummaryMessages } from './error-summary.messages.js';
import { errorSummaryStyles } from './error-summary.styles.js';

/** An error to list, as a server's problem response names it (`field`, `messageKey`, `params`). */
export interface SummaryError {
  /** The field: its `name` (or `id`) in the form, or the element. Leave it out for an error of the whole form. */
  field?: string | Element;
  /** A key of core's catalogue, e.g. `identifier.cccd.wrong-length` (the problem's message key). */
  messageKey?: string;
  /** The key's parameters. */
  params?: Record<string, unknown>;
  /** Or a text already in the page's language, when there is no key. */
  text?: string;
}

/** One line of the summary, as shown now. */
export interface SummaryEntry {
  /** The field the line links to; absent for an error of the whole form. */
  field?: HTMLElement;
  /** The field's label, `''` for an error of the whole form. */
  label: string;
  /** The error, in the summary's language. */
  message: string;
}

/** A field as the summary sees it: any element that shows an error (every egov-kit field). */
interface ErrorField extends HTMLElement {
  readonly errorMessage: string;
  readonly labelText?: string;
  readonly form?: HTMLFormElement | null;
  setServerError?(error: ServerError | string | null): void;
}

type NativeControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A line: a field (its own error is shown), a native control, or the whole form. */
interface Entry {
  target?: ErrorField | NativeControl;
  /** The text for a native control set by {@link EgovErrorSummary.showErrors}, or for the whole form. */
  message?: Message;
}

const isField = (node: unknown): node is ErrorField => node instanceof HTMLElement && 'errorMessage' in node;
const isNative = (node: unknown): node is NativeControl =>
  node instanceof HTMLInputElement || node instanceof HTMLSelectElement || node instanceof HTMLTextAreaElement;
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * The GOV.UK error summary: a box at the top of a form that lists its errors, each a link that moves
 * focus to the field with the problem. It takes focus when it appears, so a screen reader reads it
 * and a keyboard user starts from it.
 *
 * It works by itself with the fields of its form (the `for` form, else the form around it, else the
 * first form in its parent), matched by behaviour, not by tag: any element with an `errorMessage`
 * (every egov-kit field), and native inputs too.
 * - A failed submit (the `invalid` events of the browser's validation) shows the summary with every
 *   invalid field and focuses it; the browser's own bubble is not shown, as the summary reports.
 * - Errors a server answers with show it too: a field's `setServerError()` or `error` attribute
 *   after a submit, or on page load, or through {@link EgovErrorSummary.showErrors}, which also
 *   takes errors of the whole form.
 * - It stays in step: a line goes as soon as its field is fixed, and the summary when the last one
 *   goes. It never blocks a submit: fixed fields can be sent again at once.
 *
 * @tagname egov-error-summary
 * @summary List of a form's errors, linking to each field (GOV.UK error summary).
 *
 * @slot - Text under the title, e.g. what to do.
 *
 * @csspart base - The box (focused when shown).
 * @csspart title - The title.
 * @csspart list - The list of errors.
 * @csspart item - One error.
 * @csspart link - The link to a field.
 */
export class EgovErrorSummary extends LitElement {
  static override styles = [baseStyles, errorSummaryStyles];

  /** The `id` of the form whose errors it lists; by default the form around it, else the first form in its parent. */
  @property({ attribute: 'for' }) htmlFor = '';
  /** The title; "Có lỗi cần sửa" / "There is a problem" by default. */
  @property() heading = '';
  /** The level of the title's heading, 1–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private entries: Entry[] = [];
  @state() private hasDescription = false;

  private readonly localize = new LocalizeController(this, errorSummaryMessages);
  private attached: { form: HTMLFormElement; root: Node } | undefined;
  /** Errors that arrive now are a server's answer (after a submit, or on page load) until the person edits. */
  private armed = true;
  private readonly pendingInvalid = new Set<ErrorField | NativeControl>();
  private pendingFocus = false;
  private flushing: Promise<void> | undefined;
  private retry = 0;

  /** The form whose errors are listed. */
  get form(): HTMLFormElement | null {
    if (this.htmlFor) {
      const root = this.getRootNode() as Document | ShadowRoot;
      const found = root.getElementById?.(this.htmlFor);
      return found instanceof HTMLFormElement ? found : null;
    }
    return this.closest('form') ?? this.parentElement?.querySelector('form') ?? null;
  }

  /** The errors listed now, in order, in the summary's language. */
  get errors(): SummaryEntry[] {
    return this.visible().map((entry) => {
      const { label, message } = this.textOf(entry);
      return entry.target ? { field: entry.target, label, message } : { label, message };
    });
  }

  /**
   * Shows a server's errors: each is set on its field (which shows it beside the value, and clears
   * it when the person edits), and listed, linked to the field. An error with no field is listed as
   * an error of the whole form until the next submit. The summary then takes focus, unless
   * `focus: false`.
   */
  async showErrors(errors: readonly SummaryError[], options: { focus?: boolean } = {}): Promise<void> {
    this.attach();
    const updates: Promise<unknown>[] = [];
    for (const error of errors) {
      const message: Message | undefined = error.messageKey
        ? { key: error.messageKey, ns: 'core', params: error.params ?? {} }
        : error.text ? { text: error.text } : undefined;
      if (!message) continue;
      const target = this.resolve(error.field);
      if (isField(target) && typeof target.setServerError === 'function') {
        // A field not rendered yet (just added to the page) takes its error once it is.
        const ready = (target as Partial<LitElement>).updateComplete;
        if (ready) await ready;
        target.setServerError(error.messageKey ? { messageKey: error.messageKey, params: error.params ?? {} } : error.text ?? '');
        const update = (target as Partial<LitElement>).updateComplete;
        if (update) updates.push(update);
        this.add({ target });
      } else if (isNative(target)) {
        target.setCustomValidity(this.localize.message(message));
        this.add({ target, message });
      } else {
        this.add({ message });
      }
    }
    await Promise.all(updates);
    this.requestUpdate();
    await this.updateComplete;
    if (options.focus !== false && this.entries.length > 0) this.focus();
  }

  /** Empties the summary (the fields keep their own errors). */
  clear(): void {
    for (const entry of this.entries) if (isNative(entry.target) && entry.message) entry.target.setCustomValidity('');
    this.entries = [];
  }

  /** Focuses the summary's box, as it is when it appears. */
  override focus(options?: FocusOptions): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.summary');
    if (box) box.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.attach();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.detach();
    cancelAnimationFrame(this.retry);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('htmlFor') && this.isConnected) {
      this.detach();
      this.attach();
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    // Errors of a failed submit are gathered over one task: wait for them too.
    while (this.flushing) await this.flushing;
    return super.getUpdateComplete();
  }

  // —— following the form ——

  private attach(): void {
    if (this.attached || !this.isConnected) return;
    const form = this.form;
    if (!form) {
      // The form may come later in the page, not parsed yet: look again on the next frame.
      cancelAnimationFrame(this.retry);
      this.retry = requestAnimationFrame(() => this.attach());
      return;
    }
    const root = form.getRootNode();
    // Capture at the root: `invalid` does not bubble, and fields tied by `form="…"` may sit outside the form.
    root.addEventListener('invalid', this.onInvalid, true);
    root.addEventListener('egov-error-change', this.onErrorChange, true);
    root.addEventListener('input', this.onEdit, true);
    root.addEventListener('change', this.onEdit, true);
    root.addEventListener('submit', this.onSubmit, true);
    root.addEventListener('reset', this.onReset, true);
    this.attached = { form, root };
    // Errors the page was rendered with (a server's answer on page load) show at once.
    this.schedule(false, () => {
      for (const element of [...form.elements]) {
        if (isField(element) && element.errorMessage && this.armed && this.indexOf(element) < 0) {
          this.add({ target: element });
          this.pendingFocus = true;
        }
      }
    });
  }

  private detach(): void {
    if (!this.attached) return;
    const { root } = this.attached;
    root.removeEventListener('invalid', this.onInvalid, true);
    root.removeEventListener('egov-error-change', this.onErrorChange, true);
    root.removeEventListener('input', this.onEdit, true);
    root.removeEventListener('change', this.onEdit, true);
    root.removeEventListener('submit', this.onSubmit, true);
    root.removeEventListener('reset', this.onReset, true);
    this.attached = undefined;
  }

  /** Whether `node` is a field of this summary's form. */
  private belongs(node: EventTarget | null): node is ErrorField | NativeControl {
    if (!this.attached || !(isField(node) || isNative(node))) return false;
    return (node as { form?: HTMLFormElement | null }).form === this.attached.form;
  }

  private readonly onInvalid = (event: Event): void => {
    const target = event.target;
    if (!this.belongs(target)) return;
    // The summary reports the problem: no browser bubble, and focus comes to the summary.
    event.preventDefault();
    this.pendingInvalid.add(target);
    this.schedule(true);
  };

  private readonly onErrorChange = (event: Event): void => {
    const target = event.target;
    // A field inside another's shadow root: the outer field reports its own error.
    if (event.composedPath()[0] !== target || !this.belongs(target)) return;
    const message = (event as EgovErrorChangeEvent).message;
    const index = this.indexOf(target);
    if (!message) {
      if (index >= 0) this.entries = this.entries.filter((_, i) => i !== index);
    } else if (index >= 0) {
      this.requestUpdate();
    } else if (this.entries.length > 0) {
      // Shown already: stay in step with the form.
      this.add({ target });
    } else if (this.armed) {
      // A server's answer: set on the field (setServerError, `error`) after a submit or on page load.
      this.add({ target });
      this.schedule(true);
    }
  };

  private readonly onEdit = (event: Event): void => {
    const target = event.target;
    if (!this.belongs(target)) return;
    // The person is editing: errors from now on are theirs to see beside the field, not a new summary.
    this.armed = false;
    const index = this.indexOf(target);
    const entry = this.entries[index];
    if (!entry || !isNative(target)) return;
    if (entry.message) target.setCustomValidity('');
    if (entry.message || target.validity.valid) this.entries = this.entries.filter((_, i) => i !== index);
  };

  private readonly onSubmit = (event: Event): void => {
    if (event.target !== this.attached?.form) return;
    // Sent: errors of the whole form were about the last answer; the next answer may bring new ones.
    this.armed = true;
    this.entries = this.entries.filter((entry) => isField(entry.target));
  };

  private readonly onReset = (event: Event): void => {
    if (event.target !== this.attached?.form) return;
    this.armed = false;
    this.clear();
  };

  /**
   * Gathers what arrives during this task (every `invalid` of one validation, several server errors)
   * and shows it once, focusing the summary if asked.
   */
  private schedule(focus: boolean, gather?: () => void): void {
    this.pendingFocus ||= focus;
    if (this.flushing) {
      if (gather) void this.flushing.then(gather);
      return;
    }
    this.flushing = new Promise<void>((done) => setTimeout(done, 0)).then(async () => {
      gather?.();
      for (const target of this.pendingInvalid) if (this.indexOf(target) < 0) this.add({ target });
      this.pendingInvalid.clear();
      this.entries = this.entries.filter((entry) => this.isShown(entry));
      const focusNow = this.pendingFocus && this.entries.length > 0;
      this.pendingFocus = false;
      this.flushing = undefined;
      await this.updateComplete;
      if (focusNow) this.focus();
    });
  }

  // —— entries ——

  private indexOf(target: EventTarget): number {
    return this.entries.findIndex((entry) => entry.target === target);
  }

  /** Adds a line, in the order of the fields in the page; errors of the whole form first. */
  private add(entry: Entry): void {
    const next = [...this.entries];
    if (entry.target) {
      const existing = this.indexOf(entry.target);
      if (existing >= 0) next.splice(existing, 1);
      const target = entry.target;
      const after = next.findIndex((other) => other.target
        && (target.compareDocumentPosition(other.target) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
      next.splice(after < 0 ? next.length : after, 0, entry);
    } else {
      const firstField = next.findIndex((other) => other.target);
      next.splice(firstField < 0 ? next.length : firstField, 0, entry);
    }
    this.entries = next;
  }

  /** Whether a line still has an error to show. */
  private isShown(entry: Entry): boolean {
    const target = entry.target;
    if (!target) return true;
    if (!target.isConnected) return false;
    if (isNative(target)) return !!entry.message || !target.validity.valid;
    return !!target.errorMessage;
  }

  private visible(): Entry[] {
    return this.entries.filter((entry) => this.isShown(entry));
  }

  private resolve(field: string | Element | undefined): Element | undefined {
    if (field === undefined || field instanceof Element) return field;
    const form = this.attached?.form ?? this.form;
    const named = form?.elements.namedItem(field);
    if (named instanceof Element) return named;
    if (named instanceof RadioNodeList) return named[0] as Element | undefined;
    return undefined;
  }

  private textOf(entry: Entry): { label: string; message: string } {
    const target = entry.target;
    if (!target) return { label: '', message: entry.message ? this.localize.message(entry.message) : '' };
    if (isNative(target)) {
      const label = squash(target.labels?.[0]?.textContent) || squash(target.getAttribute('aria-label')) || target.name;
      return { label, message: entry.message ? this.localize.message(entry.message) : target.validationMessage };
    }
    const label = squash(target.labelText) || squash(target.getAttribute('aria-label')) || squash(target.getAttribute('name'));
    return { label, message: target.errorMessage };
  }

  /**
   * Moves focus to the field, as GOV.UK's summary does: its label is scrolled into view (so the
   * person sees what the field asks), then the control takes focus without scrolling again.
   */
  private onLinkClick(event: MouseEvent, target: ErrorField | NativeControl): void {
    event.preventDefault();
    const label = isNative(target) ? target.labels?.[0] ?? target : target;
    label.scrollIntoView({ block: 'start', inline: 'nearest' });
    target.focus({ preventScroll: true });
  }

  private renderItem(entry: Entry): TemplateResult {
    const { label, message } = this.textOf(entry);
    const target = entry.target;
    if (!target) return html`<li part="item" class="item">${message}</li>`;
    const text = label ? this.localize.t('error-summary.item', { label, message }) : message;
    return html`<li part="item" class="item"><a part="link" class="link" href=${target.id ? `#${target.id}` : '#'}
      @click=${(event: MouseEvent) => this.onLinkClick(event, target)}>${text}</a></li>`;
  }

  protected override render() {
    const entries = this.visible();
    if (entries.length === 0) return nothing;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<div part="base" class="summary" tabindex="-1">
      <div role="alert">
        <div id="title" part="title" class="title" role="heading" aria-level=${level}>${this.heading || this.localize.t('error-summary.title')}</div>
        <div class="description" ?hidden=${!this.hasDescription}><slot @slotchange=${this.onSlotChange}></slot></div>
        <ul part="list" class="list">${entries.map((entry) => this.renderItem(entry))}</ul>
      </div>
    </div>`;
  }

  private onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasDescription = slot.assignedNodes({ flatten: true }).some((node) => squash(node.textContent) !== '');
  }
}
