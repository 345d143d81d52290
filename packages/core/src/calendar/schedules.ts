/**
 * The Government's announced holiday schedules for civil servants (công chức, viên chức) with a
 * Saturday–Sunday weekend: where the five Tết days and the second National Day fall, and the days
 * swapped (a working day given off, a Saturday worked in exchange). They override the rules.
 * @module
 */
import { parseIsoDate, type IsoDate } from '../dates.js';
import { holidayKey } from './holidays.js';

/** A day in an announced schedule and the occasion it belongs to, as a message key (e.g. `calendar.holiday.tet`). */
export interface ScheduleDay {
  date: IsoDate;
  name: string;
}

/**
 * An announced schedule: the Government's for a year, or an agency's or province's own.
 * Every field is optional; what a schedule gives replaces what the rules or an earlier schedule say.
 */
export interface CalendarSchedule {
  /** The statutory Tết days as placed by the announcement (five from 2014; all in one Gregorian year). */
  tet?: readonly IsoDate[];
  /** 2 September and the adjacent day chosen (two from 2021). */
  nationalDay?: readonly IsoDate[];
  /** Working days given off (kind `announced-day-off`); a day that is already off stays as it is. */
  daysOff?: readonly ScheduleDay[];
  /** Days off that are worked instead (kind `swapped-working-day`), e.g. the Saturday of a swap. */
  workingDays?: readonly ScheduleDay[];
  /** Where the announcement was published, for people who check. */
  source?: string;
}

const newYear = holidayKey('new-year');
const reunification = holidayKey('reunification');
const nationalDay = holidayKey('national-day');

/**
 * The Government's schedules for 2024–2026, checked against the press reports of the announcements
 * (confidence: high unless noted). Compensatory days (a holiday on a weekend is made up on the next
 * working day) come from the rule and are not repeated here. 2021–2023 are not listed: the rules
 * alone reproduce their announced schedules.
 *
 * Not included: 24 November, "Ngày Văn hóa Việt Nam". The Politburo's Resolution 80-NQ/TW (Jan 2026)
 * made it a paid day off in principle and the Government's Resolution 30/NQ-CP (Feb 2026) asks for
 * Art. 112(1) of the Labour Code to be amended; no enacted amendment was found (checked against
 * reports to Feb 2026). Once enacted, add it to the statutory rules; until then an agency can pass
 * it in `options.schedules`.
 */
export const governmentSchedules: readonly CalendarSchedule[] = [
  {
    // Tết 8–14 Feb (5 days from 29 Chạp, 10–11 Feb on the weekend are made up on 13–14 Feb);
    // National Day 31 Aug – 3 Sep. Approved by the Prime Minister, reported by VNA/VNS 2023-11-05.
    tet: ['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12'],
    nationalDay: ['2024-09-02', '2024-09-03'],
    // 27 Apr – 1 May: Mon 29 Apr off, Sat 4 May worked. Government Office letter 2450/VPCP-KGVX of 2024-04-12.
    daysOff: [{ date: '2024-04-29', name: reunification }],
    workingDays: [{ date: '2024-05-04', name: reunification }],
    source: 'Thủ tướng Chính phủ (VNS 2023-11-05); Công văn 2450/VPCP-KGVX ngày 12/4/2024',
  },
  {
    // Tết 25 Jan – 2 Feb: the five days are Mon 27 – Fri 31 Jan (28 Chạp – mùng 3), no swap.
    // National Day 30 Aug – 2 Sep. Approved by the Prime Minister, reported 2024-11-26 (SGGP, VNS).
    tet: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
    nationalDay: ['2025-09-01', '2025-09-02'],
    // 30 Apr – 4 May: Fri 2 May off, Sat 26 Apr worked (VietnamPlus/TTXVN, 2025).
    daysOff: [{ date: '2025-05-02', name: reunification }],
    workingDays: [{ date: '2025-04-26', name: reunification }],
    source: 'Thủ tướng Chính phủ (SGGP 2024-11-27); hoán đổi 2/5 ↔ 26/4/2025 (TTXVN)',
  },
  {
    // Tết 14–22 Feb: the five days are Mon 16 – Fri 20 Feb (29 Chạp – mùng 4). National Day
    // 29 Aug – 2 Sep with Mon 31 Aug off and Sat 22 Aug worked. Prime Minister's approval reported
    // 2025-10-13 (Tiền Phong); the swap as announced by the Ministry of Home Affairs (VNS 2025-10-17;
    // one report, confidence medium-high).
    tet: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
    nationalDay: ['2026-09-01', '2026-09-02'],
    // New Year 1–4 Jan: Fri 2 Jan off, Sat 10 Jan worked. Government Office letter 12729/VPCP-KGVX of 2025-12-25.
    daysOff: [{ date: '2026-01-02', name: newYear }, { date: '2026-08-31', name: nationalDay }],
    workingDays: [{ date: '2026-01-10', name: newYear }, { date: '2026-08-22', name: nationalDay }],
    source: 'Thủ tướng Chính phủ (Tiền Phong 2025-10-13); Bộ Nội vụ (VNS 2025-10-17); Công văn 12729/VPCP-KGVX ngày 25/12/2025',
  },
];

/**
 * Checks that every date of `schedule` is a real `YYYY-MM-DD` date and that its Tết days, and its
 * National Day days, each lie in one year.
 * @throws RangeError naming the first date that is not.
 */
export function checkSchedule(schedule: CalendarSchedule): void {
  const yearOf = (date: IsoDate) => {
    const civil = parseIsoDate(date);
    if (!civil) throw new RangeError(`Schedule date is not a real YYYY-MM-DD date: ${JSON.stringify(date)}`);
    return civil.year;
  };
  for (const dates of [schedule.tet, schedule.nationalDay]) {
    const years = new Set((dates ?? []).map(yearOf));
    if (years.size > 1) throw new RangeError(`Schedule days of one holiday span several years: ${dates?.join(', ')}`);
  }
  for (const entry of [...(schedule.daysOff ?? []), ...(schedule.workingDays ?? [])]) yearOf(entry.date);
}
