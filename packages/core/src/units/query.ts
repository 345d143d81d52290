/**
 * How search reads text: the folded words of names and queries, and what a query asks for.
 * @module
 */
import { searchKey, toNfc } from '../text/index.js';
import { unitKindNames, unitKinds, type UnitKind } from './kinds.js';

const SEPARATORS = /[^a-z0-9]+/;
const APOSTROPHES = /['’‘ʼ`]/g;
const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** The folded words of a text: `"Phường Đức-Xuân"` → `['phuong', 'duc', 'xuan']`. */
export function wordsOf(key: string): string[] {
  // Most names are plain words and single spaces: skip the regular expression for them.
  return PLAIN.test(key) ? key.split(' ') : key.split(SEPARATORS).filter((w) => w !== '');
}

/** The words of a folded text, space-separated and space-framed (` duc xuan `), to find whole words in. */
export function framed(key: string): string {
  return PLAIN.test(key) ? ` ${key} ` : ` ${wordsOf(key).join(' ')} `;
}

/**
 * The words a name is found by: its folded words, plus each word that contains an apostrophe written
 * without it, so `Ea H'leo` is found by `ea h leo`, `ea h'leo` and `ea hleo`.
 */
export function nameWords(key: string): string[] {
  const words = wordsOf(key);
  if (!PLAIN.test(key)) {
    for (const chunk of key.split(/[^a-z0-9'’‘ʼ`]+/)) {
      const joined = chunk.replace(APOSTROPHES, '');
      if (joined !== chunk && joined !== '' && !words.includes(joined)) words.push(joined);
    }
  }
  return words;
}

/** The initials of a province's name, by which people write it: `Hồ Chí Minh` → `hcm`, `Bà Rịa - Vũng Tàu` → `brvt`. */
export function initials(key: string): string[] {
  const words = wordsOf(key);
  return words.length > 1 ? [words.map((w) => w[0]).join('')] : [];
}

/** Query word (or two-word phrase) → the kinds it names: `tp` → municipality, provincial city. */
const kindWords = new Map<string, Set<UnitKind>>();
for (const kind of unitKindNames) {
  for (const phrase of unitKinds[kind].queryWords) {
    const kinds = kindWords.get(phrase) ?? new Set<UnitKind>();
    kinds.add(kind);
    kindWords.set(phrase, kinds);
  }
}

/** A query, read. */
export interface Query {
  /** Words every result must match (in its name or its province's name). */
  required: string[];
  /** Kind words (`phường`, `tp`…): optional, they rank units of these kinds first. */
  kindHints: string[];
  /** For each word, the kinds it names when it is a kind word. */
  kindsOf: (ReadonlySet<UnitKind> | undefined)[];
  /** The number of words of the kind phrase the query starts with (`xã`, `thị trấn`), if any. */
  leadingKindWords: number;
  /** All words, space-separated and space-framed, to find a whole name in. */
  framed: string;
  /** The query in lower case with its diacritics, to prefer `Long Thạnh` over `Long Thành` when typed so. */
  lower: string;
}

/** Reads a query: its words, which of them are kind words, and the forms a name is compared with. */
export function parseQuery(text: string): Query {
  const words = wordsOf(searchKey(text));
  const required: string[] = [];
  const kindHints: string[] = [];
  const kindsOf: Query['kindsOf'] = words.map(() => undefined);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const pair = i + 1 < words.length ? kindWords.get(`${word} ${words[i + 1]}`) : undefined;
    const kinds = pair ?? kindWords.get(word);
    if (!kinds) {
      required.push(word);
      continue;
    }
    kindHints.push(word);
    kindsOf[i] = kinds;
    if (pair) {
      kindHints.push(words[++i]!);
      kindsOf[i] = kinds;
    }
  }
  const query = { framed: ` ${words.join(' ')} `, lower: toNfc(text).toLowerCase() };
  // A query of kind words only ("xã") is searched as plain words.
  if (required.length === 0) return { ...query, required: kindHints, kindHints: [], kindsOf: kindsOf.fill(undefined), leadingKindWords: 0 };
  const leadingKindWords = !kindsOf[0] ? 0 : kindsOf[1] && kindWords.has(`${words[0]} ${words[1]}`) ? 2 : 1;
  return { ...query, required, kindHints, kindsOf, leadingKindWords };
}

/** Where a name (` word word `) stands in the query as whole words: the indexes of its first and last words. */
export function findName(query: Query, framedName: string): [first: number, last: number] | undefined {
  const at = query.framed.indexOf(framedName);
  if (at < 0) return undefined;
  let first = -1; // the spaces up to and including `at`, less one
  for (let c = 0; c <= at; c++) if (query.framed.charCodeAt(c) === 32) first++;
  let last = first - 2;
  for (let c = 0; c < framedName.length; c++) if (framedName.charCodeAt(c) === 32) last++;
  return [first, last];
}

/** Whether some word begins with `prefix`. */
export function hasPrefix(words: readonly string[], prefix: string): boolean {
  for (const word of words) if (word.startsWith(prefix)) return true;
  return false;
}
