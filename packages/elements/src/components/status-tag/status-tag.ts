import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { dossierStatusInfo, isDossierStatus, type DossierStatus, type DossierStatusInfo } from '@egov-kit/core';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { statusTagStyles } from './status-tag.styles.js';

/** The colours of a tag. */
export type TagVariant = 'neutral' | 'info' | 'success' | 'warning' | 'error';
const VARIANTS: readonly TagVariant[] = ['neutral', 'info', 'success', 'warning', 'error'];

/**
 * The colour of a dossier status, from what core knows of it: not received yet → neutral; the
 * deadline clock running → info; paused (a supplement is awaited) → warning; processing ended with
 * a result (decided, returned) → success; ended without one (refused, stopped) → error; withdrawn
 * by the applicant → neutral.
 */
export function statusVariant(status: DossierStatus | DossierStatusInfo): TagVariant {
  const info = typeof status === 'string' ? dossierStatusInfo(status) : status;
  switch (info.clock) {
    case 'not-started': return 'neutral';
    case 'running': return 'info';
    case 'paused': return 'warning';
    case 'ended':
      if (info.id === 'decided' || info.id === 'returned') return 'success';
      return info.id === 'withdrawn' ? 'neutral' : 'error';
  }
}

/**
 * A short label of a state. With `status`, it is a dossier's one-stop status: the official name
 * from core's catalogue (`received` → "Được tiếp nhận" / "Received"), coloured by what the status
 * does to the deadline and whether it ended with a result. Without, it is a generic tag: its text,
 * in the colour of `variant`. Colour is never the only signal: the text says the state.
 *
 * @tagname egov-status-tag
 * @summary Dossier status tag (official names from core), or a generic tag.
 *
 * @slot - The text of a generic tag (ignored when `status` is a known status).
 *
 * @csspart base - The tag (also the variant's name: `info`, `success`…).
 *
 * @cssprop --egov-status-tag-color - Text and edge colour (by variant by default).
 * @cssprop --egov-status-tag-background - Background (by variant by default).
 */
export class EgovStatusTag extends LitElement {
  static override styles = [baseStyles, statusTagStyles];

  /** A dossier status id (`submitted`, `received`, `processing`, `supplement-requested`…). */
  @property({ reflect: true }) status = '';
  /** The colour of a generic tag: `neutral` (default), `info`, `success`, `warning`, `error`. */
  @property({ reflect: true }) variant: TagVariant = 'neutral';

  private readonly localize = new LocalizeController(this);

  /** The facts of `status`, if it is a known dossier status. */
  get statusInfo(): DossierStatusInfo | undefined {
    return isDossierStatus(this.status) ? dossierStatusInfo(this.status) : undefined;
  }

  /** The colour shown. */
  get shownVariant(): TagVariant {
    const info = this.statusInfo;
    if (info) return statusVariant(info);
    return VARIANTS.includes(this.variant) ? this.variant : 'neutral';
  }

  protected override render() {
    const info = this.statusInfo;
    const variant = this.shownVariant;
    return html`<strong part="base ${variant}" class="tag ${variant}">${info ? this.localize.core(info.messageKey) : html`<slot></slot>`}</strong>`;
  }
}
