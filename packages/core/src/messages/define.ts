/** A tree of message texts, as i18next resources hold them. Leaves may use `{{name}}` placeholders. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

/** The shape of `T` with any texts: what a translation of `T` must provide, key for key. */
export type SameKeys<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/**
 * Declares a module's messages in Vietnamese and English. The English tree must have exactly the
 * keys of the Vietnamese one, so a missing translation is a type error.
 */
export function defineMessages<const V extends MessageTree>(vi: V, en: SameKeys<V>): { vi: V; en: SameKeys<V> } {
  return { vi, en };
}
