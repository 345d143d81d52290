/**
 * The bench's page script (bench/signature-viewer.ts): `<egov-signature-viewer>` and pdf.js's own
 * viewer (`pdfjs-dist/web/pdf_viewer.mjs`), each timed on the same bytes from the moment they are
 * handed over, each loading its library then (on demand): to the first page drawn, and (the viewer) to the verdict, with every main-thread
 * task over 50 ms (Long Tasks API) while it verifies.
 */
import '@egov-kit/elements/define/signature-viewer';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

const frame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

async function bytesOf(url: string): Promise<Uint8Array> {
  return new Uint8Array(await (await fetch(url)).arrayBuffer());
}

(globalThis as unknown as { bench: unknown }).bench = {
  /** Our viewer: ms to the first page drawn and to the verdict; the longest main-thread task meanwhile. */
  async viewer(url: string, trustList: string) {
    const bytes = await bytesOf(url);
    const viewer = document.createElement('egov-signature-viewer');
    viewer.trustList = trustList;
    viewer.policy = { revocation: 'soft-fail' };
    document.body.append(viewer);
    await frame();
    longTasks.length = 0;
    const t0 = performance.now();
    const verdict = new Promise<number>((done) => viewer.addEventListener('egov-verify', () => done(performance.now() - t0), { once: true }));
    viewer.bytes = bytes;
    let firstPage = 0;
    while (!firstPage) {
      await new Promise((done) => requestAnimationFrame(done));
      if (viewer.shadowRoot?.querySelector('.page[data-drawn]')) firstPage = performance.now() - t0;
    }
    const toVerdict = await verdict;
    await frame();
    const during = longTasks.filter((task) => task.start >= t0 && task.start <= t0 + toVerdict);
    return {
      firstPageMs: firstPage, verdictMs: toVerdict, indication: viewer.verificationReport?.indication,
      longestTaskMs: Math.max(0, ...during.map((task) => task.duration)), tasksOver50ms: during.length,
    };
  },
  /** pdf.js's own viewer, loaded on demand as ours is: ms to page 1 rendered, and its longest main-thread task meanwhile. */
  async pdfjs(url: string) {
    const bytes = await bytesOf(url);
    await frame();
    longTasks.length = 0;
    const t0 = performance.now();
    const pdfjs = await import('pdfjs-dist');
    (globalThis as unknown as { pdfjsLib: unknown }).pdfjsLib = pdfjs;
    const { EventBus, PDFViewer, PDFLinkService } = await import('pdfjs-dist/web/pdf_viewer.mjs');
    pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
    const container = document.createElement('div');
    container.style.cssText = 'position:absolute;inset:0;overflow:auto';
    const inner = document.createElement('div');
    inner.className = 'pdfViewer';
    container.append(inner);
    document.body.append(container);
    const eventBus = new EventBus();
    const linkService = new PDFLinkService({ eventBus });
    const pdfViewer = new PDFViewer({ container, viewer: inner, eventBus, linkService });
    linkService.setViewer(pdfViewer);
    const first = new Promise<number>((done) => eventBus.on('pagerendered', (event: { pageNumber: number }) => {
      if (event.pageNumber === 1) done(performance.now() - t0);
    }));
    const document_ = await pdfjs.getDocument({ data: bytes }).promise;
    pdfViewer.setDocument(document_);
    linkService.setDocument(document_);
    const firstPageMs = await first;
    await frame();
    const during = longTasks.filter((task) => task.start >= t0 && task.start <= t0 + firstPageMs);
    return { firstPageMs, longestTaskMs: Math.max(0, ...during.map((task) => task.duration)) };
  },
};
