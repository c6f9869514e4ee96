/**
 * Lets page scripts assign the data as `el.dataset = …` (the name the product's first documents used)
 * while reading `el.dataset` keeps its built-in meaning (the DOMStringMap of data-* attributes).
 * The typed, documented property is `data`.
 */
export function aliasDatasetToData(ctor: { prototype: HTMLElement & { data: unknown } }): void {
  const native = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'dataset');
  Object.defineProperty(ctor.prototype, 'dataset', {
    configurable: true,
    get(this: HTMLElement) {
      return native?.get?.call(this);
    },
    set(this: HTMLElement & { data: unknown }, value: unknown) {
      this.data = value;
    },
  });
}
