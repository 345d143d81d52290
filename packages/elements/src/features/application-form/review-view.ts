/** "Check your answers": one card for the applicant, one per step shown, each row with a change link back to its step; the fee. */
import { html, type TemplateResult } from 'lit';
import { formatIdentifier, formatVnd, formVisibility, type FormDefinition } from '@egov-kit/core';
import type { SummaryRow } from '../../components/summary-list/summary-list.js';
import { answerLines, type UnitNames } from './answer-text.js';
import type { Draft } from './draft-store.js';
import type { FormHost } from './form-host.js';
import { APPLICANT_STEP, shownSteps } from './step-model.js';

let units: UnitNames | undefined;

/** Unit names for addresses arrive with the unit list (loaded when a form has an address); the form re-renders then. */
function unitsFor(host: FormHost, form: FormDefinition): UnitNames | undefined {
  const needed = form.steps.some((step) => step.fields.some((field) => field.kind === 'address'));
  if (!units && needed) void import('@egov-kit/core/units/current').then((loaded) => { units = loaded; host.requestUpdate(); });
  return units;
}

/** The fee line: the total in đồng, or "free". */
export function feeText(host: FormHost, total: number): string {
  return total > 0 ? formatVnd(total, host.locale) : host.t('apply.noFee');
}

export function renderReview(host: FormHost, form: FormDefinition, draft: Draft, feeTotal: number): TemplateResult {
  const change = (step: string) => host.stepHref(step, true);
  const { fullName, idNumber, phone, email } = draft.applicant;
  const applicantRows: SummaryRow[] = [
    { key: host.t('apply.fullName'), value: fullName, href: change(APPLICANT_STEP) },
    { key: host.core('identifier.cccd.label'), value: idNumber ? formatIdentifier('cccd', idNumber) : '', href: change(APPLICANT_STEP) },
    { key: host.core('identifier.phone.label'), value: phone ? formatIdentifier('phone', phone) : '', href: change(APPLICANT_STEP) },
    { key: host.t('apply.email'), value: email, href: change(APPLICANT_STEP) },
  ];
  const shown = formVisibility(form, draft.answers).fields;
  const loaded = unitsFor(host, form);
  const cards = shownSteps(form, draft.answers).map((step) => ({
    title: host.text(step.title),
    rows: step.fields.filter((field) => shown.has(field.id)).map((field): SummaryRow => ({
      key: host.text(field.label), value: answerLines(field, draft.answers[field.id], host.locale, loaded), href: change(step.id),
    })),
  }));
  return html`<p>${host.t('apply.reviewIntro')}</p>
    <egov-summary-list card-title=${host.t('apply.applicantStep')} .rows=${applicantRows}></egov-summary-list>
    ${cards.map((card) => html`<egov-summary-list card-title=${card.title} .rows=${card.rows}></egov-summary-list>`)}
    <p class="fee">${host.t('apply.fee')}: ${feeText(host, feeTotal)}</p>`;
}
