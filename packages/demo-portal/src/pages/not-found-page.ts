import { html } from 'lit';
import { PortalPage } from '../portal-element.js';
import { paths } from '../router.js';

/** A path the portal does not know. */
export class NotFoundPage extends PortalPage {
  get pageTitle(): string {
    return this.t('notFound.title');
  }

  protected override render() {
    return html`<h1>${this.t('notFound.title')}</h1>
      <p>${this.t('notFound.body')}</p>
      <p><a href=${paths.procedures()}>${this.t('notFound.home')}</a></p>`;
  }
}
