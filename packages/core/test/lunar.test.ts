import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatIsoDate, fromDayNumber, lunarMonthsOf, lunarToSolar, parseIsoDate, solarToLunar, toDayNumber } from '@egov-kit/core';

const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
const tetOf = (year: number) => lunarToSolar({ year, month: 1, day: 1 });

describe('lunar calendar: known dates', () => {
  test('Tết of recent years', () => {
    assert.equal(tetOf(2024), '2024-02-10');
    assert.equal(tetOf(2025), '2025-01-29');
    assert.equal(tetOf(2026), '2026-02-17');
  });

  test('computed for UTC+7: the years where Vietnam and China differ', () => {
    assert.equal(tetOf(1985), '1985-01-21', 'China (UTC+8) celebrated on 20 Feb 1985');
    assert.equal(tetOf(2007), '2007-02-17', 'China celebrated on 18 Feb 2007');
    assert.equal(tetOf(1968), '1968-01-29', 'the North, on UTC+7 from 1968; the South (UTC+8) had 30 Jan');
  });

  test('Hùng Kings\' day and mid-autumn 2025', () => {
    assert.equal(lunarToSolar({ year: 2025, month: 3, day: 10 }), '2025-04-07');
    assert.equal(lunarToSolar({ year: 2025, month: 8, day: 15, leap: false }), '2025-10-06');
    assert.deepEqual(solarToLunar('2025-10-06'), { year: 2025, month: 8, day: 15, leap: false });
  });

  test('2023 has a leap 2nd month, from 22 Mar to 19 Apr', () => {
    const months = lunarMonthsOf(2023);
    assert.equal(months.length, 13);
    assert.deepEqual(months.slice(1, 4).map(({ month, leap, start, length }) => ({ month, leap, start, length })), [
      { month: 2, leap: false, start: '2023-02-20', length: 30 },
      { month: 2, leap: true, start: '2023-03-22', length: 29 },
      { month: 3, leap: false, start: '2023-04-20', length: 29 },
    ]);
    assert.deepEqual(solarToLunar('2023-04-19'), { year: 2023, month: 2, day: 29, leap: true });
    assert.equal(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true }), '2023-03-22');
  });

  test('an instant is read as the date in Vietnam', () => {
    assert.deepEqual(solarToLunar(new Date('2025-01-28T17:00:00Z')), { year: 2025, month: 1, day: 1, leap: false });
    assert.deepEqual(solarToLunar(new Date('2025-01-28T16:59:59Z')), { year: 2024, month: 12, day: 29, leap: false });
    assert.deepEqual(solarToLunar({ year: 2025, month: 1, day: 29 }), { year: 2025, month: 1, day: 1, leap: false });
  });

  test('a date that does not exist is undefined; a malformed one is a RangeError', () => {
    assert.equal(lunarMonthsOf(2024).find((m) => m.month === 12)?.length, 29);
    assert.equal(lunarToSolar({ year: 2024, month: 12, day: 30 }), undefined, '12/2024 has 29 days');
    assert.equal(lunarToSolar({ year: 2025, month: 2, day: 1, leap: true }), undefined, '2025 leaps month 6, not 2');
    assert.equal(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true }), '2025-07-25');
    assert.throws(() => lunarToSolar({ year: 2025, month: 13, day: 1 }), RangeError);
    assert.throws(() => lunarToSolar({ year: 2025, month: 1, day: 31 }), RangeError);
    assert.throws(() => lunarToSolar({ year: 2025.5, month: 1, day: 1 }), RangeError);
    assert.throws(() => lunarToSolar({ year: 1700, month: 1, day: 1 }), RangeError);
    assert.throws(() => solarToLunar('2300-01-01'), RangeError);
    assert.throws(() => solarToLunar('2025-02-30'), RangeError);
  });
});

describe('lunar calendar: consistency over 1900–2100', () => {
  test('every day converts to a lunar date and back', () => {
    const from = toDayNumber({ year: FIRST_YEAR, month: 1, day: 1 });
    const to = toDayNumber({ year: LAST_YEAR, month: 12, day: 31 });
    let previous = solarToLunar(formatIsoDate(fromDayNumber(from - 1)));
    for (let day = from; day <= to; day += 1) {
      const iso = formatIsoDate(fromDayNumber(day));
      const lunar = solarToLunar(iso);
      assert.equal(lunarToSolar(lunar), iso);
      // Each day is the next day of the same month, or day 1 of a new month after day 29 or 30.
      if (lunar.day === 1) assert.ok(previous.day === 29 || previous.day === 30, `${iso} follows day ${previous.day}`);
      else assert.deepEqual(lunar, { ...previous, day: previous.day + 1 });
      previous = lunar;
    }
  });

  test('each year has 12 or 13 months of 29 or 30 days, in order, end to end', () => {
    let nextStart: string | undefined;
    for (const year of years) {
      const months = lunarMonthsOf(year);
      assert.ok(months.length === 12 || months.length === 13, `${year}: ${months.length} months`);
      const leaps = months.filter((m) => m.leap);
      assert.equal(leaps.length, months.length - 12);
      const order = months.map((m) => m.month);
      const expected = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
      if (leaps[0]) expected.splice(leaps[0].month, 0, leaps[0].month);
      assert.deepEqual(order, expected, `${year}`);
      for (const month of months) {
        assert.ok(month.length === 29 || month.length === 30, `${year}/${month.month}: ${month.length} days`);
        if (nextStart) assert.equal(month.start, nextStart);
        nextStart = formatIsoDate(fromDayNumber(toDayNumber(parseIsoDate(month.start)!) + month.length));
      }
    }
  });

  test('7 leap months in every 19 consecutive years (the Metonic cycle)', () => {
    const leapYears = new Set(years.filter((y) => lunarMonthsOf(y).length === 13));
    for (let first = FIRST_YEAR; first + 18 <= LAST_YEAR; first += 1) {
      const count = years.filter((y) => y >= first && y < first + 19 && leapYears.has(y)).length;
      assert.equal(count, 7, `${first}–${first + 18}`);
    }
  });

  test('Tết falls between 21 January and 20 February', () => {
    for (const year of years) {
      const tet = tetOf(year)!;
      assert.ok(tet >= `${year}-01-21` && tet <= `${year}-02-20`, `${year}: ${tet}`);
    }
  });

  test('the December solstice falls in (non-leap) month 11', () => {
    // Meeus, Astronomical Algorithms ch. 27: mean December solstice (TT), good to well under an hour,
    // a formula independent of the one the calendar uses.
    for (const year of years) {
      const y = (year - 2000) / 1000;
      const jde = 2451900.05952 + 365242.74049 * y - 0.06223 * y ** 2 - 0.00823 * y ** 3 + 0.00032 * y ** 4;
      const dayInVietnam = Math.floor(jde + 0.5 + 7 / 24) - 2440588;
      const lunar = solarToLunar(formatIsoDate(fromDayNumber(dayInVietnam)));
      assert.equal(lunar.month, 11, `${year}`);
      assert.equal(lunar.leap, false, `${year}`);
    }
  });

  test('property: lunar → solar → lunar is the identity whenever the lunar date exists', () => {
    const lunarDate = fc.record({
      year: fc.integer({ min: FIRST_YEAR, max: LAST_YEAR - 1 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 30 }),
      leap: fc.boolean(),
    });
    fc.assert(fc.property(lunarDate, (date) => {
      const solar = lunarToSolar(date);
      const month = lunarMonthsOf(date.year).find((m) => m.month === date.month && m.leap === date.leap);
      assert.equal(solar === undefined, !month || date.day > month.length);
      if (solar) assert.deepEqual(solarToLunar(solar), { ...date });
    }), { numRuns: 2000 });
  });
});
