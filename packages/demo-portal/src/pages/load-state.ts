import { html, type TemplateResult } from 'lit';
import { ProblemError } from '@egov-kit/sdk/transport';
import type { PortalElement } from '../portal-element.js';

/** What a page shows while it loads, when it failed, or when it has its data. */
export type Load<T> = { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; value: T };

/** The message of an SDK error in the page's language: the problem's own key, or "cannot reach the server". */
export function errorText(host: { core(key: string, params?: Record<string, unknown>): string; t(key: string): string }, error: unknown): string {
  if (error instanceof ProblemError) return host.core(error.messageKey, error.params);
  return host.t('common.offline');
}

type Texts = Parameters<typeof errorText>[0];

/** A failure with a retry button. */
export function renderFailure(host: PortalElement & Texts, error: unknown, retry: () => void): TemplateResult {
  return html`<egov-notification-banner variant="error" alert banner-title=${host.t('common.loadFailed')}>
    <p>${errorText(host, error)}</p>
    <egov-button type="button" variant="secondary" @click=${retry}>${host.t('common.retry')}</egov-button>
  </egov-notification-banner>`;
}

/** What a page shows while its data loads: a skeleton that says "loading" to assistive technology. */
export function renderLoading(host: PortalElement & Texts): TemplateResult {
  return html`<egov-skeleton lines="4" label=${host.t('common.loading')}></egov-skeleton>`;
}
