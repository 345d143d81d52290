/**
 * Attachments go up through the SDK's tus uploads (chunks with checksums, resumed after a dropped
 * connection or a reload: unfinished uploads are remembered in localStorage), handed to
 * `<egov-file-upload>` as its transport.
 */
import type { UploadTransport } from '@egov-kit/elements';
import { uploadFile, webStorageResumeStore } from '@egov-kit/sdk/uploads';
import { api } from '../../api.js';

const resumeStore = webStorageResumeStore(localStorage);

export const uploadTransport: UploadTransport = async (file, { signal, onProgress }) => {
  const upload = await uploadFile(api, file, {
    signal, resumeStore, onProgress: ({ uploadedBytes, totalBytes }) => onProgress(uploadedBytes, totalBytes),
  });
  return { id: upload.id };
};
