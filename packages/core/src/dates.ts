/**
 * Calendar dates as Vietnam lives them: civil dates in Asia/Ho_Chi_Minh (UTC+7, no daylight
 * saving since 1975), exchanged as ISO `YYYY-MM-DD` strings, with day arithmetic on a day count.
 * @module
 */

/** Vietnam's time zone. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Vietnam's offset from UTC in minutes (+7 h). */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

/** A calendar date written `YYYY-MM-DD`, e.g. `"2025-01-29"`. */
export type IsoDate = string;

/** A calendar date broken into its parts; `month` and `day` count from 1. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Number of days in `month` (1–12) of `year` in the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether the parts name a real Gregorian date (years 1–9999). */
export function isValidCivilDate({ year, month, day }: CivilDate): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)
    && year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Parses `YYYY-MM-DD`; returns `undefined` for anything else, including 2025-02-29. */
export function parseIsoDate(text: string): CivilDate | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidCivilDate(date) ? date : undefined;
}

/** Writes parts as `YYYY-MM-DD`. */
export function formatIsoDate({ year, month, day }: CivilDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 of a civil date (negative before); H. Hinnant's `days_from_civil`. */
export function toDayNumber({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The civil date `days` days after 1970-01-01; the inverse of {@link toDayNumber}. */
export function fromDayNumber(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CivilDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** The civil date in Vietnam at instant `instant`. */
export function vietnamDateOf(instant: Date): CivilDate {
  return fromDayNumber(Math.floor((instant.getTime() + VIETNAM_UTC_OFFSET_MINUTES * 60_000) / DAY_MS));
}

/** The hour (0–23) in Vietnam at instant `instant`. */
export function vietnamHourOf(instant: Date): number {
  const ms = instant.getTime() + VIETNAM_UTC_OFFSET_MINUTES * 60_000;
  return Math.floor((ms - Math.floor(ms / DAY_MS) * DAY_MS) / 3_600_000);
}

/**
 * Accepts what callers hold, an instant or an ISO date, and returns the civil date in Vietnam.
 * @throws RangeError when `value` is neither a valid `Date` nor a valid `YYYY-MM-DD`.
 */
export function toCivilDate(value: Date | IsoDate | CivilDate): CivilDate {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('Invalid Date');
    return vietnamDateOf(value);
  }
  if (typeof value === 'string') {
    const parsed = parseIsoDate(value);
    if (!parsed) throw new RangeError(`Not a date in YYYY-MM-DD form: ${JSON.stringify(value)}`);
    return parsed;
  }
  if (!isValidCivilDate(value)) throw new RangeError(`Not a real date: ${JSON.stringify(value)}`);
  return value;
}
