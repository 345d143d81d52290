/**
 * Registers `tag` for `element` unless the tag is taken already (by this copy of egov-kit or by
 * another one bundled into a different script): registering twice would throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
