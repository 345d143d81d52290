/**
 * A dossier's deadline in words and numbers, from what core's `dossierDeadline` computed (the
 * server sends it with the dossier): the rows of its summary list and the tag beside the status.
 * Nothing is counted here.
 */
import { formatDate } from '@egov-kit/core';
import type { SummaryRow } from '../../components/summary-list/summary-list.js';
import type { Dossier } from '@egov-kit/sdk';

type Say = (key: string, params?: Record<string, unknown>) => string;
type Deadline = Dossier['deadline'];

/** "Còn 3 ngày làm việc", "Đến hạn hôm nay", "Quá hạn 2 ngày làm việc". */
export function remainingText(say: Say, days: number): string {
  if (days > 0) return say('tracker.deadline.remaining', { count: days });
  if (days === 0) return say('tracker.deadline.dueToday');
  return say('tracker.deadline.late', { count: -days });
}

/**
 * What the deadline section says before its rows: not received yet, or paused since when. The
 * wait at intake (before reception) has no deadline yet; `openSince` is the open request's day.
 */
export function deadlineNotice(say: Say, deadline: Deadline, openSince: string | undefined): string {
  if (deadline.pausedSince) return say('tracker.deadline.paused', { date: formatDate(deadline.pausedSince) });
  if (!deadline.receivedOn && openSince) return say('tracker.deadline.pausedAtIntake', { date: formatDate(new Date(openSince)) });
  if (!deadline.receivedOn) return say('tracker.deadline.notReceived');
  return '';
}

/** The deadline's rows: reception (and the day it counts from), the appointment, the due date and what is left. */
export function deadlineRows(say: Say, deadline: Deadline): SummaryRow[] {
  const rows: SummaryRow[] = [];
  if (deadline.receivedOn) rows.push({ key: say('tracker.deadline.receivedOn'), value: formatDate(deadline.receivedOn) });
  // Received on a day off: the count starts on the next working day.
  if (deadline.receivedOn && deadline.countsFrom && deadline.countsFrom !== deadline.receivedOn) {
    rows.push({
      key: say('tracker.deadline.countsFromLabel'),
      value: say('tracker.deadline.countsFrom', { date: formatDate(deadline.receivedOn), from: formatDate(deadline.countsFrom) }),
    });
  }
  if (deadline.appointmentDate) rows.push({ key: say('tracker.deadline.appointment'), value: formatDate(deadline.appointmentDate) });
  if (deadline.dueDate) {
    const moved = deadline.appointmentDate !== undefined && deadline.dueDate !== deadline.appointmentDate && deadline.clock !== 'paused';
    rows.push({
      key: say('tracker.deadline.due'),
      value: [
        deadline.remainingWorkingDays !== undefined ? `${formatDate(deadline.dueDate)} (${remainingText(say, deadline.remainingWorkingDays)})` : formatDate(deadline.dueDate),
        // Once the wait for a supplement is over, the new date is settled: say it beside the first one.
        ...(moved ? [say('tracker.deadline.newDate', {
          date: formatDate(deadline.dueDate), was: formatDate(deadline.appointmentDate!), count: deadline.pausedWorkingDays,
        })] : []),
      ],
    });
  }
  if (deadline.endedOn) rows.push({ key: say('tracker.deadline.endedOn'), value: formatDate(deadline.endedOn) });
  return rows;
}

/** The tag beside the status: overdue (and why), or on time once processing ended. */
export function deadlineTag(say: Say, deadline: Deadline): { text: string; variant: 'error' | 'success' } | undefined {
  if (deadline.overdue) {
    const onlyRepeated = deadline.overdueReasons.includes('repeated-supplement-request') && !deadline.overdueReasons.includes('past-due');
    return { text: say(onlyRepeated ? 'tracker.deadline.overdueRepeated' : 'tracker.deadline.overdue'), variant: 'error' };
  }
  return deadline.endedOn ? { text: say('tracker.deadline.onTime'), variant: 'success' } : undefined;
}
