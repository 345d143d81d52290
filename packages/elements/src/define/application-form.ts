/**
 * Registers `<egov-application-form>` and the elements of its first step (the others come with the
 * first step that uses them); `mountApplicationForm` puts one into a page.
 */
import type { ApplicationPrefill } from '../features/application-form/application-form.js';
import { EgovApplicationForm } from '../features/application-form/application-form.js';
import { mountFeature, type MountOptions } from '../features/shared/mount.js';
import { defineElement } from '../internal/define.js';
// What the first step needs; the other fields' elements load with the first step that has one.
import './button.js';
import './error-summary.js';
import './fieldset.js';
import './identifier-field.js';
import './notification-banner.js';
import './skeleton.js';
import './step-indicator.js';
import './text-field.js';

defineElement('egov-application-form', EgovApplicationForm);

declare global {
  interface HTMLElementTagNameMap {
    'egov-application-form': EgovApplicationForm;
  }
}

/** What {@link mountApplicationForm} takes: the common mount options and the form's properties. */
export interface MountApplicationFormOptions extends MountOptions {
  /** The procedure's code (`1.000656`). */
  procedure: string;
  /** What the host knows of the applicant already (after the national single sign-on). */
  prefill?: ApplicationPrefill;
  /** Where the receipt's "track this application" goes; `{code}` becomes the dossier code. */
  trackHref?: string;
  /** The level of the form's top heading, 1–6. */
  headingLevel?: number;
}

/**
 * Puts an application form into `node` (in place of what it held), for CMS pages that cannot write
 * custom tags: `mountApplicationForm(document.querySelector('#nop-ho-so'), { apiBase: '/api/v1', procedure: '1.000656' })`.
 * Returns the element, to listen to its events.
 */
export function mountApplicationForm(node: Element, options: MountApplicationFormOptions): EgovApplicationForm {
  return mountFeature('egov-application-form', node, options);
}

export { EgovApplicationForm };
