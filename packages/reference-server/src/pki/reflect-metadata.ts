/**
 * The part of the Reflect metadata API (the `reflect-metadata` proposal) that tsyringe, which
 * @peculiar/x509 uses for its registries, needs: `defineMetadata`, `getMetadata`, `getOwnMetadata`,
 * `hasMetadata`, `hasOwnMetadata` and the `metadata` decorator. Installed only where missing, so a
 * full polyfill loaded by the host wins. Import this module before `@peculiar/x509`.
 */
type Key = unknown;
const store = new WeakMap<object, Map<PropertyKey | undefined, Map<Key, unknown>>>();

function table(target: object, property: PropertyKey | undefined, create: boolean): Map<Key, unknown> | undefined {
  let byProperty = store.get(target);
  if (!byProperty) {
    if (!create) return undefined;
    byProperty = new Map();
    store.set(target, byProperty);
  }
  let entries = byProperty.get(property);
  if (!entries && create) {
    entries = new Map();
    byProperty.set(property, entries);
  }
  return entries;
}

const api = {
  defineMetadata(key: Key, value: unknown, target: object, property?: PropertyKey): void {
    table(target, property, true)!.set(key, value);
  },
  hasOwnMetadata(key: Key, target: object, property?: PropertyKey): boolean {
    return table(target, property, false)?.has(key) ?? false;
  },
  getOwnMetadata(key: Key, target: object, property?: PropertyKey): unknown {
    return table(target, property, false)?.get(key);
  },
  hasMetadata(key: Key, target: object, property?: PropertyKey): boolean {
    for (let at: object | null = target; at; at = Object.getPrototypeOf(at) as object | null) {
      if (api.hasOwnMetadata(key, at, property)) return true;
    }
    return false;
  },
  getMetadata(key: Key, target: object, property?: PropertyKey): unknown {
    for (let at: object | null = target; at; at = Object.getPrototypeOf(at) as object | null) {
      if (api.hasOwnMetadata(key, at, property)) return api.getOwnMetadata(key, at, property);
    }
    return undefined;
  },
  metadata(key: Key, value: unknown) {
    return (target: object, property?: PropertyKey) => api.defineMetadata(key, value, target, property);
  },
};

const reflect = Reflect as unknown as Record<string, unknown>;
for (const [name, fn] of Object.entries(api)) {
  if (typeof reflect[name] !== 'function') reflect[name] = fn;
}
