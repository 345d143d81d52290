import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { EgovStepChangeEvent, EgovSubmitEvent } from '@egov-kit/elements';
import { api } from '../../api.js';
import { applyMessages } from '../../messages/apply.js';
import { PortalPage } from '../../portal-element.js';
import { navigate, paths } from '../../router.js';
import { rememberAccess } from '../track/access.js';

/**
 * Applying for a procedure: `<egov-application-form>` with the portal's router owning the URL,
 * `/nop-ho-so/<code>/<step>` (`?sua` brings the person back to the check page after a change).
 */
export class ApplyPage extends PortalPage {
  @property() code = '';
  @property() step = '';
  @property({ type: Boolean }) returnToReview = false;

  constructor() {
    super(applyMessages);
  }

  get pageTitle(): string {
    return this.t('apply.title');
  }

  private onStepChange(event: EgovStepChangeEvent): void {
    event.preventDefault();
    navigate(`${paths.apply(this.code, event.step)}${event.returnToReview ? '?sua' : ''}`, { replace: event.replace });
  }

  /** The receipt's "track this application" then opens it in this tab without asking for the verifier. */
  private onSubmit(event: EgovSubmitEvent): void {
    rememberAccess(event.dossier.code, event.dossier.access);
  }

  protected override render() {
    return html`<egov-application-form procedure=${this.code} .client=${api} .step=${this.step} .returnToReview=${this.returnToReview}
      heading-level="1" track-href=${paths.track('{code}').replace(encodeURIComponent('{code}'), '{code}')}
      @egov-step-change=${this.onStepChange} @egov-submit=${this.onSubmit}></egov-application-form>`;
  }
}
