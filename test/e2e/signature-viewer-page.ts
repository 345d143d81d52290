/**
 * What the signature viewer's host pages load beside the define entries: the events a host page
 * would listen to, kept on `window` for the tests (`starts`: documents begun; `reports`: every
 * `egov-verify` report; `pending`: a document begun and not yet reported).
 */
const seen = { starts: 0, pending: false, reports: [] as unknown[] };
(globalThis as unknown as { egovViewer: typeof seen }).egovViewer = seen;
document.addEventListener('egov-verify-start', () => {
  seen.starts++;
  seen.pending = true;
});
document.addEventListener('egov-verify', (event) => {
  seen.pending = false;
  seen.reports.push((event as Event & { report: unknown }).report);
});
