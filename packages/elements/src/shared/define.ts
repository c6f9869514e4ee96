/**
 * Registers a custom element. When the tag is already taken (the script loaded twice, or another
 * version on the page) it warns instead of throwing, so a page never breaks over it.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor)
      console.warn(`<${tag}> is already defined on this page; keeping the first definition.`);
    return;
  }
  customElements.define(tag, ctor);
}
