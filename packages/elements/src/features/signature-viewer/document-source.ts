/**
 * Where the document comes from (a URL, a file the person picked or dropped, bytes from code) and
 * reading it with progress. A local file is read here, in the page: it is never uploaded.
 */

/** What the viewer is asked to show. */
export type DocumentSource =
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'file'; readonly file: Blob; readonly name: string }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly name: string };

/** Read bytes, and how many of the expected were read (`total` 0 when unknown). */
export type Progress = (loaded: number, total: number) => void;

async function readStream(stream: ReadableStream<Uint8Array>, total: number, onProgress: Progress): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** A failure to get the document's bytes (the network, or the server's answer). */
export class SourceError extends Error {
  constructor(readonly status?: number) {
    super(status ? `HTTP ${status}` : 'network');
  }
}

/** Reads the source's bytes, reporting progress. */
export async function readSource(source: DocumentSource, onProgress: Progress, signal: AbortSignal): Promise<Uint8Array> {
  if (source.kind === 'bytes') return source.bytes;
  if (source.kind === 'file') return readStream(source.file.stream(), source.file.size, onProgress);
  let response: Response;
  try {
    response = await fetch(source.url, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new SourceError();
  }
  if (!response.ok || !response.body) throw new SourceError(response.status);
  return readStream(response.body, Number(response.headers.get('content-length')) || 0, onProgress);
}

/** The file name to show for a source. */
export function nameOf(source: DocumentSource): string {
  if (source.kind !== 'url') return source.name;
  const path = new URL(source.url, globalThis.location.href).pathname;
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || source.url;
}

/** Whether the bytes start as a PDF does (`%PDF-` within the first kilobyte, as readers accept). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}
