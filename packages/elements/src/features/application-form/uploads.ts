/**
 * Attachments go up through the SDK's tus uploads (chunks with checksums, resumed after a dropped
 * connection or a reload: unfinished uploads are remembered in localStorage), handed to
 * `<egov-file-upload>` as its transport. A file the server refuses for good (its type, 415; its
 * size, 413) is reported as such, with the server's reason, so the field offers no retry.
 */
import { ProblemError, type Transport } from '@egov-kit/sdk/transport';
import { uploadFile, webStorageResumeStore, type UploadResumeStore } from '@egov-kit/sdk/uploads';
import type { UploadTransport } from '../../components/file-upload/file-upload.js';
import { UploadRefusedError } from '../../components/file-upload/upload-refused.js';

/** HTTP statuses that say the file itself is refused: sending it again cannot succeed. */
const REFUSED = new Set([413, 415]);

let resumeStore: UploadResumeStore | undefined;

function resumeStoreOf(): UploadResumeStore | undefined {
  try {
    resumeStore ??= webStorageResumeStore(localStorage);
  } catch {
    // No localStorage (refused): uploads still go, they just cannot resume after a reload.
  }
  return resumeStore;
}

/**
 * The upload transport of `<egov-file-upload>` for the API behind `api`; `reason` is the server's
 * problem in the person's language.
 */
export function uploadTransportFor(api: () => Transport | undefined, reason: (error: ProblemError) => string): UploadTransport {
  return async (file, { signal, onProgress }) => {
    const transport = api();
    if (!transport) throw new Error('no API');
    const store = resumeStoreOf();
    try {
      const upload = await uploadFile(transport, file, {
        signal, ...(store ? { resumeStore: store } : {}),
        onProgress: ({ uploadedBytes, totalBytes }) => onProgress(uploadedBytes, totalBytes),
      });
      return { id: upload.id };
    } catch (error) {
      if (error instanceof ProblemError && REFUSED.has(error.status)) throw new UploadRefusedError(reason(error));
      throw error;
    }
  };
}
