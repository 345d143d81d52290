import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addWorkingDays, dayOfWeek, formatIsoDate, fromDayNumber, holidayOn, holidaysOf, isWorkingDay,
  parseIsoDate, toDayNumber, workingDaysBetween, type MessageTree, type WorkingDayOptions,
} from '@egov-kit/core';
import { calendarMessages } from '@egov-kit/core/messages';

const dayNumber = (iso: string) => toDayNumber(parseIsoDate(iso)!);
const iso = (day: number) => formatIsoDate(fromDayNumber(day));

/** The ISO dates from `from` to `to`, inclusive. */
function range(from: string, to: string): string[] {
  return Array.from({ length: dayNumber(to) - dayNumber(from) + 1 }, (_, i) => iso(dayNumber(from) + i));
}

/** The days off (weekends included) between two dates, inclusive, as runs `first..last`. */
function daysOff(from: string, to: string, options?: WorkingDayOptions): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  for (const date of [...range(from, to), '']) {
    if (date && !isWorkingDay(date, options)) run.push(date);
    else if (run.length > 0) {
      runs.push(run.length === 1 ? run[0]! : `${run[0]}..${run.at(-1)}`);
      run = [];
    }
  }
  return runs;
}

const weekdaysOf = (year: number) => range(`${year}-01-01`, `${year}-12-31`)
  .filter((d) => ![0, 6].includes(dayOfWeek(parseIsoDate(d)!))).length;

describe('working days: the announced schedules for civil servants', () => {
  test('2024: Tết 8–14 Feb, 27 Apr – 1 May with Sat 4 May worked, National Day 31 Aug – 3 Sep', () => {
    assert.deepEqual(daysOff('2024-02-03', '2024-02-18'), ['2024-02-03..2024-02-04', '2024-02-08..2024-02-14', '2024-02-17..2024-02-18']);
    assert.deepEqual(daysOff('2024-04-27', '2024-05-05'), ['2024-04-27..2024-05-01', '2024-05-05']);
    assert.equal(isWorkingDay('2024-05-04'), true);
    assert.deepEqual(daysOff('2024-08-30', '2024-09-04'), ['2024-08-31..2024-09-03']);
  });

  test('2025: Tết 25 Jan – 2 Feb, 30 Apr – 4 May with Sat 26 Apr worked, National Day 30 Aug – 2 Sep', () => {
    assert.deepEqual(daysOff('2025-01-24', '2025-02-03'), ['2025-01-25..2025-02-02']);
    assert.deepEqual(daysOff('2025-04-25', '2025-05-05'), ['2025-04-27', '2025-04-30..2025-05-04']);
    assert.equal(isWorkingDay('2025-04-26'), true, 'Saturday worked in exchange for Fri 2 May');
    assert.equal(isWorkingDay('2025-04-07'), false, 'Hùng Kings\' day');
    assert.deepEqual(daysOff('2025-08-29', '2025-09-03'), ['2025-08-30..2025-09-02']);
  });

  test('2026: New Year 1–4 Jan (Sat 10 Jan worked), Tết 14–22 Feb, Hùng Kings 25–27 Apr, 29 Aug – 2 Sep (Sat 22 Aug worked)', () => {
    assert.deepEqual(daysOff('2026-01-01', '2026-01-11'), ['2026-01-01..2026-01-04', '2026-01-11']);
    assert.deepEqual(daysOff('2026-02-13', '2026-02-23'), ['2026-02-14..2026-02-22']);
    assert.deepEqual(daysOff('2026-04-24', '2026-05-04'), ['2026-04-25..2026-04-27', '2026-04-30..2026-05-03']);
    assert.deepEqual(daysOff('2026-08-21', '2026-09-03'), ['2026-08-23', '2026-08-29..2026-09-02']);
    assert.deepEqual(holidayOn('2026-04-27'), { date: '2026-04-27', name: 'calendar.holiday.hung-kings', kind: 'compensatory' });
  });

  test('holidaysOf lists each day with its occasion and kind', () => {
    assert.deepEqual(holidaysOf(2025).filter((h) => h.date >= '2025-04-01' && h.date <= '2025-05-31'), [
      { date: '2025-04-07', name: 'calendar.holiday.hung-kings', kind: 'public-holiday' },
      { date: '2025-04-26', name: 'calendar.holiday.reunification', kind: 'swapped-working-day' },
      { date: '2025-04-30', name: 'calendar.holiday.reunification', kind: 'public-holiday' },
      { date: '2025-05-01', name: 'calendar.holiday.labour-day', kind: 'public-holiday' },
      { date: '2025-05-02', name: 'calendar.holiday.reunification', kind: 'announced-day-off' },
    ]);
    assert.equal(holidaysOf(2025).filter((h) => h.name === 'calendar.holiday.tet').length, 5);
  });

  test('a year counts 250 working days in 2025', () => {
    assert.equal(workingDaysBetween('2024-12-31', '2025-12-31'), 250);
  });
});

describe('working days: the rules, for years without an announcement', () => {
  test('reproduce the announced schedules of 2021–2023', () => {
    assert.deepEqual(daysOff('2021-02-09', '2021-02-17'), ['2021-02-10..2021-02-16']);
    assert.deepEqual(daysOff('2021-04-29', '2021-05-04'), ['2021-04-30..2021-05-03']);
    assert.deepEqual(daysOff('2021-09-01', '2021-09-06'), ['2021-09-02..2021-09-05']);
    assert.deepEqual(daysOff('2022-01-28', '2022-02-07'), ['2022-01-29..2022-02-06']);
    assert.deepEqual(daysOff('2022-08-31', '2022-09-05'), ['2022-09-01..2022-09-04']);
    assert.deepEqual(daysOff('2023-01-19', '2023-01-27'), ['2023-01-20..2023-01-26']);
    assert.deepEqual(daysOff('2023-04-28', '2023-05-04'), ['2023-04-29..2023-05-03'], 'Hùng Kings on Sat, 30 Apr on Sun');
    assert.deepEqual(daysOff('2023-08-31', '2023-09-05'), ['2023-09-01..2023-09-04']);
  });

  test('a holiday on a weekend is made up on the next working day', () => {
    assert.deepEqual(holidaysOf(2022).slice(0, 2), [
      { date: '2022-01-01', name: 'calendar.holiday.new-year', kind: 'public-holiday' },
      { date: '2022-01-03', name: 'calendar.holiday.new-year', kind: 'compensatory' },
    ]);
  });

  test('every year from 2021 to 2199 has 11 public holidays and 11 weekday days off, net of swaps', () => {
    for (let year = 2021; year <= 2199; year += 1) {
      assert.equal(holidaysOf(year).filter((h) => h.kind === 'public-holiday').length, 11, `${year}`);
      assert.equal(weekdaysOf(year) - workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`), 11, `${year}`);
    }
  });
});

describe('working days: counting', () => {
  test('the day of receipt does not count', () => {
    assert.equal(addWorkingDays('2025-03-07', 3), '2025-03-12', 'received Fri, 3 working days → Wed');
    assert.equal(addWorkingDays('2025-01-24', 1), '2025-02-03', 'received before Tết 2025 → first day after it');
    assert.equal(addWorkingDays('2025-04-25', 3), '2025-04-29', 'the swapped Saturday 26 Apr counts');
    assert.equal(addWorkingDays('2026-02-13', 1), '2026-02-23');
    assert.equal(addWorkingDays('2025-02-03', -1), '2025-01-24');
  });

  test('n = 0 rolls a day off forward: a dossier submitted on a holiday counts from the next working day', () => {
    assert.equal(addWorkingDays('2025-03-07', 0), '2025-03-07');
    const received = addWorkingDays('2026-02-14', 0);
    assert.equal(received, '2026-02-23');
    assert.equal(addWorkingDays(received, 5), '2026-03-02');
  });

  test('an instant is read as the date in Vietnam', () => {
    assert.equal(isWorkingDay(new Date('2025-01-24T16:59:00Z')), true, '23:59 on Fri 24 Jan in Hà Nội');
    assert.equal(isWorkingDay(new Date('2025-01-26T17:30:00Z')), false, '00:30 on Mon 27 Jan, Tết');
    assert.equal(addWorkingDays({ year: 2025, month: 3, day: 7 }, 3), '2025-03-12');
  });

  test('workingDaysBetween counts the days after the first up to the last', () => {
    assert.equal(workingDaysBetween('2025-01-24', '2025-02-03'), 1);
    assert.equal(workingDaysBetween('2025-02-03', '2025-01-24'), -1);
    assert.equal(workingDaysBetween('2025-03-07', '2025-03-07'), 0);
    assert.equal(workingDaysBetween('2025-03-07', '2025-03-12'), 3);
    assert.equal(workingDaysBetween('2024-12-31', '2026-12-31'), 250 + workingDaysBetween('2025-12-31', '2026-12-31'));
  });

  test('invalid input is a RangeError', () => {
    assert.throws(() => addWorkingDays('2025-03-07', 1.5), RangeError);
    assert.throws(() => addWorkingDays('2025-03-07', Number.NaN), RangeError);
    assert.throws(() => isWorkingDay('1999-12-31'), RangeError);
    assert.throws(() => addWorkingDays('2199-12-30', 5), RangeError);
    assert.throws(() => isWorkingDay('2025-13-01'), RangeError);
    assert.throws(() => isWorkingDay('2025-03-07', { weekend: [0, 1, 2, 3, 4, 5, 6] }), RangeError);
    assert.throws(() => isWorkingDay('2025-03-07', { weekend: [7] }), RangeError);
    assert.throws(() => isWorkingDay('2025-03-07', { schedules: [{ daysOff: [{ date: '7/3/2025', name: 'x' }] }] }), RangeError);
    assert.throws(() => isWorkingDay('2025-03-07', { schedules: [{ workingDays: [{ date: '2025-02-29', name: 'x' }] }] }), RangeError);
    assert.throws(() => isWorkingDay('2025-03-07', { schedules: [{ nationalDay: ['2025-09-02', '2026-09-03'] }] }), RangeError);
  });
});

describe('working days: options', () => {
  test('an agency\'s own schedule adds days off and can override the Government\'s', () => {
    const options: WorkingDayOptions = {
      schedules: [{
        daysOff: [{ date: '2025-03-12', name: 'province.founding-day' }],
        workingDays: [{ date: '2025-05-02', name: 'calendar.holiday.reunification' }],
      }],
    };
    assert.equal(isWorkingDay('2025-03-12', options), false);
    assert.deepEqual(holidayOn('2025-03-12', options), { date: '2025-03-12', name: 'province.founding-day', kind: 'announced-day-off' });
    assert.equal(isWorkingDay('2025-05-02', options), true);
    assert.equal(addWorkingDays('2025-03-11', 1, options), '2025-03-13');
    assert.equal(isWorkingDay('2025-03-12'), true, 'the default calendar is unchanged');
    assert.equal(isWorkingDay('2025-05-02'), false);
  });

  test('a schedule can place Tết differently', () => {
    const tet = ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'];
    const options: WorkingDayOptions = { schedules: [{ tet }] };
    assert.deepEqual(holidaysOf(2027, options).filter((h) => h.name === 'calendar.holiday.tet').map((h) => `${h.date} ${h.kind}`), [
      ...tet.map((d) => `${d} public-holiday`), '2027-02-10 compensatory', '2027-02-11 compensatory',
    ]);
  });

  test('without the Government\'s schedules, swaps disappear and the rules remain', () => {
    const rulesOnly = { builtInSchedules: false };
    assert.equal(isWorkingDay('2025-04-26', rulesOnly), false);
    assert.equal(isWorkingDay('2025-05-02', rulesOnly), true);
    assert.equal(isWorkingDay('2025-01-27', rulesOnly), false, 'the rule places Tết 2025 as announced');
  });

  test('a Sunday-only weekend: Saturdays are worked, Sunday holidays made up on Monday', () => {
    const sundayOnly = { weekend: [0] };
    assert.equal(isWorkingDay('2025-03-08', sundayOnly), true);
    assert.equal(isWorkingDay('2026-04-27', sundayOnly), false, 'Hùng Kings 2026 is a Sunday');
    assert.equal(isWorkingDay('2025-04-26', sundayOnly), true);
    assert.equal(isWorkingDay('2025-05-02', sundayOnly), true, 'the civil service\'s swap does not apply');
    assert.deepEqual(daysOff('2022-04-29', '2022-05-04', sundayOnly), ['2022-04-30..2022-05-02'], '30 Apr on a working Saturday, 1 May on Sunday');
  });
});

describe('working days: properties', () => {
  const day = fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2150-12-31') }).map(iso);
  const weekend = fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 0, maxLength: 6 });

  test('addWorkingDays lands on a working day, n working days later', () => {
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 500 }), weekend, (start, n, weekendDays) => {
      const options = { weekend: weekendDays };
      const end = addWorkingDays(start, n, options);
      assert.equal(isWorkingDay(end, options), true);
      if (n >= 1) {
        assert.ok(end > start);
        assert.equal(workingDaysBetween(start, end, options), n);
      } else {
        assert.equal(end === start, isWorkingDay(start, options));
      }
    }));
  });

  test('addWorkingDays is strictly increasing in n and counting back undoes counting forward', () => {
    const later = fc.integer({ min: dayNumber('2002-01-01'), max: dayNumber('2150-12-31') }).map(iso);
    fc.assert(fc.property(later, fc.integer({ min: -300, max: 300 }), fc.integer({ min: 1, max: 60 }), (start, n, step) => {
      const from = addWorkingDays(start, 0);
      assert.ok(addWorkingDays(from, n) < addWorkingDays(from, n + step));
      assert.equal(addWorkingDays(addWorkingDays(from, n), -n), from);
    }));
  });

  test('workingDaysBetween is antisymmetric and additive', () => {
    fc.assert(fc.property(day, day, day, (a, b, c) => {
      assert.equal(workingDaysBetween(a, b), -workingDaysBetween(b, a) || 0);
      assert.equal(workingDaysBetween(a, b) + workingDaysBetween(b, c), workingDaysBetween(a, c));
    }));
  });

  test('holidaysOf agrees with isWorkingDay: every weekday off has an entry saying why', () => {
    for (const year of [2024, 2025, 2026, 2027, 2040]) {
      const entries = new Map(holidaysOf(year).map((h) => [h.date, h]));
      for (const date of range(`${year}-01-01`, `${year}-12-31`)) {
        const entry = entries.get(date);
        const weekendDay = [0, 6].includes(dayOfWeek(parseIsoDate(date)!));
        if (entry?.kind === 'swapped-working-day') assert.equal(isWorkingDay(date), true, date);
        else if (entry) assert.equal(isWorkingDay(date), false, date);
        else assert.equal(isWorkingDay(date), !weekendDay, date);
      }
    }
  });
});

describe('calendar messages', () => {
  const lookup = (tree: MessageTree, key: string) => key.split('.').reduce<MessageTree | string | undefined>(
    (node, part) => (typeof node === 'object' ? node[part] : undefined), tree);

  test('every name and kind the calendar gives has a text in Vietnamese and English', () => {
    const keys = new Set([2024, 2025, 2026, 2030].flatMap((y) => holidaysOf(y).flatMap((h) => [h.name, `calendar.kind.${h.kind}`])));
    assert.ok(keys.size >= 10);
    for (const key of keys) {
      const path = key.replace(/^calendar\./, '');
      for (const locale of ['vi', 'en'] as const) {
        const text = lookup(calendarMessages[locale], path);
        assert.equal(typeof text, 'string', `${locale}: ${key}`);
        assert.equal(text, (text as string).normalize('NFC'));
      }
    }
    assert.equal(lookup(calendarMessages.vi, 'holiday.hung-kings'), 'Giỗ Tổ Hùng Vương');
  });
});
