import type { KeyValueStorage } from '../dossiers.js';

/**
 * Where unfinished uploads are remembered (resume key → upload URL), so an upload cut off by a
 * dropped connection, a closed tab or a crash continues from where the server stands.
 */
export interface UploadResumeStore {
  get(key: string): string | undefined | null | Promise<string | undefined | null>;
  set(key: string, url: string): void | Promise<void>;
  delete(key: string): void | Promise<void>;
}

/** A store in memory: uploads resume within the page (or process), not after a reload. */
export function memoryResumeStore(): UploadResumeStore {
  const urls = new Map<string, string>();
  return {
    get: (key) => urls.get(key),
    set: (key, url) => void urls.set(key, url),
    delete: (key) => void urls.delete(key),
  };
}

/** A store in Web Storage (`localStorage`): uploads resume after a reload too. */
export function webStorageResumeStore(storage: KeyValueStorage, prefix = 'egov-kit:upload:'): UploadResumeStore {
  return {
    get: (key) => storage.getItem(prefix + key),
    set: (key, url) => storage.setItem(prefix + key, url),
    delete: (key) => storage.removeItem(prefix + key),
  };
}
