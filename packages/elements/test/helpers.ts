/**
 * What the browser tests share: reading what assistive technology gets (the accessibility tree),
 * waiting for core's texts, and submitting a form the way a person does.
 */
import 'axe-core/axe.min.js';
import { loadCoreMessages } from '../src/i18n/i18n.js';
import type { EgovErrorChangeEvent } from '../src/events.js';

interface Axe {
  setup(node: Node): unknown;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: { text: { accessibleTextVirtual(node: unknown, options?: object): string } };
}

const axe = (globalThis as unknown as { axe: Axe }).axe;

function accessibleText(element: Element, options?: object): string {
  axe.setup(document);
  try {
    return axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(element), options).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}

/**
 * The accessible name of `element` as assistive technology computes it (axe-core's implementation
 * of accname 1.2, across shadow roots and slots).
 */
export function accessibleName(element: Element): string {
  return accessibleText(element);
}

/** The accessible description: the text of the elements `aria-describedby` names, in order. */
export function accessibleDescription(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  return (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
    .map((id) => root.getElementById(id))
    .filter((ref): ref is HTMLElement => ref !== null)
    .map((ref) => accessibleText(ref, { inLabelledByContext: true }))
    .join(' ').trim();
}

/** Resolves once core's texts (validation messages…) are loaded. */
export const coreReady = loadCoreMessages;

/** The entries a form would submit now, as [name, value] pairs. */
export function submitted(form: HTMLFormElement): [string, string][] {
  return [...new FormData(form).entries()].map(([name, value]) => [name, typeof value === 'string' ? value : value.name]);
}

/**
 * Submits `form` as a person pressing its submit button does (`requestSubmit`, so constraint
 * validation runs), and resolves whether the submit went through.
 */
export function trySubmit(form: HTMLFormElement): boolean {
  let went = false;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    went = true;
  };
  form.addEventListener('submit', onSubmit);
  form.requestSubmit();
  form.removeEventListener('submit', onSubmit);
  return went;
}

/** Waits for the next animation frames, so rAF-driven updates (announcements) have happened. */
export async function frames(count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((done) => requestAnimationFrame(() => done(undefined)));
}

/** The inner element of a field's shadow root. */
export function inner<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${host.localName} has no ${selector}`);
  return found;
}

/** The next `egov-error-change` event of `element`. */
export function nextErrorChange(element: HTMLElement): Promise<EgovErrorChangeEvent> {
  return new Promise((resolve) => element.addEventListener('egov-error-change', (event) => resolve(event), { once: true }));
}

/**
 * Loads a theme's style sheet from `src/themes` into the page, once. `default` sets the tokens on
 * `:root`; `high-contrast` applies inside `[data-egov-theme="high-contrast"]`.
 */
export async function loadTheme(name: 'default' | 'high-contrast'): Promise<void> {
  const href = new URL(`../src/themes/${name}.css`, import.meta.url).href;
  if ([...document.querySelectorAll('link')].some((link) => link.href === href)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`${href} did not load`));
  });
  document.head.append(link);
  await loaded;
}
