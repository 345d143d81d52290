/** One page of a cursor-paginated list. */
export interface Page<T> {
  items: T[];
  /** The cursor of the next page; absent on the last one. */
  nextCursor?: string;
}

/**
 * A list the server hands out a page at a time. Iterate it for the items (pages are fetched as the
 * loop needs them and stop when it breaks), or call {@link Paginated.pages} for whole pages:
 *
 * ```ts
 * for await (const procedure of client.procedures.search({ text: 'khai sinh' })) console.log(procedure.code);
 * ```
 */
export interface Paginated<T> extends AsyncIterable<T> {
  /** The pages, one request each, from `cursor` (or the first page). */
  pages(cursor?: string): AsyncIterableIterator<Page<T>>;
  /** The first `max` items (all of them when absent), in one array. */
  toArray(max?: number): Promise<T[]>;
}

/** Builds a {@link Paginated} over a function that fetches the page at a cursor. */
export function paginate<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>, startCursor?: string): Paginated<T> {
  async function* pages(cursor = startCursor): AsyncIterableIterator<Page<T>> {
    let next: string | undefined = cursor;
    do {
      const page = await fetchPage(next);
      yield page;
      next = page.nextCursor;
    } while (next !== undefined);
  }
  async function* items(): AsyncIterableIterator<T> {
    for await (const page of pages()) yield* page.items;
  }
  return {
    pages,
    [Symbol.asyncIterator]: items,
    async toArray(max = Number.POSITIVE_INFINITY) {
      const all: T[] = [];
      if (max <= 0) return all;
      for await (const item of items()) {
        all.push(item);
        if (all.length >= max) break;
      }
      return all;
    },
  };
}
