/**
 * Attachments go up through the SDK's tus uploads (chunks with checksums, resumed after a dropped
 * connection or a reload: unfinished uploads are remembered in localStorage), handed to
 * `<egov-file-upload>` as its transport.
 */
import type { Transport } from '@egov-kit/sdk/transport';
import { uploadFile, webStorageResumeStore, type UploadResumeStore } from '@egov-kit/sdk/uploads';
import type { UploadTransport } from '../../components/file-upload/file-upload.js';

let resumeStore: UploadResumeStore | undefined;

function resumeStoreOf(): UploadResumeStore | undefined {
  try {
    resumeStore ??= webStorageResumeStore(localStorage);
  } catch {
    // No localStorage (refused): uploads still go, they just cannot resume after a reload.
  }
  return resumeStore;
}

/** The upload transport of `<egov-file-upload>` for the API behind `api`. */
export function uploadTransportFor(api: () => Transport | undefined): UploadTransport {
  return async (file, { signal, onProgress }) => {
    const transport = api();
    if (!transport) throw new Error('no API');
    const store = resumeStoreOf();
    const upload = await uploadFile(transport, file, {
      signal, ...(store ? { resumeStore: store } : {}),
      onProgress: ({ uploadedBytes, totalBytes }) => onProgress(uploadedBytes, totalBytes),
    });
    return { id: upload.id };
  };
}
