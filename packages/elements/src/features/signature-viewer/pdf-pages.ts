/**
 * The pages of a document, drawn by pdf.js into a container: a placeholder per page, each drawn
 * (canvas and text layer, so text can be selected and read aloud) only as it comes near the
 * viewport; zoom; going to a page; a field's rectangle highlighted.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { Pdfjs } from './pdf-document.js';

/** What one page's placeholder knows. */
interface PageSlot {
  readonly element: HTMLElement;
  drawn: number;
}

/** The pages of one document, in one container. */
export class PdfPages {
  private readonly slots: PageSlot[] = [];
  private readonly observer: IntersectionObserver;
  private readonly visible = new Set<number>();
  private scale = 1;
  private baseSize = { width: 612, height: 792 };
  /** Bumped by every zoom, so a drawing of an older size is dropped. */
  private generation = 1;
  /** Resolves when the first page is drawn. */
  readonly firstPage: Promise<void>;
  private firstDrawn!: () => void;

  constructor(
    private readonly container: HTMLElement,
    private readonly document: PDFDocumentProxy,
    private readonly lib: Pdfjs,
    private readonly label: (page: number, count: number) => string,
    private readonly close: () => Promise<void>,
  ) {
    this.firstPage = new Promise((resolve) => (this.firstDrawn = resolve));
    this.observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const index = this.slots.findIndex((slot) => slot.element === entry.target);
        if (entry.isIntersecting) {
          this.visible.add(index);
          this.drawQuietly(index);
        } else this.visible.delete(index);
      }
    }, { root: container, rootMargin: '100% 0px' });
  }

  /** The number of pages. */
  get count(): number {
    return this.document.numPages;
  }

  /** Makes a placeholder per page, sized as the first page, at `scale` (1 = 100 %). */
  async layOut(scale: number): Promise<void> {
    const first = await this.document.getPage(1);
    const viewport = first.getViewport({ scale: 1 });
    this.baseSize = { width: viewport.width, height: viewport.height };
    this.scale = scale;
    const fragment = globalThis.document.createDocumentFragment();
    for (let page = 1; page <= this.count; page++) {
      const element = globalThis.document.createElement('div');
      element.className = 'page';
      element.setAttribute('role', 'group');
      element.setAttribute('aria-label', this.label(page, this.count));
      element.dataset['page'] = String(page);
      this.size(element, this.baseSize.width, this.baseSize.height);
      fragment.append(element);
      this.slots.push({ element, drawn: 0 });
    }
    this.container.replaceChildren(fragment);
    for (const slot of this.slots) this.observer.observe(slot.element);
  }

  private size(element: HTMLElement, width: number, height: number): void {
    element.style.width = `${Math.floor(width * this.scale)}px`;
    element.style.height = `${Math.floor(height * this.scale)}px`;
    element.style.setProperty('--scale-factor', String(this.scale));
    element.style.setProperty('--user-unit', '1');
    element.style.setProperty('--total-scale-factor', String(this.scale));
  }

  /** Draws a page; a drawing cut short (a zoom, another document) is dropped, and a failed one tried again when the page comes back into view. */
  private drawQuietly(index: number): void {
    this.draw(index).catch(() => {
      const slot = this.slots[index];
      if (slot) slot.drawn = 0;
    });
  }

  private async draw(index: number): Promise<void> {
    const slot = this.slots[index];
    if (!slot || slot.drawn === this.generation) return;
    const generation = this.generation;
    slot.drawn = generation;
    const page: PDFPageProxy = await this.document.getPage(index + 1);
    if (generation !== this.generation) return;
    const viewport = page.getViewport({ scale: this.scale });
    const ratio = globalThis.devicePixelRatio || 1;
    const canvas = globalThis.document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.setAttribute('aria-hidden', 'true');
    const text = globalThis.document.createElement('div');
    text.className = 'textLayer';
    await page.render({ canvas, viewport, ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {}) }).promise;
    if (generation !== this.generation) return;
    const highlights = [...slot.element.querySelectorAll('.highlight')];
    this.size(slot.element, viewport.width / this.scale, viewport.height / this.scale);
    slot.element.replaceChildren(canvas, text, ...highlights);
    slot.element.dataset['drawn'] = '';
    if (index === 0) this.firstDrawn();
    await new this.lib.TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport }).render();
  }

  /** Zooms to `scale` (1 = 100 %), keeping the page in view; pages are drawn again as they come into view. */
  zoom(scale: number): void {
    const page = this.currentPage();
    this.scale = scale;
    this.generation++;
    for (const slot of this.slots) {
      this.size(slot.element, this.baseSize.width, this.baseSize.height);
      for (const highlight of slot.element.querySelectorAll<HTMLElement>('.highlight')) this.place(highlight);
    }
    this.goTo(page);
    for (const index of this.visible) this.drawQuietly(index);
  }

  /** The page most in view, from 1. */
  currentPage(): number {
    const top = this.container.scrollTop + this.container.clientHeight / 3;
    const index = this.slots.findIndex((slot) => slot.element.offsetTop + slot.element.offsetHeight > top);
    return index < 0 ? this.count : index + 1;
  }

  /** Scrolls page `page` (from 1) into view. */
  goTo(page: number): void {
    const slot = this.slots[Math.min(Math.max(page, 1), this.count) - 1];
    if (slot) this.container.scrollTop = slot.element.offsetTop - this.container.offsetTop;
  }

  private place(highlight: HTMLElement): void {
    const [x1, y1, x2, y2] = (highlight.dataset['rect'] ?? '0,0,0,0').split(',').map(Number) as [number, number, number, number];
    const height = Number(highlight.dataset['pageHeight']);
    highlight.style.left = `${x1 * this.scale}px`;
    highlight.style.top = `${(height - y2) * this.scale}px`;
    highlight.style.width = `${Math.max(x2 - x1, 4) * this.scale}px`;
    highlight.style.height = `${Math.max(y2 - y1, 4) * this.scale}px`;
  }

  /** Highlights the form field `fieldName` where it is drawn, scrolls to it and returns its page (from 1), or 0 when no page has it. */
  async highlightField(fieldName: string, label: string): Promise<number> {
    for (let page = 1; page <= this.count; page++) {
      const proxy = await this.document.getPage(page);
      const annotations = (await proxy.getAnnotations()) as { fieldName?: string; rect?: number[] }[];
      const widget = annotations.find((annotation) => annotation.fieldName === fieldName && annotation.rect);
      if (!widget?.rect) continue;
      const [a = 0, b = 0, c = 0, d = 0] = widget.rect;
      const highlight = globalThis.document.createElement('div');
      highlight.className = 'highlight';
      highlight.setAttribute('role', 'note');
      highlight.setAttribute('aria-label', label);
      highlight.dataset['rect'] = [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)].join(',');
      highlight.dataset['pageHeight'] = String(proxy.getViewport({ scale: 1 }).height);
      this.place(highlight);
      this.slots[page - 1]!.element.append(highlight);
      this.goTo(page);
      return page;
    }
    return 0;
  }

  /** Stops drawing and frees the document. */
  destroy(): void {
    this.observer.disconnect();
    this.generation++;
    void this.close();
  }
}
