/**
 * The Vietnamese lunisolar calendar (âm lịch), computed for UTC+7, the meridian 105°E.
 *
 * Vietnam and China use the same rules but different meridians: a new moon shortly before
 * midnight in Vietnam is already the next day in China (UTC+8), so the month starts a day earlier
 * here, and a leap month can move with it: Tết 1985 was 21 Jan in Vietnam and 20 Feb in China. Calendars printed in
 * Vietnam before 1968 (before 1975 in the South) followed UTC+8, so for those years this calendar
 * can differ by a day from what was printed then.
 *
 * Checked month by month against Hồ Ngọc Đức's precomputed tables for 1968–2100: they agree except
 * for one month boundary in each of 2054, 2072 and 2077, where a new moon falls within two minutes
 * of midnight and the day depends on the precision of the series and on ΔT (not known that far
 * ahead); none of them moves Tết or the Hùng Kings' day.
 * @module
 */
import { formatIsoDate, fromDayNumber, toCivilDate, toDayNumber, type CivilDate, type IsoDate } from '../dates.js';
import { Lunisolar, type LunarMonthSpan } from './lunisolar.js';

/** A date in the Vietnamese lunar calendar. `year` is the Gregorian year in which that lunar year's Tết falls. */
export interface LunarDate {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–30. */
  day: number;
  /** Whether the month is the leap (nhuận) repetition of `month`. */
  leap: boolean;
}

/** One month of a lunar year. */
export interface LunarMonth {
  year: number;
  month: number;
  leap: boolean;
  /** Its first day (mùng 1) in the Gregorian calendar. */
  start: IsoDate;
  /** 29 (tháng thiếu) or 30 (tháng đủ). */
  length: number;
}

/** First and last Gregorian years the conversions accept. */
export const LUNAR_CALENDAR_YEARS = { first: 1800, last: 2199 } as const;

const VIETNAM_OFFSET_HOURS = 7;
const vietnam = new Lunisolar(VIETNAM_OFFSET_HOURS);

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_CALENDAR_YEARS.first || year > LUNAR_CALENDAR_YEARS.last) {
    throw new RangeError(`Year ${year} is outside ${LUNAR_CALENDAR_YEARS.first}–${LUNAR_CALENDAR_YEARS.last}`);
  }
}

/**
 * The Vietnamese lunar date of a day. A `Date` is an instant and is read as the date in Vietnam.
 * @example solarToLunar('2025-01-29') // { year: 2025, month: 1, day: 1, leap: false } (Tết Ất Tỵ)
 * @throws RangeError for an invalid date or one outside {@link LUNAR_CALENDAR_YEARS}.
 */
export function solarToLunar(date: Date | IsoDate | CivilDate): LunarDate {
  const civil = toCivilDate(date);
  checkYear(civil.year);
  const { month, dayOfMonth } = vietnam.locate(toDayNumber(civil), civil.year);
  return { year: month.year, month: month.month, day: dayOfMonth, leap: month.leap };
}

/**
 * The Gregorian date of a Vietnamese lunar date, or `undefined` when that date does not exist:
 * day 30 of a 29-day month, or a leap month in a year that has none or a different one.
 * `leap` defaults to `false`.
 * @example lunarToSolar({ year: 2025, month: 3, day: 10 }) // '2025-04-07' (Giỗ Tổ Hùng Vương)
 * @throws RangeError when a field is not an integer in its range (month 1–12, day 1–30, year in
 * {@link LUNAR_CALENDAR_YEARS}): a malformed input, as opposed to a well-formed date that does not exist.
 */
export function lunarToSolar({ year, month, day, leap = false }: Omit<LunarDate, 'leap'> & { leap?: boolean }): IsoDate | undefined {
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Lunar month ${month} is not 1–12`);
  if (!Number.isInteger(day) || day < 1 || day > 30) throw new RangeError(`Lunar day ${day} is not 1–30`);
  const span = vietnam.find(year, month, leap);
  if (!span || day > span.length) return undefined;
  return formatIsoDate(fromDayNumber(span.start + day - 1));
}

/** Days since 1970-01-01 of day `day` of (non-leap) month `month` of lunar year `year`; for the holiday rules. */
export function lunarDayNumber(year: number, month: number, day: number): number {
  checkYear(year);
  const span = vietnam.find(year, month, false);
  if (!span) throw new RangeError(`Lunar year ${year} has no month ${month}`);
  return span.start + day - 1;
}

/**
 * The months of lunar year `year` in order, from month 1 to month 12, with the leap month after the
 * month it repeats: 12 or 13 entries.
 * @throws RangeError for a year outside {@link LUNAR_CALENDAR_YEARS}.
 */
export function lunarMonthsOf(year: number): LunarMonth[] {
  checkYear(year);
  const spans: LunarMonthSpan[] = [...vietnam.monthsBetweenSolstices(year), ...vietnam.monthsBetweenSolstices(year + 1)];
  return spans.filter((m) => m.year === year).map((m) => ({
    year: m.year, month: m.month, leap: m.leap, start: formatIsoDate(fromDayNumber(m.start)), length: m.length,
  }));
}
