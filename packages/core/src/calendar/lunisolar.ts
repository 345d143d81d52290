/**
 * The lunisolar calendar computed for a given meridian (Hồ Ngọc Đức's method): a month starts on
 * the local day of a new moon; month 11 is the one holding the winter solstice; a "year" from one
 * month 11 to the next with 13 months repeats, as a leap month, the first month that holds no
 * major solar term. Internal: the public API in `lunar.ts` fixes the meridian at UTC+7.
 * @module
 */
import { newMoonDay, newMoonIndexBefore, newMoonIndexNear, sunSector, SYNODIC_MONTH, UNIX_EPOCH_JDN } from './astronomy.js';

/** One lunar month: where it starts (days since 1970-01-01) and how long it is. */
export interface LunarMonthSpan {
  /** The lunar year it belongs to, named by the Gregorian year in which its month 1 starts. */
  readonly year: number;
  readonly month: number;
  readonly leap: boolean;
  readonly start: number;
  readonly length: number;
}

const WINTER_SOLSTICE_SECTOR = 9;

/** A lunisolar calendar for one UTC offset, caching the months of each solstice-to-solstice span. */
export class Lunisolar {
  private readonly monthElevenCache = new Map<number, number>();
  private readonly spanCache = new Map<number, readonly LunarMonthSpan[]>();

  constructor(private readonly offsetHours: number) {}

  /**
   * The months from month 11 of lunar year `y - 1` up to (not including) month 11 of lunar year `y`:
   * 12 or 13 of them, each tagged with its lunar year, number and leap flag.
   */
  monthsBetweenSolstices(y: number): readonly LunarMonthSpan[] {
    let months = this.spanCache.get(y);
    if (!months) {
      months = this.computeMonths(y);
      this.spanCache.set(y, months);
    }
    return months;
  }

  /** The month containing day `day` (days since 1970-01-01) and the day's number in it (1-based). */
  locate(day: number, gregorianYear: number): { month: LunarMonthSpan; dayOfMonth: number } {
    const y = day + UNIX_EPOCH_JDN >= this.monthEleven(gregorianYear) ? gregorianYear + 1 : gregorianYear;
    const months = this.monthsBetweenSolstices(y);
    let month = months[0]!;
    for (const candidate of months) if (candidate.start <= day) month = candidate;
    return { month, dayOfMonth: day - month.start + 1 };
  }

  /** The month `month` (leap or not) of lunar year `year`, if that year has it. */
  find(year: number, month: number, leap: boolean): LunarMonthSpan | undefined {
    for (const y of [year, year + 1]) {
      const found = this.monthsBetweenSolstices(y).find((m) => m.year === year && m.month === month && m.leap === leap);
      if (found) return found;
    }
    return undefined;
  }

  /** Julian Day Number of the start of the month holding the winter solstice of Gregorian year `y`. */
  private monthEleven(y: number): number {
    let start = this.monthElevenCache.get(y);
    if (start === undefined) {
      const lastDayOfYear = Date.UTC(y, 11, 31) / 86_400_000 + UNIX_EPOCH_JDN;
      const k = newMoonIndexBefore(lastDayOfYear);
      start = newMoonDay(k, this.offsetHours);
      if (sunSector(start, this.offsetHours) >= WINTER_SOLSTICE_SECTOR) start = newMoonDay(k - 1, this.offsetHours);
      this.monthElevenCache.set(y, start);
    }
    return start;
  }

  private computeMonths(y: number): LunarMonthSpan[] {
    const from = this.monthEleven(y - 1);
    const to = this.monthEleven(y);
    const k = newMoonIndexNear(from);
    const count = Math.round((to - from) / SYNODIC_MONTH);
    const leapIndex = count === 13 ? this.leapIndex(k) : -1;
    const starts = Array.from({ length: count }, (_, i) => (i === 0 ? from : newMoonDay(k + i, this.offsetHours)));
    return starts.map((start, i) => {
      const ordinal = leapIndex >= 0 && i >= leapIndex ? i - 1 : i; // 0 = month 11
      const month = ((ordinal + 10) % 12) + 1;
      const end = starts[i + 1] ?? to;
      return {
        year: ordinal < 2 ? y - 1 : y,
        month,
        leap: i === leapIndex,
        start: start - UNIX_EPOCH_JDN,
        length: end - start,
      };
    });
  }

  /** Index, counted from month 11, of the first month with no major solar term (the sun stays in one sector). */
  private leapIndex(monthElevenK: number): number {
    let i = 1;
    let sector = sunSector(newMoonDay(monthElevenK + i, this.offsetHours), this.offsetHours);
    for (;;) {
      const next = sunSector(newMoonDay(monthElevenK + i + 1, this.offsetHours), this.offsetHours);
      if (next === sector || i >= 13) return i;
      sector = next;
      i += 1;
    }
  }
}
