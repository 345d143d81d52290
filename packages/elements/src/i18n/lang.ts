/**
 * The language of an element: the `lang` of its nearest ancestor that has one, looking through
 * shadow roots to their hosts, as the platform's own `:lang()` does. Changes to `lang` anywhere on
 * the way are watched, so elements switch language live.
 * @module
 */

/** The nearest `lang` value of `node` or its ancestors across shadow roots, or `''` when none is set. */
export function closestLang(node: Element): string {
  let current: Element | null = node;
  while (current) {
    const found: Element | null = current.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? '';
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

const observed = new WeakSet<Node>();
const watchers = new Set<() => void>();
let pending = false;

function changed(): void {
  if (pending) return;
  pending = true;
  queueMicrotask(() => {
    pending = false;
    for (const watcher of watchers) watcher();
  });
}

/**
 * Watches every root (shadow roots and the document) between `node` and the document for `lang`
 * changes, and calls `watcher` after any. Returns the function that stops calling it.
 */
export function watchLang(node: Element, watcher: () => void): () => void {
  let root: Node = node.getRootNode();
  for (;;) {
    if (!observed.has(root) && (root instanceof ShadowRoot || root instanceof Document)) {
      observed.add(root);
      new MutationObserver(changed).observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}
