/**
 * Registers `<egov-signature-viewer>`; `mountSignatureViewer` puts one into a page. pdf.js and the
 * signature engine are not in this entry: the viewer loads them when it shows a document.
 */
import type { TrustListJson } from '@egov-kit/signature';
import { EgovSignatureViewer } from '../features/signature-viewer/signature-viewer.js';
import { mountFeature, type MountOptions } from '../features/shared/mount.js';
import { defineElement } from '../internal/define.js';

defineElement('egov-signature-viewer', EgovSignatureViewer);

declare global {
  interface HTMLElementTagNameMap {
    'egov-signature-viewer': EgovSignatureViewer;
  }
}

/** What {@link mountSignatureViewer} takes: the common mount options and the viewer's properties. */
export interface MountSignatureViewerOptions extends Omit<MountOptions, 'apiBase'> {
  /** The PDF's address. */
  src?: string;
  /** A PDF as bytes. */
  bytes?: Uint8Array;
  /** A PDF as a File or Blob. */
  file?: Blob;
  /** The file name to show. */
  fileName?: string;
  /** The trust list's address (the reference server's `/api/v1/trust-list`, or a JSON file in its format). */
  trustListUrl?: string;
  /** The trust list itself (JSON text or object). */
  trustList?: TrustListJson | string;
}

/**
 * Puts a signature viewer into `node` (in place of what it held), for CMS pages that cannot write
 * custom tags: `mountSignatureViewer(document.querySelector('#kiem-tra'), { trustListUrl: '/api/v1/trust-list' })`.
 * Returns the element, to listen to its events.
 */
export function mountSignatureViewer(node: Element, options: MountSignatureViewerOptions = {}): EgovSignatureViewer {
  return mountFeature('egov-signature-viewer', node, options);
}

export { EgovSignatureViewer };
