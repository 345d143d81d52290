/**
 * What the signature viewer's host pages load beside the define entries: a hook for the tests
 * (every `egov-verify` report kept on `window`), as a host page's own script would listen.
 */
const seen: unknown[] = [];
(globalThis as unknown as { egovReports: unknown[] }).egovReports = seen;
document.addEventListener('egov-verify', (event) => seen.push((event as Event & { report: unknown }).report));
