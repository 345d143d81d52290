/**
 * `@egov-kit/sdk/uploads`: resumable uploads over tus, with progress and checksums.
 * @module
 */
export { uploadFile, attachmentReferenceOf, DEFAULT_CHUNK_SIZE, type UploadOptions, type UploadProgress, type UploadSource } from './upload.js';
export { memoryResumeStore, webStorageResumeStore, type UploadResumeStore } from './resume-store.js';
export type { Upload, AttachmentReference } from '../contract.js';
