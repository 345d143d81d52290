/**
 * One Gregorian year of working days, computed once: the weekend, the statutory holidays, the
 * compensatory days, then the announced schedules on top, and a running count of working days
 * so that counting over the year is a lookup.
 * @module
 */
import { dayOfWeek, formatIsoDate, fromDayNumber, isLeapYear, parseIsoDate, toDayNumber, type IsoDate } from '../dates.js';
import { defaultPlacement, statutoryDays, type Placement } from './holidays.js';
import type { CalendarSchedule, ScheduleDay } from './schedules.js';

/**
 * Why a day is (or, for a swapped working day, is not) a day off:
 * - `public-holiday`: a holiday of the Labour Code (listed even when it falls on a weekend);
 * - `compensatory`: the next working day, given off because a holiday fell on a weekend (nghỉ bù);
 * - `announced-day-off`: a working day given off by an announcement, usually in a swap;
 * - `swapped-working-day`: a weekend day or holiday worked instead, by an announcement (làm bù).
 */
export type DayOffKind = 'public-holiday' | 'compensatory' | 'announced-day-off' | 'swapped-working-day';

/** A day of the holiday calendar. */
export interface Holiday {
  readonly date: IsoDate;
  /** The occasion, as a message key, e.g. `calendar.holiday.tet`; a compensatory day carries the holiday it makes up for. */
  readonly name: string;
  readonly kind: DayOffKind;
}

/** A computed year. Index `i` is day `firstDay + i` (days since 1970-01-01). */
export interface CalendarYear {
  readonly year: number;
  readonly firstDay: number;
  readonly working: Uint8Array;
  /** Working days among days 0…i of the year. */
  readonly cumulative: Int32Array;
  readonly holidays: readonly Holiday[];
  readonly holidayAt: ReadonlyMap<number, Holiday>;
}

/** Days since 1970-01-01 of a schedule date (already checked by `checkSchedule`). */
const dayOf = (date: IsoDate) => toDayNumber(parseIsoDate(date)!);

function placementFor(year: number, schedules: readonly CalendarSchedule[]): Placement {
  let { tet, nationalDay } = defaultPlacement(year);
  const inYear = (dates: readonly IsoDate[]) => dates.length > 0 && parseIsoDate(dates[0]!)?.year === year;
  for (const schedule of schedules) {
    if (schedule.tet && inYear(schedule.tet)) tet = schedule.tet.map(dayOf);
    if (schedule.nationalDay && inYear(schedule.nationalDay)) nationalDay = schedule.nationalDay.map(dayOf);
  }
  return { tet, nationalDay };
}

/** Computes `year` for a weekend given as a bit mask of weekdays (bit 0 = Sunday) and schedules applied in order. */
export function buildCalendarYear(year: number, weekendMask: number, schedules: readonly CalendarSchedule[]): CalendarYear {
  const firstDay = toDayNumber({ year, month: 1, day: 1 });
  const length = isLeapYear(year) ? 366 : 365;
  const firstWeekday = dayOfWeek({ year, month: 1, day: 1 });
  const isWeekend = (i: number) => ((weekendMask >> ((firstWeekday + i) % 7)) & 1) === 1;
  const off = Uint8Array.from({ length }, (_, i) => (isWeekend(i) ? 1 : 0));
  const holidayAt = new Map<number, Holiday>();
  const mark = (i: number, name: string, kind: DayOffKind, isOff: boolean) => {
    holidayAt.set(i, { date: formatIsoDate(fromDayNumber(firstDay + i)), name, kind });
    off[i] = isOff ? 1 : 0;
  };

  const statutory = statutoryDays(year, placementFor(year, schedules))
    .map(({ day, name }) => ({ i: day - firstDay, name }))
    .filter(({ i }, k, all) => all.findIndex((other) => other.i === i) === k); // two occasions on one day give one day off
  for (const { i, name } of statutory) mark(i, name, 'public-holiday', true);
  for (const { i, name } of statutory) {
    if (!isWeekend(i)) continue;
    let next = i + 1;
    while (next < length && off[next] === 1) next += 1;
    if (next < length) mark(next, name, 'compensatory', true);
  }

  const indexInYear = (entry: ScheduleDay) => {
    const i = dayOf(entry.date) - firstDay;
    return i >= 0 && i < length ? i : undefined;
  };
  for (const schedule of schedules) {
    for (const entry of schedule.daysOff ?? []) {
      const i = indexInYear(entry);
      if (i !== undefined && off[i] === 0) mark(i, entry.name, 'announced-day-off', true);
    }
    for (const entry of schedule.workingDays ?? []) {
      const i = indexInYear(entry);
      if (i !== undefined && off[i] === 1) mark(i, entry.name, 'swapped-working-day', false);
    }
  }

  const working = off.map((o) => 1 - o);
  const cumulative = new Int32Array(length);
  let count = 0;
  working.forEach((w, i) => { count += w; cumulative[i] = count; });
  const holidays = [...holidayAt.entries()].sort(([a], [b]) => a - b).map(([, h]) => Object.freeze(h));
  return { year, firstDay, working, cumulative, holidays, holidayAt };
}
