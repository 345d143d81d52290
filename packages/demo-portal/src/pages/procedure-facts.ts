import type { ProcedureSummary } from '@egov-kit/sdk';
import type { PortalElement } from '../portal-element.js';

/** "7 ngày làm việc", or "Trong ngày" for 0. */
export function processingTimeText(host: PortalElement, procedure: Pick<ProcedureSummary, 'processingTime'>): string {
  const days = procedure.processingTime.workingDays;
  return days === 0 ? host.t('common.sameDay') : host.t('common.workingDays', { count: days });
}

/** The online level's official name, from core's catalogue. */
export function onlineLevelText(host: PortalElement, procedure: Pick<ProcedureSummary, 'onlineLevel'>): string {
  return host.core(`form.procedure.online-level.${procedure.onlineLevel.level}`);
}
