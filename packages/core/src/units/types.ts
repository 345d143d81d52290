import type { UnitKind, UnitLevel } from './kinds.js';

/** An administrative unit: a province-level unit or a commune-level one (or, before 2025, a district). */
export interface Unit {
  /** The statistics office's code: 2 digits for a province, 5 for a commune, 3 for an old district. */
  readonly code: string;
  /** The name without its kind: `Đức Xuân`. */
  readonly name: string;
  /** The name with its kind, as written on documents: `Phường Đức Xuân`. */
  readonly fullName: string;
  /** The name in English (without diacritics, or the English exonym: `Hanoi`). */
  readonly nameEn: string;
  /** The English full name: `Duc Xuan Ward`. */
  readonly fullNameEn: string;
  readonly kind: UnitKind;
  readonly level: UnitLevel;
  /** The code of the province the unit belongs to (its own code for a province). */
  readonly provinceCode: string;
  /** The name of that province, without its kind: `Thái Nguyên`. */
  readonly provinceName: string;
  /** `true` for the list in force now, `false` for the list before 1 July 2025. */
  readonly current: boolean;
}

/**
 * One link of the 1 July 2025 reorganisation: an old unit (or part of it) went into a current unit.
 * The mapping is advisory (it was extracted from the resolutions and checked by hand): never the only
 * basis for a legal address.
 */
export interface UnitMapping {
  /** The unit before 1 July 2025. */
  readonly from: Unit;
  /** The current unit that received it. */
  readonly to: Unit;
  /** `true` when the whole old unit went into `to`, `false` when only part of it did. */
  readonly whole: boolean;
  /**
   * The new unit's code as the 2025 mapping wrote it. It differs from `to.code` only where the
   * current list gives the same unit another code (Xã Ba Chẽ 06970 → 06978, Xã Ia Mơ 23737 → 23938):
   * such codes are matched by name within the province when the data is generated.
   */
  readonly codeInMapping: string;
}

/** Where one data set comes from. */
export interface UnitDataSource {
  /** The date in the data file's name: the snapshot date of the current list; the date the mapping took effect. */
  readonly date: string;
  /** The files the data was generated from. */
  readonly files: readonly string[];
  /** The upstream repository and file. */
  readonly source: string;
  readonly licence: string;
  /** The licence's copy in the package. */
  readonly licenceFile: string;
}

/** The provenance of the shipped unit data. */
export interface UnitDataSources {
  /** The current list (34 provinces, 3,321 communes). */
  readonly current: UnitDataSource;
  /** The pre-July-2025 list and its mapping to the current one (advisory). */
  readonly mapping: UnitDataSource;
}
