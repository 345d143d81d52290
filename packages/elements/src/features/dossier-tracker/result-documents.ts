/**
 * A result document, opened the best way the page allows: in `<egov-signature-viewer>` (inside an
 * `<egov-dialog>`) when that element is defined at that moment, so the person sees the pages and
 * whether the signatures hold; otherwise downloaded as a file. The bytes come through the SDK with
 * the dossier's access token (never a token in a link).
 */
import type { DossierAccess, IssuedDocument } from '@egov-kit/core/contract';
import { downloadDocument } from '@egov-kit/sdk/documents';
import type { Transport } from '@egov-kit/sdk/transport';
import { VIEWER_TAG, viewerDefined } from './viewer.js';


/** A file name for a document: its number, made safe (`0042/GXN-UBND` → `0042-GXN-UBND.pdf`). */
export function fileNameOf(document: Pick<IssuedDocument, 'number'>): string {
  const stem = document.number.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '');
  return `${stem || 'van-ban'}.pdf`;
}

/** What opening a document needs. */
export interface OpenDocument {
  api: Transport;
  code: string;
  document: IssuedDocument;
  access: DossierAccess;
  /** The document's name in the person's language (the dialog's title). */
  title: string;
  /** Where the dialog goes (the tracker's shadow root). */
  container: ParentNode & Node;
}

/** Saves `bytes` as a file named `name`, as a download the browser asks about or stores. */
export function saveFile(bytes: Uint8Array, name: string, container: ParentNode & Node): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  container.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the URL; it is freed once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Downloads the document's bytes, then shows them in the viewer when asked to `view` and the page
 * has the viewer now, else saves them as a file. Resolves with what it did.
 */
export async function openDocument(options: OpenDocument, how: 'view' | 'download'): Promise<'viewer' | 'download'> {
  const { api, code, document, access, container } = options;
  const bytes = await downloadDocument(api, code, document, access);
  if (how === 'download' || !viewerDefined()) {
    saveFile(bytes, fileNameOf(document), container);
    return 'download';
  }
  await import('../../define/dialog.js');
  const dialog = globalThis.document.createElement('egov-dialog');
  dialog.heading = options.title;
  const viewer = globalThis.document.createElement(VIEWER_TAG) as HTMLElement & { bytes?: Uint8Array };
  viewer.setAttribute('trust-list', api.urlOf({ path: '/trust-list' }).href);
  viewer.setAttribute('file-name', fileNameOf(document));
  viewer.bytes = bytes;
  dialog.append(viewer);
  dialog.addEventListener('close', () => dialog.remove(), { once: true });
  container.appendChild(dialog);
  dialog.open = true;
  return 'viewer';
}
