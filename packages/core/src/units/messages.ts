import { defineMessages } from '../messages/define.js';
import type { UnitKind, UnitLevel } from './kinds.js';
import type { UnitMapping } from './types.js';

/**
 * Texts of administrative units, mounted under `unit`: the kinds of unit (current and before
 * 1 July 2025), the levels, the two lists, and how an old unit went into a new one.
 */
export const unitMessages = defineMessages(
  {
    kind: {
      municipality: 'Thành phố trực thuộc trung ương',
      province: 'Tỉnh',
      'urban-district': 'Quận',
      'rural-district': 'Huyện',
      town: 'Thị xã',
      'provincial-city': 'Thành phố thuộc tỉnh',
      ward: 'Phường',
      commune: 'Xã',
      township: 'Thị trấn',
      'special-zone': 'Đặc khu',
    },
    level: {
      province: 'Cấp tỉnh',
      district: 'Cấp huyện',
      commune: 'Cấp xã',
    },
    list: {
      current: 'Hiện hành',
      old: 'Trước ngày 01/07/2025',
    },
    mapping: {
      whole: 'Toàn bộ',
      partial: 'Một phần',
      advisory: 'Đơn vị mới được tra theo dữ liệu sắp xếp đơn vị hành chính năm 2025, chỉ có giá trị tham khảo; '
        + 'hãy đối chiếu với nghị quyết của Ủy ban Thường vụ Quốc hội trước khi dùng làm căn cứ pháp lý.',
    },
  },
  {
    kind: {
      municipality: 'Centrally governed city',
      province: 'Province',
      'urban-district': 'Urban district',
      'rural-district': 'Rural district',
      town: 'District-level town',
      'provincial-city': 'Provincial city',
      ward: 'Ward',
      commune: 'Commune',
      township: 'Township',
      'special-zone': 'Special zone',
    },
    level: {
      province: 'Provincial level',
      district: 'District level',
      commune: 'Commune level',
    },
    list: {
      current: 'Current',
      old: 'Before 1 July 2025',
    },
    mapping: {
      whole: 'Whole unit',
      partial: 'Part of the unit',
      advisory: 'The new unit comes from the 2025 reorganisation data and is for reference only; '
        + "check it against the National Assembly Standing Committee's resolution before relying on it legally.",
    },
  },
);

// Compile-time check: every kind and level has a text.
type Covers<Keys extends string, Texts extends Record<Keys, string>> = Texts;
type _UnitKindTexts = Covers<UnitKind, typeof unitMessages.vi.kind>;
type _UnitLevelTexts = Covers<UnitLevel, typeof unitMessages.vi.level>;

/** The message key of a kind's name: `unit.kind.ward`. */
export function unitKindMessageKey(kind: UnitKind): `unit.kind.${UnitKind}` {
  return `unit.kind.${kind}`;
}

/** The message key of a level's name: `unit.level.commune`. */
export function unitLevelMessageKey(level: UnitLevel): `unit.level.${UnitLevel}` {
  return `unit.level.${level}`;
}

/** The message key of a unit's list: `unit.list.current` or `unit.list.old`. */
export function unitListMessageKey(unit: { readonly current: boolean }): 'unit.list.current' | 'unit.list.old' {
  return unit.current ? 'unit.list.current' : 'unit.list.old';
}

/** The message key saying whether the whole old unit went in: `unit.mapping.whole` or `unit.mapping.partial`. */
export function unitMappingMessageKey(mapping: Pick<UnitMapping, 'whole'>): 'unit.mapping.whole' | 'unit.mapping.partial' {
  return mapping.whole ? 'unit.mapping.whole' : 'unit.mapping.partial';
}

/** The message key of the notice that the old→new mapping is advisory. */
export const unitMappingAdvisoryKey = 'unit.mapping.advisory';
