import type { LocalizedText, Locale } from '@egov-kit/core';

/** What the form's views read of the element: its language and texts. */
export interface FormHost {
  readonly locale: Locale;
  /** A text of the form's own (`applicationForm.<key>`). */
  t(key: string, params?: Record<string, unknown>): string;
  /** A text of core's catalogue. */
  core(key: string, params?: Record<string, unknown>): string;
  /** A `{ vi, en }` text in the element's language. */
  text(value: LocalizedText): string;
  /** The href of a link to a step (the form follows it itself). */
  stepHref(step: string, returnToReview?: boolean): string;
  requestUpdate(): void;
}
