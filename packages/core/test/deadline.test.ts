import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dossierDeadline, type DossierStatus } from '@egov-kit/core';

// Instants in Vietnam time (UTC+7), as the desk would record them.
const at = (day: string, time = '09:00') => `${day}T${time}:00+07:00`;
const history = (...steps: [DossierStatus, string][]) => steps.map(([to, when]) => ({ to, at: when }));

describe('dossier deadline (Decision 766/QĐ-TTg)', () => {
  test('the appointment date counts working days from the day after reception', () => {
    const d = dossierDeadline({
      status: 'processing', processingDays: 5, now: new Date(at('2025-03-04')),
      events: history(['submitted', at('2025-03-02')], ['received', at('2025-03-03')], ['processing', at('2025-03-03', '10:00')]),
    });
    assert.equal(d.receivedOn, '2025-03-03');
    assert.equal(d.appointmentDate, '2025-03-10');
    assert.equal(d.dueDate, '2025-03-10');
    assert.equal(d.clock, 'running');
    assert.equal(d.remainingWorkingDays, 4);
    assert.equal(d.overdue, false);
  });

  test('Tết does not count: 3 days from Friday 24 Jan 2025 end on Wednesday 5 Feb', () => {
    const d = dossierDeadline({
      status: 'received', processingDays: 3, now: new Date(at('2025-01-24')),
      events: history(['received', at('2025-01-24', '15:00')]),
    });
    assert.equal(d.appointmentDate, '2025-02-05');
  });

  test('a reception just after midnight in Hà Nội counts on the Vietnamese date', () => {
    const d = dossierDeadline({
      status: 'received', processingDays: 1, now: new Date('2025-03-03T00:00:00Z'),
      events: [{ to: 'received', at: '2025-03-02T17:30:00Z' }],
    });
    assert.equal(d.receivedOn, '2025-03-03');
    assert.equal(d.appointmentDate, '2025-03-04');
  });

  test('waiting for a supplement moves the due date by the working days waited', () => {
    const events = history(
      ['received', at('2025-03-03')], ['processing', at('2025-03-03')],
      ['supplement-requested', at('2025-03-05')], ['processing', at('2025-03-10')],
    );
    const d = dossierDeadline({ status: 'processing', processingDays: 5, events, now: new Date(at('2025-03-11')) });
    assert.equal(d.pausedWorkingDays, 3);
    assert.equal(d.appointmentDate, '2025-03-10');
    assert.equal(d.dueDate, '2025-03-13');
    assert.equal(d.supplementRequests, 1);
    assert.equal(d.overdue, false);
  });

  test('while the clock is paused, the wait so far counts and the remaining days hold', () => {
    const events = history(['received', at('2025-03-03')], ['processing', at('2025-03-03')], ['supplement-requested', at('2025-03-05')]);
    const d = dossierDeadline({ status: 'supplement-requested', processingDays: 5, events, now: new Date(at('2025-03-07')) });
    assert.equal(d.clock, 'paused');
    assert.equal(d.pausedWorkingDays, 2);
    assert.equal(d.dueDate, '2025-03-12');
    assert.equal(d.remainingWorkingDays, 3);
  });

  test('a decision on the due date is on time; a day later is overdue', () => {
    const base = history(['received', at('2025-03-03')], ['processing', at('2025-03-03')]);
    const onTime = dossierDeadline({ status: 'returned', processingDays: 5, events: [...base, ...history(['decided', at('2025-03-10', '16:00')], ['returned', at('2025-03-20')])] });
    assert.equal(onTime.endedOn, '2025-03-10');
    assert.equal(onTime.overdue, false);
    const late = dossierDeadline({ status: 'decided', processingDays: 5, events: [...base, ...history(['decided', at('2025-03-11')])] });
    assert.equal(late.overdue, true);
    assert.deepEqual(late.overdueReasons, ['past-due']);
    assert.equal(late.remainingWorkingDays, undefined);
  });

  test('an unfinished dossier past its due date is overdue, with negative days left', () => {
    const d = dossierDeadline({
      status: 'processing', processingDays: 2, now: new Date(at('2025-03-10')),
      events: history(['received', at('2025-03-03')], ['processing', at('2025-03-03')]),
    });
    assert.equal(d.dueDate, '2025-03-05');
    assert.equal(d.overdue, true);
    assert.equal(d.remainingWorkingDays, -3);
  });

  test('asking for a supplement twice counts as overdue even when in time', () => {
    const d = dossierDeadline({
      status: 'processing', processingDays: 10, now: new Date(at('2025-03-07')),
      events: history(
        ['received', at('2025-03-03')], ['processing', at('2025-03-03')],
        ['supplement-requested', at('2025-03-04')], ['processing', at('2025-03-05')],
        ['supplement-requested', at('2025-03-06')], ['processing', at('2025-03-07')],
      ),
    });
    assert.equal(d.supplementRequests, 2);
    assert.deepEqual(d.overdueReasons, ['repeated-supplement-request']);
  });

  test('before reception there is no deadline, and a supplement asked at intake does not count as a pause', () => {
    const waiting = dossierDeadline({ status: 'submitted', processingDays: 5, events: history(['submitted', at('2025-03-01')]) });
    assert.equal(waiting.clock, 'not-started');
    assert.equal(waiting.dueDate, undefined);
    const d = dossierDeadline({
      status: 'received', processingDays: 5, now: new Date(at('2025-03-10')),
      events: history(['submitted', at('2025-03-01')], ['supplement-requested', at('2025-03-03')], ['received', at('2025-03-07')]),
    });
    assert.equal(d.pausedWorkingDays, 0);
    assert.equal(d.dueDate, '2025-03-14');
  });

  test('received on a day off, a dossier counts from the next working day: as if received that morning', () => {
    const deadline = (received: string, days = 3) => dossierDeadline({
      status: 'received', processingDays: days, now: new Date(received), events: history(['received', received]),
    });
    const saturday = deadline(at('2025-03-08', '10:00'));
    assert.equal(saturday.receivedOn, '2025-03-08');
    assert.equal(saturday.countsFrom, '2025-03-10');
    assert.equal(saturday.dueDate, '2025-03-13');
    assert.equal(saturday.dueDate, deadline(at('2025-03-10', '08:00')).dueDate);
    // Saturday's wait to Monday does not count either: on Saturday, all three days are left.
    assert.equal(saturday.remainingWorkingDays, 3);
    // Sunday before the Hùng Kings' day (Monday 7 Apr 2025): counted from Tuesday 8 Apr.
    const holiday = deadline(at('2025-04-06', '15:00'), 2);
    assert.equal(holiday.countsFrom, '2025-04-08');
    assert.equal(holiday.dueDate, '2025-04-10');
    // On a working day it counts from that day.
    assert.equal(deadline(at('2025-03-07', '15:00')).countsFrom, '2025-03-07');
  });

  test('while paused, the day the wait began; none once the dossier moves on', () => {
    const waiting = history(['received', at('2025-03-03')], ['processing', at('2025-03-03')], ['supplement-requested', at('2025-03-05', '14:00')]);
    const paused = dossierDeadline({ status: 'supplement-requested', processingDays: 5, events: waiting, now: new Date(at('2025-03-07')) });
    assert.equal(paused.pausedSince, '2025-03-05');
    const resumed = dossierDeadline({
      status: 'processing', processingDays: 5, events: [...waiting, ...history(['processing', at('2025-03-10')])], now: new Date(at('2025-03-11')),
    });
    assert.equal(resumed.pausedSince, undefined);
    assert.equal(resumed.pausedWorkingDays, 3);
  });

  describe('half-day processing times: a morning reception leaves the afternoon as the first half day', () => {
    const due = (processingDays: number, received: string) =>
      dossierDeadline({ status: 'received', processingDays, now: new Date(received), events: history(['received', received]) }).dueDate;

    test('0.5 days: due the same day from a morning reception, the next working day from an afternoon one', () => {
      assert.equal(due(0.5, at('2025-03-03', '09:00')), '2025-03-03');
      assert.equal(due(0.5, at('2025-03-03', '11:59')), '2025-03-03');
      assert.equal(due(0.5, at('2025-03-03', '12:00')), '2025-03-04');
      assert.equal(due(0.5, at('2025-03-03', '16:30')), '2025-03-04');
      assert.equal(due(0.5, '2025-03-03T04:59:00Z'), '2025-03-03', 'noon is read in Vietnam time');
      assert.equal(due(0.5, '2025-03-03T05:00:00Z'), '2025-03-04');
    });

    test('1.5 days: a whole day plus the half', () => {
      assert.equal(due(1.5, at('2025-03-03', '08:00')), '2025-03-04');
      assert.equal(due(1.5, at('2025-03-03', '14:00')), '2025-03-05');
    });

    test('across a weekend: from Friday 7 Mar 2025', () => {
      assert.equal(due(0.5, at('2025-03-07', '10:00')), '2025-03-07');
      assert.equal(due(0.5, at('2025-03-07', '15:00')), '2025-03-10');
      assert.equal(due(1.5, at('2025-03-07', '10:00')), '2025-03-10');
      assert.equal(due(1.5, at('2025-03-07', '15:00')), '2025-03-11');
    });

    test('across a holiday: from Friday 4 Apr 2025, before the Hùng Kings on Monday 7 Apr', () => {
      assert.equal(due(0.5, at('2025-04-04', '10:00')), '2025-04-04');
      assert.equal(due(0.5, at('2025-04-04', '15:00')), '2025-04-08');
      assert.equal(due(1.5, at('2025-04-04', '10:00')), '2025-04-08');
      assert.equal(due(1.5, at('2025-04-04', '15:00')), '2025-04-09');
    });

    test('received on a day off, at any hour, counts from the next working morning', () => {
      assert.equal(due(0.5, at('2025-03-08', '09:00')), '2025-03-10');
      assert.equal(due(0.5, at('2025-03-08', '15:00')), '2025-03-10');
      assert.equal(due(1.5, at('2025-04-07', '15:00')), '2025-04-09');
    });

    test('whole days do not depend on the hour', () => {
      assert.equal(due(1, at('2025-03-03', '09:00')), due(1, at('2025-03-03', '15:00')));
      assert.equal(due(0, at('2025-03-03', '15:00')), '2025-03-03');
    });

    test('a wait for a supplement moves a half-day deadline by whole working days', () => {
      const d = dossierDeadline({
        status: 'processing', processingDays: 1.5, now: new Date(at('2025-03-07')),
        events: history(
          ['received', at('2025-03-03', '14:00')], ['processing', at('2025-03-03', '15:00')],
          ['supplement-requested', at('2025-03-04')], ['processing', at('2025-03-06')],
        ),
      });
      assert.equal(d.pausedWorkingDays, 2);
      assert.equal(d.appointmentDate, '2025-03-05');
      assert.equal(d.dueDate, '2025-03-07');
      assert.equal(d.remainingWorkingDays, 0);
    });

    test('a processing time that is not a whole or half number of days is refused', () => {
      for (const processingDays of [0.25, 1.3, -1, Number.NaN]) {
        assert.throws(() => due(processingDays, at('2025-03-03')), RangeError, String(processingDays));
      }
    });
  });

  test('property: the due date never comes before the appointment date, and pauses are never negative', () => {
    const statuses: DossierStatus[] = ['processing', 'supplement-requested', 'fee-requested'];
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 120 }).map((halves) => halves / 2), fc.array(fc.tuple(fc.constantFrom(...statuses), fc.integer({ min: 0, max: 20 })), { maxLength: 8 }),
      (days, steps) => {
        let t = Date.parse(at('2025-06-02'));
        const events = [{ to: 'received' as DossierStatus, at: new Date(t).toISOString() }];
        for (const [to, gap] of steps) {
          t += gap * 86_400_000;
          events.push({ to, at: new Date(t).toISOString() });
        }
        const d = dossierDeadline({ status: events.at(-1)!.to, processingDays: days, events, now: new Date(t) });
        assert.ok(d.pausedWorkingDays >= 0);
        assert.ok(d.dueDate! >= d.appointmentDate!);
      },
    ));
  });
});
