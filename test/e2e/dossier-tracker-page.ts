/**
 * The script of a CMS page that cannot write custom tags: it puts a dossier tracker into the
 * element `#tra-cuu-ho-so` with `mountDossierTracker`, in English, reading the dossier code from
 * the page's `?ma-ho-so=`. Bundled by the end-to-end test's host page.
 */
import { mountDossierTracker } from '@egov-kit/elements/define/dossier-tracker';

const node = document.querySelector<HTMLElement>('#tra-cuu-ho-so');
if (node?.dataset['api']) {
  const tracker = mountDossierTracker(node, { apiBase: node.dataset['api'], lang: 'en', codeParam: 'ma-ho-so' });
  // What a host page does with the events: here, it writes them down for the test.
  tracker.addEventListener('egov-dossier-load', (event) => document.body.setAttribute('data-opened', event.dossier.code));
}
