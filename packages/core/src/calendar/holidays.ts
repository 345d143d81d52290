/**
 * The public holidays the Labour Code fixes (Bộ luật Lao động 2019, Art. 112(1)), and where the
 * rules place the days the Prime Minister chooses each year (Art. 112(3): the five Tết days and
 * the day adjacent to 2 September) when no announcement says otherwise.
 * @module
 */
import { dayOfWeek, fromDayNumber, toDayNumber } from '../dates.js';
import { lunarDayNumber } from './lunar.js';

/** The occasions of the statutory holidays. */
export const holidayNames = ['new-year', 'tet', 'hung-kings', 'reunification', 'labour-day', 'national-day'] as const;

/** An occasion of a statutory holiday. */
export type HolidayName = (typeof holidayNames)[number];

/** The message key of an occasion, e.g. `calendar.holiday.tet`. */
export type HolidayKey = `calendar.holiday.${HolidayName}`;

/** The message key of an occasion. */
export function holidayKey(name: HolidayName): HolidayKey {
  return `calendar.holiday.${name}`;
}

/** A statutory holiday: a day (days since 1970-01-01) and its occasion. */
export interface StatutoryDay {
  readonly day: number;
  readonly name: HolidayKey;
}

/** Where the days the Prime Minister decides fall in a year, as days since 1970-01-01. */
export interface Placement {
  readonly tet: readonly number[];
  readonly nationalDay: readonly number[];
}

// Which Labour Code applies. Confidence M (from memory of the codes, not re-checked against the texts):
// Labour Code 1994 Art. 73: Tết 4 days, National Day 1 day; Law 84/2007/QH11 (in force 2 Apr 2007)
// added the Hùng Kings' day; Labour Code 2012 Art. 115 (in force 1 May 2013): Tết 5 days;
// Labour Code 2019 Art. 112 (in force 1 Jan 2021, V): National Day 2 days.
const FIRST_YEAR_WITH_HUNG_KINGS = 2007;
const FIRST_YEAR_WITH_FIVE_DAY_TET = 2014;
const FIRST_YEAR_WITH_TWO_DAY_NATIONAL_DAY = 2021;

const day = (year: number, month: number, dayOfMonth: number) => toDayNumber({ year, month, day: dayOfMonth });

/**
 * The rule's Tết: the last two days of the old lunar year and the first three of the new (the
 * placement announced for 2021, 2023, 2024 and 2025; in 2022 and 2026 the Government chose one day
 * before and four after, which with the compensatory day gives the same days off). Before 2014 Tết
 * lasted four days: the last day of the old year and the first three of the new.
 */
export function defaultTetDays(year: number): number[] {
  const tet = lunarDayNumber(year, 1, 1);
  const daysBefore = year >= FIRST_YEAR_WITH_FIVE_DAY_TET ? 2 : 1;
  return Array.from({ length: daysBefore + 3 }, (_, i) => tet - daysBefore + i);
}

/**
 * The rule's National Day: 2 September and, from 2021, the adjacent day on the side of the nearer
 * weekend: 1 September when 2 September is a Tuesday, Wednesday, Friday or Saturday, otherwise
 * 3 September. This reproduces every announcement from 2021 to 2026.
 */
export function defaultNationalDays(year: number): number[] {
  const second = day(year, 9, 2);
  if (year < FIRST_YEAR_WITH_TWO_DAY_NATIONAL_DAY) return [second];
  const takeFirst = [2, 3, 5, 6].includes(dayOfWeek(fromDayNumber(second)));
  return takeFirst ? [second - 1, second] : [second, second + 1];
}

/** The rule's placement for `year`. */
export function defaultPlacement(year: number): Placement {
  return { tet: defaultTetDays(year), nationalDay: defaultNationalDays(year) };
}

/** The statutory holidays of `year` in date order, with the Prime Minister's days placed as `placement` says. */
export function statutoryDays(year: number, placement: Placement): StatutoryDay[] {
  const days: StatutoryDay[] = [
    { day: day(year, 1, 1), name: 'calendar.holiday.new-year' },
    ...placement.tet.map((d) => ({ day: d, name: 'calendar.holiday.tet' as const })),
    { day: day(year, 4, 30), name: 'calendar.holiday.reunification' },
    { day: day(year, 5, 1), name: 'calendar.holiday.labour-day' },
    ...placement.nationalDay.map((d) => ({ day: d, name: 'calendar.holiday.national-day' as const })),
  ];
  if (year >= FIRST_YEAR_WITH_HUNG_KINGS) days.push({ day: lunarDayNumber(year, 3, 10), name: 'calendar.holiday.hung-kings' });
  return days.sort((a, b) => a.day - b.day);
}
