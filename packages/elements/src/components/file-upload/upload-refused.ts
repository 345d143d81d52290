/**
 * What an upload transport throws when the service refused the file for good (its type, its size):
 * the message says why, in the person's language, and `<egov-file-upload>` offers no retry, only
 * removing it. A module of its own, so a transport can throw it without loading the element.
 */
export class UploadRefusedError extends Error {
  /** Marks the refusal across copies of egov-kit bundled apart (an `instanceof` would miss them). */
  readonly refused = true;
}

/** Whether `error` is a refusal, from this copy of egov-kit or another. */
export const isRefusal = (error: unknown): error is UploadRefusedError =>
  error instanceof Error && (error as Partial<UploadRefusedError>).refused === true;
