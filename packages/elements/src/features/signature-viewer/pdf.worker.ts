/** pdf.js's Web Worker script (it starts itself when loaded in a worker), bundled as a worker of its own. */
import 'pdfjs-dist/build/pdf.worker.min.mjs';
