/**
 * Working days in Vietnam: weekends, the Labour Code's holidays with their compensatory days, and
 * the Government's announced schedules. Each year is computed once per set of options and cached.
 * @module
 */
import { formatIsoDate, fromDayNumber, toCivilDate, toDayNumber, type CivilDate, type IsoDate } from '../dates.js';
import { buildCalendarYear, type CalendarYear, type Holiday } from './calendar-year.js';
import { checkSchedule, governmentSchedules, type CalendarSchedule } from './schedules.js';

/** How to count working days. */
export interface WorkingDayOptions {
  /**
   * The weekly days off, 0 = Sunday … 6 = Saturday. Default `[6, 0]`: Saturday and Sunday, the
   * week of civil servants (Decision 188/1999/QĐ-TTg). A holiday on one of them is made up on the
   * next working day.
   */
  weekend?: readonly number[];
  /**
   * Announcements to apply after the Government's: an agency's or a province's own days off and
   * swapped days. Later schedules override earlier ones. Treated as data: pass the same content,
   * get the same cached calendar.
   */
  schedules?: readonly CalendarSchedule[];
  /**
   * Whether to apply {@link governmentSchedules}. They are written for a Saturday–Sunday weekend, so
   * the default is `true` with the default weekend and `false` with any other.
   */
  builtInSchedules?: boolean;
}

/** First and last years the working-day calendar covers (Saturday became a day off in the civil service in Oct 1999). */
export const WORKING_CALENDAR_YEARS = { first: 2000, last: 2199 } as const;

const SATURDAY_AND_SUNDAY = (1 << 6) | (1 << 0);
const MAX_CACHED_CALENDARS = 32;

class WorkingCalendar {
  private readonly years = new Map<number, CalendarYear>();

  constructor(private readonly weekendMask: number, private readonly schedules: readonly CalendarSchedule[]) {}

  year(y: number): CalendarYear {
    let computed = this.years.get(y);
    if (!computed) {
      if (!(y >= WORKING_CALENDAR_YEARS.first && y <= WORKING_CALENDAR_YEARS.last)) {
        throw new RangeError(`Year ${y} is outside the working-day calendar (${WORKING_CALENDAR_YEARS.first}–${WORKING_CALENDAR_YEARS.last})`);
      }
      computed = buildCalendarYear(y, this.weekendMask, this.schedules);
      this.years.set(y, computed);
    }
    return computed;
  }

  /** The computed year holding `day` and the day's index in it. */
  locate(day: number): { year: CalendarYear; index: number } {
    const year = this.year(fromDayNumber(day).year);
    return { year, index: day - year.firstDay };
  }
}

const calendars = new Map<string, WorkingCalendar>();

function weekendMaskOf(weekend: readonly number[] | undefined): number {
  if (!weekend) return SATURDAY_AND_SUNDAY;
  let mask = 0;
  for (const d of weekend) {
    if (!Number.isInteger(d) || d < 0 || d > 6) throw new RangeError(`Weekend day ${d} is not 0 (Sunday) … 6 (Saturday)`);
    mask |= 1 << d;
  }
  if (mask === 0b1111111) throw new RangeError('A week needs at least one working day');
  return mask;
}

function calendarFor(options: WorkingDayOptions | undefined): WorkingCalendar {
  const mask = weekendMaskOf(options?.weekend);
  const builtIn = options?.builtInSchedules ?? mask === SATURDAY_AND_SUNDAY;
  const own = options?.schedules ?? [];
  const key = `${mask}|${builtIn}|${own.length > 0 ? JSON.stringify(own) : ''}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    own.forEach(checkSchedule);
    if (calendars.size >= MAX_CACHED_CALENDARS) calendars.delete(calendars.keys().next().value!);
    calendar = new WorkingCalendar(mask, [...(builtIn ? governmentSchedules : []), ...own]);
    calendars.set(key, calendar);
  }
  return calendar;
}

const dayNumberOf = (date: Date | IsoDate | CivilDate) => toDayNumber(toCivilDate(date));
const isoOf = (day: number) => formatIsoDate(fromDayNumber(day));

/** The index of the `count`-th working day of `year` (the first index whose running count reaches `count`). */
function indexOfWorkingDay(year: CalendarYear, count: number): number {
  let lo = 0;
  let hi = year.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (year.cumulative[mid]! >= count) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const totalOf = (year: CalendarYear) => year.cumulative[year.cumulative.length - 1]!;

/**
 * Whether `date` is a working day: not a weekend day, holiday, compensatory or announced day off,
 * or a weekend day announced as worked. A `Date` is an instant, read as the date in Vietnam.
 * @throws RangeError for an invalid date or one outside {@link WORKING_CALENDAR_YEARS}.
 */
export function isWorkingDay(date: Date | IsoDate | CivilDate, options?: WorkingDayOptions): boolean {
  const { year, index } = calendarFor(options).locate(dayNumberOf(date));
  return year.working[index] === 1;
}

/**
 * The date `n` working days after `start`, counted as one-stop shops count an appointment date:
 * `start` itself does not count, the next working day is day 1. So with `n` ≥ 1 the result is the
 * `n`-th working day after `start` (for a dossier received on a Friday with a 3-working-day
 * deadline: the next Wednesday). A negative `n` counts back: the `|n|`-th working day before `start`.
 *
 * `n` = 0 returns `start` when it is a working day and otherwise the next working day: the day a
 * dossier submitted on a weekend or holiday counts as received. For such a dossier the deadline is
 * `addWorkingDays(addWorkingDays(submitted, 0), days)`.
 *
 * The result is always a working day.
 * @throws RangeError when `n` is not an integer, or for dates outside {@link WORKING_CALENDAR_YEARS}.
 */
export function addWorkingDays(start: Date | IsoDate | CivilDate, n: number, options?: WorkingDayOptions): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`The number of working days must be an integer, not ${n}`);
  const calendar = calendarFor(options);
  const startDay = dayNumberOf(start);
  const located = calendar.locate(startDay);
  const { index } = located;
  let { year } = located;
  if (n === 0) {
    if (year.working[index] === 1) return isoOf(startDay);
    n = 1;
  }
  // The ordinal, within `year`, of the working day wanted; move year by year until it falls inside one.
  let ordinal = n > 0 ? year.cumulative[index]! + n : year.cumulative[index]! - year.working[index]! + n + 1;
  while (ordinal > totalOf(year)) {
    ordinal -= totalOf(year);
    year = calendar.year(year.year + 1);
  }
  while (ordinal <= 0) {
    year = calendar.year(year.year - 1);
    ordinal += totalOf(year);
  }
  return isoOf(year.firstDay + indexOfWorkingDay(year, ordinal));
}

/**
 * The number of working days after `from` up to and including `to`, so that
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every `n` ≥ 1. Negative when `to` is
 * before `from` (`workingDaysBetween(a, b) === -workingDaysBetween(b, a)`); 0 when they are equal.
 * @throws RangeError for dates outside {@link WORKING_CALENDAR_YEARS}.
 */
export function workingDaysBetween(from: Date | IsoDate | CivilDate, to: Date | IsoDate | CivilDate, options?: WorkingDayOptions): number {
  const calendar = calendarFor(options);
  const a = dayNumberOf(from);
  const b = dayNumberOf(to);
  if (a > b) return 0 - workingDaysBetween(to, from, options); // 0 - 0 is +0, unlike -0
  const start = calendar.locate(a);
  const end = calendar.locate(b);
  let count = end.year.cumulative[end.index]! - start.year.cumulative[start.index]!;
  for (let y = start.year.year; y < end.year.year; y += 1) count += totalOf(calendar.year(y));
  return count;
}

/**
 * The holiday calendar of `year` in date order: public holidays (also those on a weekend),
 * compensatory days, announced days off and swapped working days, each with its occasion's message key.
 * @throws RangeError for a year outside {@link WORKING_CALENDAR_YEARS}.
 */
export function holidaysOf(year: number, options?: WorkingDayOptions): Holiday[] {
  return [...calendarFor(options).year(year).holidays];
}

/** The holiday-calendar entry for `date`, if it has one (see {@link holidaysOf}). */
export function holidayOn(date: Date | IsoDate | CivilDate, options?: WorkingDayOptions): Holiday | undefined {
  const { year, index } = calendarFor(options).locate(dayNumberOf(date));
  return year.holidayAt.get(index);
}
