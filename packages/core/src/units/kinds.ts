/**
 * The kinds of administrative unit, current and pre-July-2025, and how each is named: the prefix of
 * its Vietnamese full name, the word of its English full name, and the words that mean it in a search.
 * @module
 */

/** The tier of a unit: province-level, district-level (abolished on 1 July 2025) or commune-level. */
export type UnitLevel = 'province' | 'district' | 'commune';

/** How a kind is written. */
export interface UnitKindInfo {
  /** The tier the kind belongs to. */
  readonly level: UnitLevel;
  /** Whether units of this kind exist since 1 July 2025. */
  readonly current: boolean;
  /** The word(s) before the name in the Vietnamese full name: `Phường` in `Phường Đức Xuân`. */
  readonly prefix: string;
  /** The word in the English full name: `Ward` in `Duc Xuan Ward`. */
  readonly english: string;
  /** Folded words that name the kind in a search query (`phuong`, `tp`…); they rank, never exclude. */
  readonly queryWords: readonly string[];
  /** One character that stands for the kind in the generated data. */
  readonly tag: string;
}

/**
 * Every kind of unit egov-kit knows. The current two-tier system has `municipality` (thành phố
 * trực thuộc trung ương) and `province` (tỉnh) above `ward` (phường), `commune` (xã) and
 * `special-zone` (đặc khu); the others existed before 1 July 2025.
 */
export const unitKinds = {
  municipality: { level: 'province', current: true, prefix: 'Thành phố', english: 'City', queryWords: ['thanh pho', 'tp'], tag: 'M' },
  province: { level: 'province', current: true, prefix: 'Tỉnh', english: 'Province', queryWords: ['tinh'], tag: 'P' },
  'urban-district': { level: 'district', current: false, prefix: 'Quận', english: 'District', queryWords: ['quan'], tag: 'Q' },
  'rural-district': { level: 'district', current: false, prefix: 'Huyện', english: 'District', queryWords: ['huyen'], tag: 'H' },
  town: { level: 'district', current: false, prefix: 'Thị xã', english: 'Town', queryWords: ['thi xa', 'tx'], tag: 'S' },
  'provincial-city': { level: 'district', current: false, prefix: 'Thành phố', english: 'City', queryWords: ['thanh pho', 'tp'], tag: 'C' },
  ward: { level: 'commune', current: true, prefix: 'Phường', english: 'Ward', queryWords: ['phuong'], tag: 'w' },
  commune: { level: 'commune', current: true, prefix: 'Xã', english: 'Commune', queryWords: ['xa'], tag: 'x' },
  township: { level: 'commune', current: false, prefix: 'Thị trấn', english: 'Township', queryWords: ['thi tran', 'tt'], tag: 't' },
  'special-zone': { level: 'commune', current: true, prefix: 'Đặc khu', english: 'Special administrative region', queryWords: ['dac khu'], tag: 'z' },
} as const satisfies Record<string, UnitKindInfo>;

/** A kind of administrative unit (see {@link unitKinds}). */
export type UnitKind = keyof typeof unitKinds;

/** Every kind, in the order of {@link unitKinds}. */
export const unitKindNames = Object.keys(unitKinds) as UnitKind[];

const kindsByTag = new Map<string, UnitKind>(unitKindNames.map((kind) => [unitKinds[kind].tag, kind]));

/** The kind a data tag stands for. */
export function kindOfTag(tag: string): UnitKind | undefined {
  return kindsByTag.get(tag);
}

/** The Vietnamese full name: `Phường` + `Đức Xuân` → `Phường Đức Xuân`. */
export function vietnameseFullName(kind: UnitKind, name: string): string {
  return `${unitKinds[kind].prefix} ${name}`;
}

/**
 * The English full name, as the statistics office's list writes it: the kind word after the name
 * (`Duc Xuan Ward`), or before it when the name starts or ends with a number (`Ward Ha Giang 1`).
 */
export function englishFullName(kind: UnitKind, nameEn: string): string {
  const word = unitKinds[kind].english;
  return /^\d|\d$/.test(nameEn) ? `${word} ${nameEn}` : `${nameEn} ${word}`;
}
