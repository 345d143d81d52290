/**
 * The part of `<egov-dossier-tracker>` that talks to the API and shows a dossier: opening it (by
 * code and verifier, a token, or the sign-in), following it live, its view, its documents, and the
 * supplement answer and signed-in list it loads in turn. The element loads it when it is first
 * needed (the person starts a lookup, the page opens a dossier, or signs the person in), so a page
 * shows the lookup form without the SDK, the contract's checks or the dossier's view.
 */
import { adoptStyles, nothing, type CSSResultOrNative, type ReactiveController, type TemplateResult } from 'lit';
import { localize, type Locale } from '@egov-kit/core';
import type { DossierAccess, IssuedDocument } from '@egov-kit/core/contract';
import type { Dossier } from '@egov-kit/sdk';
import { getApplicantDossier } from '@egov-kit/sdk/applicant';
import { lookupDossier, type SubscriptionState } from '@egov-kit/sdk/tracking';
import { ProblemError, type Transport } from '@egov-kit/sdk/transport';
import '../../define/notification-banner.js';
import '../../define/status-tag.js';
import '../../define/summary-list.js';
import '../../define/timeline.js';
import { registerMessages } from '../../i18n/i18n.js';
import { ApiConnection } from '../shared/api-connection.js';
import { forgetAccess, rememberAccess, rememberedAccess } from './access-memory.js';
import type { ApplicantList } from './applicant-list.js';
import { dossierViewMessages } from './dossier-view.messages.js';
import { dossierViewStyles } from './dossier-view.styles.js';
import { EgovDossierChangeEvent, EgovDossierLoadEvent } from './dossier-tracker.events.js';
import { renderDossier, type DossierView } from './dossier-view.js';
import { LiveDossier } from './live-dossier.js';
import { failureOf, type Failure } from './problem-text.js';
import { openDocument } from './result-documents.js';
import type { SupplementAnswer } from './supplement-answer.js';

/** Why a read is dropped: a later one was asked for. */
const SUPERSEDED = Symbol('superseded');

/** What the engine reads of the element and does through it. */
export interface TrackerShell extends HTMLElement {
  readonly apiBase: string;
  readonly client: Transport | undefined;
  readonly token: string;
  readonly access: DossierAccess | undefined;
  readonly paymentHref: string;
  readonly headingLevelShown: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  /** The element's own styles, to which the engine adds the dossier's. */
  readonly frameStyles: readonly CSSResultOrNative[];
  readonly locale: Locale;
  order: 'newest-first' | 'oldest-first';
  code: string;
  view: 'lookup' | 'list' | 'dossier';
  busy: boolean;
  announcement: string;
  t(key: string, params?: Record<string, unknown>): string;
  core(key: string, params?: Record<string, unknown>): string;
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
  /** Says why a dossier could not be opened, and tells the page. */
  reportFailure(failure: Failure): Promise<void>;
  /** Keeps the dossier code in the page's URL (when the page asked for it). */
  keepCodeInUrl(code: string | undefined): void;
  /** Back to the lookup, or the signed-in list. */
  backToStart(): Promise<void>;
}

/** The tracker's dossier: what is open, how it is followed, what the person asked to see. */
export class TrackerEngine implements ReactiveController {
  private readonly connection: ApiConnection;
  private live: LiveDossier | undefined;
  private dossier: Dossier | undefined;
  private liveState: SubscriptionState | undefined;
  private stoppedText = '';
  private revealed = false;
  private sentSupplement = false;
  private documentFailure = '';
  private supplement: SupplementAnswer | undefined;
  private list: ApplicantList | undefined;
  private attempts = 0;

  constructor(private readonly shell: TrackerShell) {
    registerMessages(dossierViewMessages);
    // The dossier's styles come with the engine (constructable style sheets: no inline <style>, CSP-safe).
    if (shell.renderRoot instanceof ShadowRoot) adoptStyles(shell.renderRoot, [...shell.frameStyles, dossierViewStyles]);
    this.connection = new ApiConnection(() => shell.locale, () => ({ auth: () => shell.token || undefined }));
    shell.addController(this);
  }

  hostConnected(): void {
    // Back on a page (moved, or shown again): follow the dossier again.
    if (this.dossier && !this.live) this.follow(this.dossier);
  }

  hostDisconnected(): void {
    this.live?.close();
    this.live = undefined;
  }

  /** The API, from `client` or `api-base`. */
  api(): Transport | undefined {
    return this.connection.of({ client: this.shell.client, apiBase: this.shell.apiBase });
  }

  /** The code of the dossier shown, if any. */
  get openCode(): string | undefined {
    return this.dossier?.code;
  }

  /** The failure `error` is, in the element's language. */
  failure(error: unknown): Failure {
    return failureOf(this.shell, error);
  }

  /** Looks a dossier up by its code and verifier. */
  async lookup(code: string, verifier: string): Promise<void> {
    const api = this.api();
    if (!api) {
      await this.shell.reportFailure({ problem: 'no-api', text: this.shell.t('tracker.lookup.noApi') });
      return;
    }
    this.close();
    try {
      // A rate limit is said at once with when to retry, not waited out behind a spinner.
      await this.open(await this.read(() => lookupDossier(api, code, verifier, { retry: { statuses: [503] } })), true);
    } catch (error) {
      if (error !== SUPERSEDED) await this.shell.reportFailure(this.failure(error));
    }
  }

  /**
   * Opens `code` without asking, if a token or the sign-in allows it; else leaves it in the lookup
   * form. Focus moves to it only when the person chose it (not on a page's load).
   */
  async openByCode(code: string, focus = false): Promise<void> {
    this.close();
    const { shell } = this;
    const api = this.api();
    const given = shell.access && Date.parse(shell.access.expiresAt) > Date.now() ? shell.access : undefined;
    const token = given ?? rememberedAccess(code);
    if (!api || (!token && !shell.token)) {
      shell.view = shell.token ? 'list' : 'lookup';
      return;
    }
    try {
      await this.open(await this.read(() => (token ? lookupDossier(api, code, token) : getApplicantDossier(api, code))), focus);
    } catch (error) {
      if (error === SUPERSEDED) return;
      // Refused (expired, or not this dossier's): the verifier opens it. Offline: the token is kept for later.
      if (token && error instanceof ProblemError && error.status < 500) forgetAccess(code);
      shell.view = shell.token ? 'list' : 'lookup';
      await shell.reportFailure(this.failure(error));
    }
  }

  /**
   * Reads a dossier. Only the last read asked for is shown: an earlier one that answers later (the
   * page changed the code meanwhile) is dropped, and so is its failure.
   */
  private async read(call: () => Promise<Dossier>): Promise<Dossier> {
    const attempt = ++this.attempts;
    this.shell.busy = true;
    try {
      const dossier = await call();
      if (attempt !== this.attempts) throw SUPERSEDED;
      return dossier;
    } catch (error) {
      throw attempt === this.attempts ? error : SUPERSEDED;
    } finally {
      if (attempt === this.attempts) this.shell.busy = false;
    }
  }

  /** Shows a dossier the API answered (with its access token) and follows it live. */
  private async open(dossier: Dossier, focus: boolean): Promise<void> {
    const { shell } = this;
    const api = this.api();
    if (!api || !dossier.access) return;
    this.close();
    rememberAccess(dossier.code, dossier.access);
    this.dossier = dossier;
    shell.code = dossier.code;
    shell.view = 'dossier';
    shell.keepCodeInUrl(dossier.code);
    this.follow(dossier);
    if (dossier.status === 'supplement-requested') void this.loadSupplement();
    const loaded = new EgovDossierLoadEvent(dossier);
    shell.dispatchEvent(loaded);
    shell.requestUpdate();
    if (!focus) return;
    await shell.updateComplete;
    shell.renderRoot.querySelector<HTMLElement>('#dossier-title')?.focus();
  }

  /** Follows the dossier live, each change shown and announced. */
  private follow(dossier: Dossier): void {
    const { shell } = this;
    const api = this.api();
    const access = this.live?.access ?? dossier.access;
    if (!api || !access) return;
    this.live?.close();
    this.live = new LiveDossier(api, { ...dossier, access }, {
      onChange: (next, change) => {
        this.show(next);
        shell.announcement = shell.t('tracker.live.changed', { status: shell.core(`status.name.${change.status}`) });
        const changeEvent = new EgovDossierChangeEvent(next, change);
        shell.dispatchEvent(changeEvent);
      },
      onRefresh: (next) => {
        this.show(next);
        if (next.access) rememberAccess(next.code, next.access);
      },
      onState: (live) => {
        this.liveState = live;
        if (live !== 'closed') this.stoppedText = '';
        shell.requestUpdate();
      },
      onProblem: (error, stopped) => {
        const failure = this.failure(error);
        const reason = failure.problem === 'dossier-access-expired' ? shell.t('tracker.live.expired') : failure.text;
        if (stopped) this.stoppedText = shell.t('tracker.live.stopped', { reason });
        else shell.announcement = failure.text;
        shell.requestUpdate();
      },
      renew: shell.token ? () => getApplicantDossier(api, dossier.code) : undefined,
    });
  }

  private show(dossier: Dossier): void {
    this.dossier = dossier;
    if (dossier.status === 'supplement-requested') void this.loadSupplement();
    this.shell.requestUpdate();
  }

  /** Stops following the dossier shown and forgets it (nothing of it stays on screen); a read under way is dropped. */
  close(): void {
    this.attempts++;
    this.shell.busy = false;
    this.live?.close();
    this.live = undefined;
    this.dossier = undefined;
    this.liveState = undefined;
    this.stoppedText = '';
    this.sentSupplement = false;
    this.revealed = false;
    this.documentFailure = '';
    this.shell.requestUpdate();
  }

  private async loadSupplement(): Promise<void> {
    if (this.supplement) return;
    const { SupplementAnswer } = await import('./supplement-answer.js');
    this.supplement ??= new SupplementAnswer(this.supplementHost);
    this.shell.requestUpdate();
  }

  /** The signed-in person's list, read again from its first page. */
  async loadList(): Promise<void> {
    if (!this.list) {
      const { ApplicantList } = await import('./applicant-list.js');
      this.list ??= new ApplicantList(this.listHost);
    }
    this.list.reload();
  }

  private get texts() {
    const { shell } = this;
    return {
      t: shell.t.bind(shell), core: shell.core.bind(shell), api: () => this.api(), requestUpdate: () => shell.requestUpdate(),
      addController: (controller: ReactiveController) => shell.addController(controller),
      removeController: () => {},
      get updateComplete() {
        return shell.updateComplete;
      },
      get renderRoot() {
        return shell.renderRoot;
      },
      get locale() {
        return shell.locale;
      },
    };
  }

  private get supplementHost() {
    return Object.assign(this.texts, { answered: (dossier: Dossier) => this.answered(dossier) });
  }

  private get listHost() {
    return Object.assign(this.texts, { choose: (code: string) => void this.openByCode(code, true) });
  }

  /** The person sent their answer to a request for supplements. */
  private answered(dossier: Dossier): void {
    this.live?.replace(dossier);
    this.dossier = this.live?.dossier ?? dossier;
    // The success banner is an alert: it is read out and takes focus.
    this.sentSupplement = true;
    this.shell.requestUpdate();
    const changed = new EgovDossierChangeEvent(this.dossier);
    this.shell.dispatchEvent(changed);
  }

  private async openResult(document: IssuedDocument, how: 'view' | 'download'): Promise<void> {
    const { shell } = this;
    const api = this.api();
    const access = this.live?.access;
    if (!api || !access || !this.dossier) return;
    this.documentFailure = '';
    shell.announcement = shell.t('tracker.documents.downloading');
    try {
      await openDocument({
        api, code: this.dossier.code, document, access, title: localize(document.name, shell.locale), container: shell.renderRoot,
      }, how);
      shell.announcement = '';
    } catch (error) {
      this.documentFailure = shell.t('tracker.documents.failed', { reason: this.failure(error).text });
      shell.announcement = this.documentFailure;
    }
    shell.requestUpdate();
  }

  private view(): DossierView {
    const { shell } = this;
    return {
      host: shell, level: shell.headingLevelShown, order: shell.order, revealed: this.revealed, paymentHref: shell.paymentHref,
      liveState: this.liveState, stoppedText: this.stoppedText, answered: this.sentSupplement, documentFailure: this.documentFailure,
      signedIn: Boolean(shell.token), access: this.live?.access, supplement: this.supplement,
      onReveal: () => {
        this.revealed = !this.revealed;
        shell.requestUpdate();
      },
      onOrder: (order) => {
        shell.order = order;
      },
      onResume: () => this.live?.resume(),
      onBack: () => void shell.backToStart(),
      onOpenDocument: (document, how) => void this.openResult(document, how),
    };
  }

  /** The dossier, when one is open. */
  renderDossier(): TemplateResult | typeof nothing {
    return this.dossier ? renderDossier(this.view(), this.dossier) : nothing;
  }

  /** The signed-in list, once loaded. */
  renderList(): TemplateResult | typeof nothing {
    return this.list?.render(this.shell.headingLevelShown) ?? nothing;
  }
}
