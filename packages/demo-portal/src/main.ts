/**
 * The demo portal: a provincial one-stop portal built from egov-kit — find a procedure, apply,
 * track a dossier, verify a signed result. Served by the reference server on the API's origin,
 * under a strict Content-Security-Policy (no inline script or style, Trusted Types).
 */
import '@egov-kit/elements/themes/default.css';
import './styles/portal.css';
import '@egov-kit/elements/define/button';
import '@egov-kit/elements/define/text-field';
import '@egov-kit/elements/define/textarea';
import '@egov-kit/elements/define/number-field';
import '@egov-kit/elements/define/date-field';
import '@egov-kit/elements/define/select';
import '@egov-kit/elements/define/radio-group';
import '@egov-kit/elements/define/checkbox-group';
import '@egov-kit/elements/define/identifier-field';
import '@egov-kit/elements/define/address-field';
import '@egov-kit/elements/define/file-upload';
import '@egov-kit/elements/define/fieldset';
import '@egov-kit/elements/define/error-summary';
import '@egov-kit/elements/define/notification-banner';
import '@egov-kit/elements/define/summary-list';
import '@egov-kit/elements/define/step-indicator';
import '@egov-kit/elements/define/status-tag';
import '@egov-kit/elements/define/timeline';
import '@egov-kit/elements/define/skeleton';
import '@egov-kit/elements/define/dossier-tracker';
import '@egov-kit/elements/define/application-form';
import { restoreLocale } from './locale.js';
import { ApplyPage } from './pages/apply/apply-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { ProcedurePage } from './pages/procedure-page.js';
import { ProceduresPage } from './pages/procedures-page.js';
import { TrackPage } from './pages/track/track-page.js';
import { VerifyPage } from './pages/verify/verify-page.js';
import { PortalApp } from './shell/portal-app.js';

restoreLocale();

const elements: [string, CustomElementConstructor][] = [
  ['portal-procedures-page', ProceduresPage], ['portal-procedure-page', ProcedurePage], ['portal-apply-page', ApplyPage],
  ['portal-track-page', TrackPage], ['portal-verify-page', VerifyPage],
  ['portal-not-found-page', NotFoundPage], ['portal-app', PortalApp],
];
for (const [tag, element] of elements) if (!customElements.get(tag)) customElements.define(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    'portal-app': PortalApp;
  }
}
