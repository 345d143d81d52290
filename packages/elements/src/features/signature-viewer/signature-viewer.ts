import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SignatureReport, TrustListJson, VerificationPolicy, VerificationReport } from '@egov-kit/signature';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { baseStyles } from '../../styles/shared.styles.js';
import { looksLikePdf, nameOf, readSource, SourceError, type DocumentSource } from './document-source.js';
import { openPdf } from './pdf-document.js';
import { PdfPages } from './pdf-pages.js';
import { changeLines, signatureItem, verdictBadge } from './signature-panel.js';
import { EgovVerifyErrorEvent, EgovVerifyEvent, EgovVerifyStartEvent } from './signature-viewer.events.js';
import { signatureViewerMessages } from './signature-viewer.messages.js';
import { signatureViewerStyles } from './signature-viewer.styles.js';
import { trustListFrom } from './trust-source.js';
import { verifyDocument } from './verification.js';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

/** Where the viewer is with the current document. */
type Phase = 'empty' | 'loading' | 'not-pdf' | 'unreachable' | 'shown';
/** Where the pages are. */
type PagesState = 'none' | 'loading' | 'ready' | 'encrypted' | 'damaged';

/**
 * Shows a signed PDF's pages and what its digital signatures prove, on any agency page. The
 * document comes from `src`, from the `file` or `bytes` property, or from a file the person drops
 * on the viewer or picks with its button: a local file is read in the page and never uploaded.
 *
 * The pages are drawn with pdf.js (in its worker, each page as it scrolls into view, with a text
 * layer so text can be selected and read aloud; zoom; keyboard). Beside them (below them on a
 * phone), every signature's verdict from `@egov-kit/signature`'s engine, run in a Web Worker
 * against the trust list (`trust-list`, in the format the reference server serves): an icon and
 * words, the signer with their identifiers (MST, CCCD…), and on demand the chain, the claimed and
 * proven times, revocation, what the signature covers, what changed after signing and the
 * warnings. "Show the signed version" draws the revision a signature covers, says what differs now
 * and highlights the signature's field. A stamp drawn on a page is never taken as proof. pdf.js
 * and the engine are loaded only when a document is shown.
 *
 * @tagname egov-signature-viewer
 * @summary See a signed PDF's pages and what its digital signatures prove.
 *
 * @event egov-verify-start - A document is being checked (`fileName`); any earlier verdict is gone.
 * @event egov-verify - The signatures were checked; `report` is the engine's report.
 * @event egov-verify-error - The document could not be checked; `problem` (`not-a-pdf`, `unreachable`, `engine`) and `text`.
 *
 * @csspart base - The wrapper of everything shown.
 * @csspart pages - The scrolling area of the pages.
 * @csspart panel - The signature panel.
 * @csspart signature - One signature in the panel.
 * @csspart verdict - A verdict (icon and words).
 *
 * @cssprop --egov-signature-viewer-pages-height - The height of the pages' scrolling area (80vh).
 */
export class EgovSignatureViewer extends LitElement {
  static override styles = [baseStyles, signatureViewerStyles];

  /** The PDF's address (absolute or relative to the page); it is fetched with the page's credentials rules. */
  @property() src = '';
  /** A PDF as bytes (from code, e.g. the tracker's result documents); wins over `src` when set later. */
  @property({ attribute: false }) bytes: Uint8Array | undefined;
  /** A PDF as a `File` or `Blob` (from the host's own file input); wins over `src` when set later. */
  @property({ attribute: false }) file: Blob | undefined;
  /** The file name to show (for `bytes`, or instead of the URL's). */
  @property({ attribute: 'file-name' }) fileName = '';
  /** The trust list's address (`/api/v1/trust-list` of the reference server, or a JSON file in the same format). */
  @property({ attribute: 'trust-list' }) trustListUrl = '';
  /** The trust list itself (JSON text or object, the same format); wins over `trust-list`. */
  @property({ attribute: false }) trustList: TrustListJson | string | undefined;
  /** Overrides of the engine's validation policy (the default follows Circular 15/2025/TT-BKHCN). */
  @property({ attribute: false }) policy: Partial<VerificationPolicy> | undefined;
  /** The time to validate at (a past date, to check as of then); now when unset. */
  @property({ attribute: false }) validationTime: Date | undefined;
  /** The level of the viewer's headline, 2 by default (its signatures' come below it). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** @internal */ @state() phase: Phase = 'empty';
  /** @internal */ @state() pagesState: PagesState = 'none';
  /** @internal */ @state() report: VerificationReport | undefined;
  /** @internal */ @state() verifying = false;
  /** @internal */ @state() problem: '' | 'engine' = '';
  /** @internal */ @state() trustUnavailable = false;
  /** @internal */ @state() progress = { loaded: 0, total: 0 };
  /** @internal */ @state() shownName = '';
  /** @internal */ @state() unreachableReason = '';
  /** @internal */ @state() page = 1;
  /** @internal */ @state() pageCount = 0;
  /** @internal */ @state() zoomIndex = 2;
  /** @internal */ @state() signedView: { signature: SignatureReport; fieldDrawn: boolean } | undefined;
  /** @internal */ @state() dragging = false;

  private readonly localize = new LocalizeController(this, signatureViewerMessages);
  private source: DocumentSource | undefined;
  private documentBytes: Uint8Array | undefined;
  private pages: PdfPages | undefined;
  private run = 0;
  private abort: AbortController | undefined;

  private t(key: string, params?: Record<string, unknown>): string {
    return this.localize.t(key, params);
  }

  /** The current verification report, once the signatures are checked. */
  get verificationReport(): VerificationReport | undefined {
    return this.report;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    let source: DocumentSource | undefined;
    if (changed.has('bytes') && this.bytes) source = { kind: 'bytes', bytes: this.bytes, name: this.fileName || 'document.pdf' };
    else if (changed.has('file') && this.file) source = { kind: 'file', file: this.file, name: this.fileName || (this.file as File).name || 'document.pdf' };
    else if (changed.has('src') && this.src) source = { kind: 'url', url: this.src };
    if (source) this.open(source);
    else if (['trustList', 'trustListUrl', 'policy', 'validationTime'].some((key) => changed.has(key as keyof EgovSignatureViewer)) && this.documentBytes && this.hasUpdated) void this.verify(this.run);
  }

  override updated(): void {
    // The report's sentences are the engine's, in one language: a language change checks again.
    if (this.report && this.report.locale !== this.localize.locale && !this.verifying && this.documentBytes) void this.verify(this.run);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  /** Shows and checks a new document; the old verdict and pages go at once. */
  private open(source: DocumentSource): void {
    this.abort?.abort();
    this.abort = new AbortController();
    const run = ++this.run;
    this.source = source;
    this.documentBytes = undefined;
    this.report = undefined;
    this.problem = '';
    this.trustUnavailable = false;
    this.signedView = undefined;
    this.pages?.destroy();
    this.pages = undefined;
    this.pagesState = 'none';
    this.pageCount = 0;
    this.phase = 'loading';
    this.progress = { loaded: 0, total: 0 };
    this.shownName = nameOf(source);
    void this.load(run, source, this.abort.signal);
  }

  private async load(run: number, source: DocumentSource, signal: AbortSignal): Promise<void> {
    let bytes: Uint8Array;
    try {
      bytes = await readSource(source, (loaded, total) => {
        if (run === this.run) this.progress = { loaded, total };
      }, signal);
    } catch (error) {
      if (run !== this.run) return;
      this.phase = 'unreachable';
      this.unreachableReason = error instanceof SourceError && error.status ? `HTTP ${error.status}` : this.localize.locale === 'vi' ? 'lỗi mạng' : 'network error';
      this.fail('unreachable', this.t('viewer.state.unreachableText', { reason: this.unreachableReason }));
      return;
    }
    if (run !== this.run) return;
    if (!looksLikePdf(bytes)) {
      this.phase = 'not-pdf';
      this.fail('not-a-pdf', this.t('viewer.state.notPdfText', { name: this.shownName }));
      return;
    }
    this.documentBytes = bytes;
    this.phase = 'shown';
    const start = new EgovVerifyStartEvent(this.shownName);
    this.dispatchEvent(start);
    // The first page comes first: verifying at the same time would compete with pdf.js for the
    // phone's cores. The check starts once page 1 is drawn, or the pages cannot be (at most 3 s).
    await this.showPages(run, bytes).catch(() => undefined);
    if (run === this.run) await this.verify(run);
  }

  private fail(problem: EgovVerifyErrorEvent['problem'], text: string): void {
    const event = new EgovVerifyErrorEvent(problem, text);
    this.dispatchEvent(event);
  }

  private async verify(run: number): Promise<void> {
    const bytes = this.documentBytes;
    if (!bytes) return;
    this.verifying = true;
    const locale = this.localize.locale;
    let trustList: TrustListJson | string | undefined;
    try {
      trustList = await trustListFrom(this.trustListUrl, this.trustList);
    } catch {
      if (run === this.run) this.trustUnavailable = true;
    }
    try {
      const report = await verifyDocument(bytes, {
        locale, ...(trustList !== undefined ? { trustList } : {}),
        ...(this.policy ? { policy: this.policy } : {}), ...(this.validationTime ? { time: this.validationTime } : {}),
      });
      if (run !== this.run) return;
      this.report = report;
      const event = new EgovVerifyEvent(report);
      this.dispatchEvent(event);
    } catch {
      if (run !== this.run) return;
      this.problem = 'engine';
      this.fail('engine', this.t('viewer.state.engineFailedText'));
    } finally {
      if (run === this.run) this.verifying = false;
    }
  }

  private async showPages(run: number, bytes: Uint8Array, field?: SignatureReport): Promise<void> {
    this.pagesState = 'loading';
    const opened = await openPdf(bytes);
    if (run !== this.run) {
      if ('document' in opened) void opened.close();
      return;
    }
    if ('failure' in opened) {
      this.pagesState = opened.failure;
      return;
    }
    await this.updateComplete;
    const container = this.renderRoot.querySelector<HTMLElement>('.pages');
    if (!container) return;
    this.pages?.destroy();
    const pages = new PdfPages(container, opened.document, opened.lib, (page, count) => this.t('viewer.page', { page, count }), opened.close);
    this.pages = pages;
    this.pagesState = 'ready';
    await this.updateComplete;
    const first = await opened.document.getPage(1);
    const width = first.getViewport({ scale: 1 }).width;
    const fit = Math.max(0, ZOOMS.findLastIndex((zoom) => zoom * width <= Math.max(container.clientWidth - 32, 200)));
    this.zoomIndex = Math.min(fit, 2);
    await pages.layOut(ZOOMS[this.zoomIndex]!);
    this.pageCount = pages.count;
    this.page = 1;
    await Promise.race([pages.firstPage, new Promise((done) => setTimeout(done, 3000))]);
    if (field && this.signedView) {
      const drawnOn = await pages.highlightField(field.fieldName, this.t('viewer.field', { id: field.id }));
      if (run === this.run && this.signedView) this.signedView = { ...this.signedView, fieldDrawn: drawnOn > 0 };
    }
  }

  private showSigned(signature: SignatureReport): void {
    const range = signature.coverage.byteRange;
    if (!this.documentBytes || !range || range.length !== 4) return;
    const end = range[2]! + range[3]!;
    this.signedView = { signature, fieldDrawn: true };
    void this.showPages(this.run, this.documentBytes.subarray(0, end), signature);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.signed-banner')?.focus());
  }

  private showCurrent(): void {
    this.signedView = undefined;
    if (this.documentBytes) void this.showPages(this.run, this.documentBytes);
  }

  private zoom(step: number): void {
    const next = Math.min(Math.max(this.zoomIndex + step, 0), ZOOMS.length - 1);
    if (next === this.zoomIndex || !this.pages) return;
    this.zoomIndex = next;
    this.pages.zoom(ZOOMS[next]!);
  }

  private goTo(page: number): void {
    if (!this.pages) return;
    this.page = Math.min(Math.max(page, 1), this.pageCount);
    this.pages.goTo(this.page);
  }

  private onPagesKey(event: KeyboardEvent): void {
    const actions: Record<string, () => void> = {
      '+': () => this.zoom(1), '=': () => this.zoom(1), '-': () => this.zoom(-1),
      Home: () => this.goTo(1), End: () => this.goTo(this.pageCount),
      PageDown: () => this.goTo(this.currentPage() + 1), PageUp: () => this.goTo(this.currentPage() - 1),
    };
    const action = actions[event.key];
    if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    action();
  }

  private currentPage(): number {
    return this.pages?.currentPage() ?? 1;
  }

  private onScroll(): void {
    const page = this.currentPage();
    if (page !== this.page) this.page = page;
  }

  private pick(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click();
  }

  private onPicked(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) this.open({ kind: 'file', file, name: file.name });
    input.value = '';
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) this.open({ kind: 'file', file, name: file.name });
  }

  private onDragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    this.dragging = true;
  }

  private heading(content: unknown, className = 'headline'): TemplateResult {
    return html`<div class=${className} role="heading" aria-level=${this.headingLevel} tabindex="-1">${content}</div>`;
  }

  private statusText(): string {
    if (this.phase === 'loading') {
      const { loaded, total } = this.progress;
      if (total > 0) return this.t('viewer.loadingProgress', { percent: Math.floor((loaded / total) * 100) });
      if (loaded > 0) return this.t('viewer.loadingBytes', { size: `${(loaded / 1_048_576).toFixed(1)} MB` });
      return this.t('viewer.loading');
    }
    if (this.verifying && !this.report) return this.t('viewer.verifying');
    return '';
  }

  private renderHeadline(): TemplateResult | typeof nothing {
    const t = (key: string, params?: Record<string, unknown>) => this.t(key, params);
    const banner = (title: string, text: string, variant = 'error') => html`<div class="banner banner--${variant}">${this.heading(title, 'headline title')}<p>${text}</p></div>`;
    switch (this.phase) {
      case 'empty': return html`<p class="muted">${t('viewer.state.empty')}</p>`;
      case 'not-pdf': return banner(t('viewer.state.notPdf'), t('viewer.state.notPdfText', { name: this.shownName }));
      case 'unreachable': return banner(t('viewer.state.unreachable'), t('viewer.state.unreachableText', { reason: this.unreachableReason }));
      default: break;
    }
    if (this.problem === 'engine') return banner(t('viewer.state.engineFailed'), t('viewer.state.engineFailedText'));
    if (this.pagesState === 'encrypted') return banner(t('viewer.state.encrypted'), t('viewer.state.encryptedText'), 'warning');
    if (this.pagesState === 'damaged') return banner(t('viewer.state.damaged'), t('viewer.state.damagedText'), 'warning');
    if (this.report?.indication === 'NO_SIGNATURE_FOUND') return banner(t('viewer.state.noSignatures'), t('viewer.state.noSignaturesText'), 'info');
    return nothing;
  }

  private renderPanel(): TemplateResult | typeof nothing {
    const report = this.report;
    if (!report || report.signatures.length === 0) return nothing;
    const t = (key: string, params?: Record<string, unknown>) => this.t(key, params);
    return html`<aside class="panel" part="panel" aria-labelledby="panel-title">
      ${this.heading(html`<span id="panel-title">${t('viewer.signatures')}</span>`, 'headline panel-title')}
      <p class="overall">${verdictBadge(t, report.indication)} ${report.summary}</p>
      ${report.document.findings.filter((finding) => finding.severity !== 'info').map((finding) => html`<p class="note">${finding.message}</p>`)}
      <p class="note">${t('viewer.stampNote')}</p>
      <ul class="signature-list">${report.signatures.map((signature) => signatureItem(t, report, signature, (s) => this.showSigned(s)))}</ul>
      <p class="muted">${t('viewer.trustList', { name: report.trustList.name })}</p>
    </aside>`;
  }

  private renderSignedBanner(): TemplateResult | typeof nothing {
    const view = this.signedView;
    if (!view) return nothing;
    const t = (key: string, params?: Record<string, unknown>) => this.t(key, params);
    const lines = changeLines(t, view.signature);
    return html`<div class="banner banner--warning signed-banner" tabindex="-1" role="region" aria-label=${t('viewer.showSigned')}>
      <p>${t('viewer.signedVersion', { id: view.signature.id })}</p>
      <p>${t('viewer.differences')}</p>
      <ul class="lines">${lines.map((line) => html`<li>${line}</li>`)}</ul>
      ${view.fieldDrawn ? nothing : html`<p>${t('viewer.fieldNotDrawn')}</p>`}
      <button type="button" class="secondary" @click=${() => this.showCurrent()}>${t('viewer.showCurrent')}</button>
    </div>`;
  }

  override render(): TemplateResult {
    const t = (key: string, params?: Record<string, unknown>) => this.t(key, params);
    const status = this.statusText();
    const showPages = this.pagesState === 'loading' || this.pagesState === 'ready';
    return html`<div class="base ${this.dragging ? 'dragging' : ''}" part="base"
        @dragover=${this.onDragOver} @dragleave=${() => (this.dragging = false)} @drop=${this.onDrop}>
      <div class="source">
        <button type="button" @click=${this.pick}>${t('viewer.pick')}</button>
        <input type="file" accept="application/pdf,.pdf" tabindex="-1" aria-hidden="true" @change=${this.onPicked} />
        <p>${this.shownName ? html`<strong class="file-name">${this.shownName}</strong> · ` : nothing}${t('viewer.dropHint')}</p>
      </div>
      <div class="status" role="status">${status}${this.phase === 'loading' && this.progress.total > 0
        ? html` <progress max=${this.progress.total} value=${this.progress.loaded} aria-hidden="true"></progress>` : nothing}</div>
      ${this.trustUnavailable ? html`<p class="banner banner--warning">${t('viewer.state.trustUnavailable')}</p>` : nothing}
      ${this.renderHeadline()}
      <div class="layout">
        <section class="document" ?hidden=${!showPages} aria-label=${this.shownName || t('viewer.pages')}>
          ${this.renderSignedBanner()}
          <div class="toolbar" role="toolbar" aria-label=${t('viewer.toolbar')}>
            <button type="button" class="secondary" ?disabled=${this.page <= 1} @click=${() => this.goTo(this.page - 1)}>${t('viewer.previous')}</button>
            <span class="page-number" aria-live="polite">${this.pageCount ? t('viewer.page', { page: this.page, count: this.pageCount }) : ''}</span>
            <button type="button" class="secondary" ?disabled=${this.page >= this.pageCount} @click=${() => this.goTo(this.page + 1)}>${t('viewer.next')}</button>
            <button type="button" class="secondary" aria-label=${t('viewer.zoomOut')} ?disabled=${this.zoomIndex === 0} @click=${() => this.zoom(-1)}>−</button>
            <span class="zoom">${t('viewer.zoom', { percent: Math.round(ZOOMS[this.zoomIndex]! * 100) })}</span>
            <button type="button" class="secondary" aria-label=${t('viewer.zoomIn')} ?disabled=${this.zoomIndex === ZOOMS.length - 1} @click=${() => this.zoom(1)}>+</button>
          </div>
          <div class="pages" part="pages" tabindex="0" role="region" aria-label=${t('viewer.pages')} aria-describedby="pages-hint"
            @keydown=${this.onPagesKey} @scroll=${this.onScroll}></div>
          <p class="muted" id="pages-hint">${t('viewer.pagesHint')}</p>
        </section>
        ${this.renderPanel()}
      </div>
    </div>`;
  }
}
