// A property computed when first read. The result of an analysis keeps the shape of plain data
// (enumerable properties in a fixed order, so JSON and structured clones are unchanged) while its
// large lists are built only if someone reads them: after a keystroke the server reads none of them.

/** Defines `key` on `target` as `make()`, computed on first read and then stored as a plain data property. */
export function lazyProperty<T extends object, K extends keyof T>(target: T, key: K, make: () => T[K], onSet?: () => void): void {
  const settle = (value: T[K]) => Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = make();
      settle(value);
      return value;
    },
    set(value: T[K]) {
      onSet?.();
      settle(value);
    },
  });
}
