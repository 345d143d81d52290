import { addWorkingDays, workingDaysBetween, type WorkingDayOptions } from '../calendar/index.js';
import { formatIsoDate, vietnamDateOf, vietnamHourOf, type IsoDate } from '../dates.js';
import type { DossierEvent } from './schemas.js';
import { dossierStatusInfo, type DeadlineClock, type DossierStatus } from './statuses.js';

/** Why a dossier counts as overdue under Decision 766/QĐ-TTg. */
export type OverdueReason = 'past-due' | 'repeated-supplement-request';

/** What {@link dossierDeadline} needs: the history, the procedure's time, and the calendar. */
export interface DeadlineInput {
  /** The dossier's current status. */
  status: DossierStatus;
  /** Its history, oldest first (only `to` and `at` are read). */
  events: readonly Pick<DossierEvent, 'to' | 'at'>[];
  /** The procedure's processing time in working days: a whole number or a half (`0.5`, `1.5`…). */
  processingDays: number;
  /** The instant to judge "today" by; defaults to now. */
  now?: Date;
  /** Weekend and schedules for the working-day calendar. */
  calendar?: WorkingDayOptions;
}

/** Where a dossier stands against its deadline. */
export interface Deadline {
  /** What the current status does to the clock. */
  clock: DeadlineClock;
  /** The day the one-stop desk received the dossier; absent before reception. */
  receivedOn?: IsoDate;
  /**
   * The working day the count starts from: `receivedOn`, or the next working day when the dossier
   * was received on a weekend or holiday. Absent before reception.
   */
  countsFrom?: IsoDate;
  /** The appointment date on the receipt: reception + the processing time. */
  appointmentDate?: IsoDate;
  /** The date the result is due, moved later by every working day spent waiting for a supplement. */
  dueDate?: IsoDate;
  /** Working days the clock has been paused so far (waiting for supplements after reception). */
  pausedWorkingDays: number;
  /** While the clock is paused: the day the current wait for a supplement began. */
  pausedSince?: IsoDate;
  /** How many times a supplement was requested. */
  supplementRequests: number;
  /** The day processing ended (decided, refused, stopped or withdrawn), if it has. */
  endedOn?: IsoDate;
  /** While the clock runs or is paused: working days from today to the due date; negative once late. */
  remainingWorkingDays?: number;
  /** Whether the dossier is (or ended) overdue, and why. */
  overdue: boolean;
  overdueReasons: OverdueReason[];
}

const dayOf = (instant: string | Date): IsoDate => formatIsoDate(vietnamDateOf(new Date(instant)));

/**
 * Computes a dossier's deadline as Decision 766/QĐ-TTg counts it: the processing time in working
 * days from the day after reception; time spent waiting for a supplement after reception is
 * subtracted (here: added to the due date); processing ends at the first of decided, refused,
 * stopped or withdrawn; the dossier is on time when it ended on or before its due date; asking
 * for a supplement more than once counts as overdue.
 *
 * A half day (4 working hours) is a morning or an afternoon. A dossier received on a working day
 * before noon (Vietnam time) has that afternoon as its first half day; one received from noon on
 * starts with the next working morning, and one received on a day off with the morning of the day
 * it counts as received. So on a working day, 0.5 days are due the same day from a morning
 * reception and the next working day from an afternoon one; 1.5 days are due the next working day
 * or the one after. Whole days are due the same date either way. Waits for a supplement count in
 * whole working days: they move the due date but never change which half it falls in.
 * @throws RangeError when `processingDays` is not a non-negative multiple of 0.5, or for dates
 * outside the working-day calendar.
 */
export function dossierDeadline(input: DeadlineInput): Deadline {
  const { events, processingDays, calendar } = input;
  if (!(processingDays >= 0 && Number.isInteger(processingDays * 2))) {
    throw new RangeError(`The processing time must be a whole or half number of working days, not ${processingDays}`);
  }
  const today = dayOf(input.now ?? new Date());
  const clock = dossierStatusInfo(input.status).clock;
  let receivedOn: IsoDate | undefined;
  let receivedInMorning = false;
  let endedOn: IsoDate | undefined;
  let pausedSince: IsoDate | undefined;
  let pausedWorkingDays = 0;
  let supplementRequests = 0;

  for (const event of events) {
    const day = dayOf(event.at);
    const eventClock = dossierStatusInfo(event.to).clock;
    if (event.to === 'supplement-requested') supplementRequests++;
    if (event.to === 'received' && receivedOn === undefined) {
      receivedOn = day;
      receivedInMorning = vietnamHourOf(new Date(event.at)) < 12;
    }
    if (receivedOn === undefined || endedOn !== undefined) continue;
    if (pausedSince !== undefined && eventClock !== 'paused') {
      pausedWorkingDays += Math.max(0, workingDaysBetween(pausedSince, day, calendar));
      pausedSince = undefined;
    }
    if (eventClock === 'paused' && pausedSince === undefined) pausedSince = day;
    if (eventClock === 'ended') endedOn = day;
  }
  if (pausedSince !== undefined) pausedWorkingDays += Math.max(0, workingDaysBetween(pausedSince, today, calendar));

  const overdueReasons: OverdueReason[] = [];
  if (supplementRequests > 1) overdueReasons.push('repeated-supplement-request');
  if (receivedOn === undefined) {
    return { clock, pausedWorkingDays, supplementRequests, overdue: overdueReasons.length > 0, overdueReasons };
  }

  const start = addWorkingDays(receivedOn, 0, calendar);
  // Received on a working afternoon, the first half day is the next morning: a half takes a whole day.
  const receivedInWorkingAfternoon = !receivedInMorning && start === receivedOn;
  const days = receivedInWorkingAfternoon ? Math.ceil(processingDays) : Math.floor(processingDays);
  const appointmentDate = addWorkingDays(start, days, calendar);
  const dueDate = addWorkingDays(start, days + pausedWorkingDays, calendar);
  const result: Deadline = {
    clock, receivedOn, countsFrom: start, appointmentDate, dueDate, pausedWorkingDays, supplementRequests, overdue: false, overdueReasons,
  };
  if (pausedSince !== undefined) result.pausedSince = pausedSince;
  if (endedOn !== undefined) {
    result.endedOn = endedOn;
    if (endedOn > dueDate) overdueReasons.push('past-due');
  } else {
    // Before the day it counts from (received on a day off), no day has been used yet.
    result.remainingWorkingDays = workingDaysBetween(today < start ? start : today, dueDate, calendar);
    if (today > dueDate) overdueReasons.push('past-due');
  }
  result.overdue = overdueReasons.length > 0;
  return result;
}
