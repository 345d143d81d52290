/**
 * pdf.js, loaded only when a document is shown, with its worker started once (TrustedWorker);
 * opening a document tells an encrypted or damaged file apart.
 */
import type * as PdfjsModule from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { TrustedWorker as Worker } from './trusted-worker.js';

/** pdf.js's module. */
export type Pdfjs = typeof PdfjsModule;

let pdfjs: Promise<Pdfjs> | undefined;
/** The last document's closing: the shared worker cannot take a new document until it is done. */
let closing: Promise<void> = Promise.resolve();

/** pdf.js, imported on first use, its worker started once. */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= import('pdfjs-dist').then((lib: Pdfjs) => {
    lib.GlobalWorkerOptions.workerPort = new Worker(new URL('./pdf.worker.js', import.meta.url), { type: 'module' });
    return lib;
  }, (error: unknown) => {
    pdfjs = undefined;
    throw error;
  });
  return pdfjs;
}

/** An opened document, or why it could not be opened. */
export type Opened = { readonly document: PDFDocumentProxy; readonly lib: Pdfjs; close(): Promise<void> } | { readonly failure: 'encrypted' | 'damaged' };

/** Opens `bytes` (copied: pdf.js moves its buffer to the worker). */
export async function openPdf(bytes: Uint8Array): Promise<Opened> {
  const lib = await loadPdfjs();
  await closing;
  const task = lib.getDocument({ data: bytes.slice(), enableXfa: false, stopAtErrors: false });
  try {
    const close = () => {
      closing = closing.then(() => task.destroy(), () => task.destroy());
      return closing;
    };
    return { document: await task.promise, lib, close };
  } catch (error) {
    closing = task.destroy();
    return { failure: (error as Error)?.name === 'PasswordException' ? 'encrypted' : 'damaged' };
  }
}
