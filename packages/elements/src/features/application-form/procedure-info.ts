/** The procedure's information before its steps: agency, processing time, fees, who may apply, templates. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatVnd } from '@egov-kit/core';
import type { ProcedureDetail } from '@egov-kit/sdk';
import type { FormHost } from './form-host.js';

/** The total of the procedure's fees, in đồng. */
export function feeTotalOf(detail: ProcedureDetail): number {
  return detail.procedure.fees.reduce((sum, fee) => sum + fee.amount, 0);
}

export function renderProcedureInfo(host: FormHost, detail: ProcedureDetail): TemplateResult {
  const { procedure } = detail;
  const days = procedure.processingTime.workingDays;
  const templates = procedure.requiredDocuments.flatMap((doc) => doc.templates ?? []);
  return html`<details class="info">
    <summary>${host.t('info.title')}</summary>
    <dl>
      <dt>${host.t('info.agency')}</dt><dd>${host.text(procedure.agency.name)}</dd>
      <dt>${host.t('info.processingTime')}</dt>
      <dd>${days === 0 ? host.t('info.sameDay') : host.t('info.workingDays', { count: days })}</dd>
      <dt>${host.t('info.fees')}</dt>
      <dd>${procedure.fees.length === 0 ? host.t('apply.noFee') : html`<ul>${procedure.fees.map((fee) =>
        html`<li>${host.text(fee.name)}: ${formatVnd(fee.amount, host.locale)}${fee.note ? html` (${host.text(fee.note)})` : nothing}</li>`)}</ul>`}</dd>
      <dt>${host.t('info.who')}</dt>
      <dd>${procedure.targetGroups.map((group) => host.core(`form.procedure.target-group.${group}`)).join(', ')}</dd>
      ${templates.length ? html`<dt>${host.t('info.templates')}</dt>
        <dd><ul>${templates.map((t) => html`<li><a href=${t.url} download=${t.fileName}>${t.fileName}</a></li>`)}</ul></dd>` : nothing}
    </dl>
  </details>`;
}
