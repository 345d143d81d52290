import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { fieldsetStyles } from './fieldset.styles.js';
import { fieldsetResetStyles } from '../../styles/fieldset-reset.styles.js';

/** What a field inside `<egov-fieldset>` has: it can be disabled by the group. */
interface GroupMember extends Element {
  groupDisabled: boolean;
}

const isMember = (element: Element): element is GroupMember => 'groupDisabled' in element;

/** Whether an `<egov-fieldset disabled>` is around `element` (at any depth: groups nest). */
function inDisabledGroup(element: Element): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node instanceof EgovFieldset && node.disabled) return true;
  }
  return false;
}

/**
 * Groups related fields under a legend (an address, a date of birth, a section of a form), as a
 * native `<fieldset>`: screen readers say the legend when focus enters the group. The legend can be
 * the page's heading (`size="page"`). `disabled` disables every egov-kit field and button inside.
 * Groups nest as native fieldsets do: a field is disabled while any group around it is, so enabling
 * an outer group leaves the fields of a disabled inner group disabled. (A native `<fieldset disabled>`
 * around it disables the fields by itself, through `formDisabledCallback`.)
 *
 * @tagname egov-fieldset
 * @summary Fieldset and legend around related fields.
 *
 * @slot - The fields.
 * @slot legend - The legend, when it needs more than text (e.g. an `<h1>`).
 * @slot hint - Help under the legend.
 *
 * @csspart base - The fieldset.
 * @csspart legend - The legend.
 * @csspart hint - The hint.
 */
export class EgovFieldset extends LitElement {
  static override styles = [baseStyles, fieldsetResetStyles, fieldsetStyles];

  /** The legend: what the group of fields is about. */
  @property() legend = '';
  /** Help under the legend. */
  @property() hint = '';
  /** The legend's size: `field` (default), `section` or `page` (when it is the page's heading). */
  @property({ reflect: true }) size: 'field' | 'section' | 'page' = 'field';
  /** Disables every egov-kit field inside, and those of the groups inside. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('disabled')) this.applyDisabled();
  }

  private applyDisabled(): void {
    for (const element of this.querySelectorAll('*')) {
      if (isMember(element)) element.groupDisabled = inDisabledGroup(element);
    }
  }

  private hasHint(): boolean {
    return this.hint !== '' || this.querySelector(':scope > [slot="hint"]') !== null;
  }

  protected override render() {
    return html`<fieldset part="base" aria-describedby=${ifDefined(this.hasHint() ? 'hint' : undefined)}>
      <legend part="legend">${this.legend}<slot name="legend"></slot></legend>
      <div id="hint" class="hint" part="hint" ?hidden=${!this.hasHint()}>${this.hint}<slot name="hint" @slotchange=${() => this.requestUpdate()}></slot></div>
      <slot @slotchange=${() => this.applyDisabled()}></slot>
    </fieldset>`;
  }
}
