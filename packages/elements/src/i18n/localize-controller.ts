import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '@egov-kit/core';
import { coreNs, loadCoreMessages, onMessagesAdded, registerMessages, toLocale, translate, type Message, type Messages } from './i18n.js';
import { closestLang, watchLang } from './lang.js';

/**
 * Gives an element its language and texts. The language is that of the nearest `[lang]` (across
 * shadow roots), re-read whenever a `lang` changes; the element re-renders when its language
 * changes or texts arrive (core's texts load on first use).
 *
 * ```ts
 * private readonly localize = new LocalizeController(this, myMessages);
 * render() { return html`${this.localize.t('file.choose')}`; }
 * ```
 */
export class LocalizeController implements ReactiveController {
  /** The element's language now. */
  locale: Locale = 'vi';
  private stops: (() => void)[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, messages?: Messages) {
    host.addController(this);
    if (messages) registerMessages(messages);
  }

  hostConnected(): void {
    // Connected again elsewhere, the element may be in another language.
    this.refresh();
    this.stops = [watchLang(this.host, this.refresh), onMessagesAdded(() => this.host.requestUpdate())];
    void loadCoreMessages();
  }

  hostDisconnected(): void {
    for (const stop of this.stops) stop();
    this.stops = [];
  }

  private readonly refresh = (): void => {
    const locale = toLocale(closestLang(this.host));
    if (locale !== this.locale) {
      this.locale = locale;
      this.host.requestUpdate();
    }
  };

  /** A text of the elements namespace in the element's language. */
  t(key: string, params?: Record<string, unknown>): string {
    return translate(params ? { key, params } : { key }, this.locale);
  }

  /** A text of core's namespace (`identifier.cccd.label`, `form.error.required`…). */
  core(key: string, params?: Record<string, unknown>): string {
    return translate(params ? { key, params, ns: coreNs } : { key, ns: coreNs }, this.locale);
  }

  /** Any message in the element's language. */
  message(message: Message): string {
    return translate(message, this.locale);
  }
}
