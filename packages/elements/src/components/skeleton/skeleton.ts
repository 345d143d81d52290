import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { announce } from './announcer.js';
import { skeletonMessages } from './skeleton.messages.js';
import { skeletonStyles } from './skeleton.styles.js';

/** Regions being loaded, with the placeholders standing in them and the `aria-busy` they had before. */
const busyRegions = new WeakMap<Element, { placeholders: Set<EgovSkeleton>; previous: string | null; cancel: () => void }>();

/**
 * A grey placeholder in the shape of what is loading (lines of text, or a block), so the page does
 * not jump when it arrives. While it shows, the region it stands in for (its parent, or the element
 * named by `for`) is `aria-busy="true"`, and "Đang tải…" is said once for that region, however many
 * placeholders it holds. The shimmer stops for people who ask for reduced motion.
 *
 * It can wrap what it stands for: the content shows once `loading` is turned off.
 *
 * @tagname egov-skeleton
 * @summary Loading placeholder: text lines or a block; marks its region busy and says "Đang tải…" once.
 *
 * @slot - The content, shown when `loading` is off.
 *
 * @csspart base - The placeholder.
 * @csspart shape - Each grey shape.
 *
 * @cssprop --egov-skeleton-width - Width of the placeholder, 100% by default.
 * @cssprop --egov-skeleton-height - Height of a block, 8rem by default.
 */
export class EgovSkeleton extends LitElement {
  static override styles = [baseStyles, skeletonStyles];

  /** `text` (lines, default) or `block` (an image, a card, a table). */
  @property({ reflect: true }) shape: 'text' | 'block' = 'text';
  /** How many lines of text. */
  @property({ type: Number }) lines = 3;
  /** Still loading; off shows the content. */
  @property({ type: Boolean, reflect: true }) loading = true;
  /** The `id` of the region being loaded; the parent element by default. */
  @property({ attribute: 'for' }) htmlFor = '';
  /** What is said once, e.g. "Đang tải danh sách hồ sơ…"; "Đang tải…" by default. */
  @property() label = '';

  private readonly localize = new LocalizeController(this, skeletonMessages);
  private region: Element | undefined;

  /** The region it stands in for. */
  get target(): Element | null {
    if (this.htmlFor) return (this.getRootNode() as Document | ShadowRoot).getElementById?.(this.htmlFor) ?? null;
    const root = this.getRootNode();
    return this.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.release();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('loading') || changed.has('htmlFor')) this.sync();
  }

  /** Marks the region busy while loading, and frees it after. */
  private sync(): void {
    const target = this.loading && this.isConnected ? this.target : null;
    if (target === this.region) return;
    this.release();
    if (!target) return;
    this.region = target;
    let busy = busyRegions.get(target);
    if (!busy) {
      // The first placeholder of the region: it marks it busy and speaks for all.
      const previous = target.getAttribute('aria-busy');
      target.setAttribute('aria-busy', 'true');
      const cancel = announce(this.label || this.localize.t('skeleton.loading'), this.localize.locale);
      busy = { placeholders: new Set(), previous, cancel };
      busyRegions.set(target, busy);
    }
    busy.placeholders.add(this);
  }

  private release(): void {
    const target = this.region;
    if (!target) return;
    this.region = undefined;
    const busy = busyRegions.get(target);
    if (!busy) return;
    busy.placeholders.delete(this);
    if (busy.placeholders.size > 0) return;
    busyRegions.delete(target);
    busy.cancel();
    if (busy.previous === null) target.removeAttribute('aria-busy');
    else target.setAttribute('aria-busy', busy.previous);
  }

  protected override render() {
    if (!this.loading) return html`<slot></slot>`;
    const count = this.shape === 'block' ? 1 : Math.max(1, Math.trunc(this.lines) || 1);
    const kind = this.shape === 'block' ? 'block' : 'line';
    return html`<div part="base" class="skeleton" aria-hidden="true">${Array.from({ length: count },
      () => html`<span part="shape" class="shape ${kind}"></span>`)}</div>`;
  }
}
