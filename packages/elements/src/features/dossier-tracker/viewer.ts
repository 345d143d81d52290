/** The signature viewer the tracker opens result documents in, when the page has it (issue #13's contract). */

/** The viewer's tag: `.bytes`, `trust-list`, `file-name`. */
export const VIEWER_TAG = 'egov-signature-viewer';

/** Whether the page has the signature viewer now. */
export const viewerDefined = (): boolean => customElements.get(VIEWER_TAG) !== undefined;
