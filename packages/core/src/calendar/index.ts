/**
 * The working-day calendar: the Vietnamese lunar calendar (UTC+7), the Labour Code's public
 * holidays with compensatory days, the Government's announced schedules, and working-day arithmetic
 * for deadlines.
 * @module
 */
export { solarToLunar, lunarToSolar, lunarMonthsOf, LUNAR_CALENDAR_YEARS, type LunarDate, type LunarMonth } from './lunar.js';
export { holidayNames, holidayKey, type HolidayName, type HolidayKey } from './holidays.js';
export type { DayOffKind, Holiday } from './calendar-year.js';
export { governmentSchedules, type CalendarSchedule, type ScheduleDay } from './schedules.js';
export {
  isWorkingDay, addWorkingDays, workingDaysBetween, holidaysOf, holidayOn, WORKING_CALENDAR_YEARS, type WorkingDayOptions,
} from './working-days.js';
