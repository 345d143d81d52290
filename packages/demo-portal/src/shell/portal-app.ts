import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { setLocale } from '../locale.js';
import { PortalElement } from '../portal-element.js';
import { paths, startRouter, type Route, type RouteName } from '../router.js';

/** Which navigation item a page belongs to. */
const SECTION: Record<RouteName, 'procedures' | 'track' | 'verify' | undefined> = {
  procedures: 'procedures', procedure: 'procedures', apply: 'procedures', track: 'track', verify: 'verify', 'not-found': undefined,
};

/**
 * The portal's frame: skip link, header with the site's name and the language switch, the services
 * navigation, the page in `<main>` (focusable from script, so the skip link moves focus into it
 * rather than leaving it on the body), the footer. On every move to another page it focuses the new
 * page's heading, so screen readers read where the person is and keyboard users start from there.
 */
export class PortalApp extends PortalElement {
  @state() private route: Route | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    startRouter((route, { initial }) => {
      this.route = route;
      if (!initial) void this.focusPage();
    });
  }

  private async focusPage(): Promise<void> {
    await this.updateComplete;
    const page = this.querySelector('main > *');
    if (page && 'updateComplete' in page) await (page as { updateComplete: Promise<unknown> }).updateComplete;
    const heading = this.querySelector<HTMLElement>('main h1');
    const target = heading ?? this.querySelector<HTMLElement>('main');
    target?.setAttribute('tabindex', '-1');
    target?.focus();
    scrollTo(0, 0);
  }

  private switchLanguage(): void {
    setLocale(this.locale === 'vi' ? 'en' : 'vi');
  }

  private renderPage(route: Route): TemplateResult {
    const { params, query } = route;
    switch (route.name) {
      case 'procedures': return html`<portal-procedures-page .query=${query.get('q') ?? ''} .level=${query.get('muc-do') ?? ''}></portal-procedures-page>`;
      case 'procedure': return html`<portal-procedure-page .code=${params['code'] ?? ''}></portal-procedure-page>`;
      case 'apply': return html`<portal-apply-page .code=${params['code'] ?? ''} .step=${params['step'] ?? ''}
        .returnToReview=${query.has('sua')}></portal-apply-page>`;
      case 'track': return html`<portal-track-page .code=${query.get('ma') ?? ''}></portal-track-page>`;
      case 'verify': return html`<portal-verify-page .dossierCode=${query.get('ma') ?? ''} .documentId=${query.get('van-ban') ?? ''}></portal-verify-page>`;
      default: return html`<portal-not-found-page></portal-not-found-page>`;
    }
  }

  private navLink(section: 'procedures' | 'track' | 'verify', href: string): TemplateResult {
    const current = this.route && SECTION[this.route.name] === section;
    return html`<li><a href=${href} aria-current=${current ? 'page' : nothing}>${this.t(`nav.${section}`)}</a></li>`;
  }

  protected override render() {
    const other = this.locale === 'vi' ? 'en' : 'vi';
    return html`
      <a class="skip-link" href="#main">${this.t('site.skip')}</a>
      <header class="site-header">
        <div class="site-header__inner">
          <a class="site-name" href=${paths.procedures()}>${this.t('site.name')}</a>
          <span class="site-demo">${this.t('site.demo')}</span>
          <button type="button" class="language-switch" lang=${other} aria-label=${this.t('site.switchLanguageName')}
            @click=${this.switchLanguage}>${this.t('site.switchLanguage')}</button>
        </div>
        <nav class="site-nav" aria-label=${this.t('site.navLabel')}>
          <ul>
            ${this.navLink('procedures', paths.procedures())}
            ${this.navLink('track', paths.track())}
            ${this.navLink('verify', paths.verify())}
          </ul>
        </nav>
      </header>
      <div class="phase-banner"><p>${this.t('site.demoNote')}</p></div>
      <main id="main" class="page" tabindex="-1">${this.route ? this.renderPage(this.route) : nothing}</main>
      <footer class="site-footer" aria-label=${this.t('site.footerLabel')}><p>${this.t('site.footer')}</p></footer>`;
  }
}
