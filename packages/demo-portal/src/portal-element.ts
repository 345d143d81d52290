import { LitElement } from 'lit';
import { localize as textIn, type LocalizedText, type Locale } from '@egov-kit/core';
import { LocalizeController, registerMessages, type Messages } from '@egov-kit/elements/i18n';
import { shellMessages } from './messages/shell.js';

/**
 * The base of the portal's own elements: rendered in light DOM (the portal's style sheet and the
 * forms reach inside), speaking the page's language through the elements' shared i18n.
 */
export abstract class PortalElement extends LitElement {
  protected readonly localize: LocalizeController;

  constructor(messages?: Messages) {
    super();
    registerMessages(shellMessages);
    this.localize = new LocalizeController(this, messages);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** The language shown. */
  get locale(): Locale {
    return this.localize.locale;
  }

  /** A portal text (`portal.<key>`). */
  t(key: string, params?: Record<string, unknown>): string {
    return this.localize.t(`portal.${key}`, params);
  }

  /** A text of core's catalogue (`status.name.received`, `api.problem.…`). */
  core(key: string, params?: Record<string, unknown>): string {
    return this.localize.core(key, params);
  }

  /** A `{ vi, en }` text of the catalogue in the page's language. */
  text(value: LocalizedText): string {
    return textIn(value, this.locale);
  }
}

/**
 * A page: it names itself (`pageTitle`), which becomes the document's title, and renders one `<h1>`
 * that takes focus when the person arrives by a link.
 */
export abstract class PortalPage extends PortalElement {
  private shownTitle = '';

  /** The page's title, in the page's language. */
  abstract get pageTitle(): string;

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const title = `${this.pageTitle} – ${this.t('site.name')}`;
    if (title !== this.shownTitle) {
      this.shownTitle = title;
      document.title = title;
    }
  }
}
