import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { EgovDossierLoadEvent } from '@egov-kit/elements';
import { api } from '../../api.js';
import { trackMessages } from '../../messages/track.js';
import { PortalPage } from '../../portal-element.js';
import { accessOf, rememberAccess } from './access.js';

/**
 * Tracking a dossier: the page's title around `<egov-dossier-tracker>`, which does the rest (the
 * lookup, the dossier kept live, supplements, results). The code comes from `?ma=` and the tracker
 * keeps it there; a dossier just filed opens with the token the receipt kept for this tab, and a
 * dossier opened here is remembered for the verify page.
 */
export class TrackPage extends PortalPage {
  /** The dossier code (`?ma=`), e.g. from the receipt. */
  @property() code = '';
  @state() private opened = '';

  constructor() {
    super(trackMessages);
  }

  get pageTitle(): string {
    return this.opened ? this.t('track.dossier', { code: this.opened }) : this.t('track.title');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') && !this.code) this.opened = '';
  }

  private onLoad(event: EgovDossierLoadEvent): void {
    this.opened = event.dossier.code;
    rememberAccess(event.dossier.code, event.dossier.access);
  }

  protected override render() {
    return html`<h1>${this.t('track.title')}</h1>
      <egov-dossier-tracker .client=${api} .code=${this.code} .access=${this.code ? accessOf(this.code) : undefined} code-param="ma"
        heading-level="2" @egov-dossier-load=${this.onLoad}></egov-dossier-tracker>`;
  }
}
