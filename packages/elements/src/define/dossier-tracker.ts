/**
 * Registers `<egov-dossier-tracker>` and the elements of its lookup form (those of a dossier come
 * with the part it loads when one is opened); `mountDossierTracker` puts one into a page.
 */
import { EgovDossierTracker } from '../features/dossier-tracker/dossier-tracker.js';
import { mountFeature, type MountOptions } from '../features/shared/mount.js';
import { defineElement } from '../internal/define.js';
import './button.js';
import './error-summary.js';
import './text-field.js';

defineElement('egov-dossier-tracker', EgovDossierTracker);

declare global {
  interface HTMLElementTagNameMap {
    'egov-dossier-tracker': EgovDossierTracker;
  }
}

/** What {@link mountDossierTracker} takes: the common mount options and the tracker's properties. */
export interface MountDossierTrackerOptions extends MountOptions {
  /** A dossier code to open (a deep link). */
  code?: string;
  /** The signed-in applicant's bearer token (the host's single sign-on): lists their dossiers. */
  token?: string;
  /** The query parameter of the page's URL that carries the dossier code. */
  codeParam?: string;
  /** Where fees are paid online. */
  paymentHref?: string;
}

/**
 * Puts a dossier tracker into `node` (in place of what it held), for CMS pages that cannot write
 * custom tags: `mountDossierTracker(document.querySelector('#tra-cuu'), { apiBase: '/api/v1', codeParam: 'ma-ho-so' })`.
 * Returns the element, to listen to its events.
 */
export function mountDossierTracker(node: Element, options: MountDossierTrackerOptions = {}): EgovDossierTracker {
  return mountFeature('egov-dossier-tracker', node, options);
}

export { EgovDossierTracker };
