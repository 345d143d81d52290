/** "Check your answers": one card for the applicant, one per step shown, each row with a change link back to its step. */
import { html, type TemplateResult } from 'lit';
import { formatIdentifier, formVisibility } from '@egov-kit/core';
import { loadUnits, type SummaryRow } from '@egov-kit/elements';
import type { ProcedureDetail } from '@egov-kit/sdk';
import type { PortalElement } from '../../portal-element.js';
import { paths } from '../../router.js';
import { answerLines, type UnitNames } from './answer-text.js';
import type { Draft } from './draft.js';
import { APPLICANT_STEP, shownSteps } from './submission.js';

let units: UnitNames | undefined;

/** Unit names for addresses arrive with the unit list (loaded on first need); the page re-renders then. */
function unitsFor(host: PortalElement): UnitNames | undefined {
  if (!units) void loadUnits().then((loaded) => { units = loaded; host.requestUpdate(); });
  return units;
}

export function renderReview(host: PortalElement, detail: ProcedureDetail, draft: Draft): TemplateResult {
  const code = detail.procedure.code;
  const change = (step: string) => `${paths.apply(code, step)}?sua`;
  const { fullName, idNumber, phone, email } = draft.applicant;
  const applicantRows: SummaryRow[] = [
    { key: host.t('apply.fullName'), value: fullName, href: change(APPLICANT_STEP) },
    { key: host.core('identifier.cccd.label'), value: idNumber ? formatIdentifier('cccd', idNumber) : '', href: change(APPLICANT_STEP) },
    { key: host.core('identifier.phone.label'), value: phone ? formatIdentifier('phone', phone) : '', href: change(APPLICANT_STEP) },
    { key: host.t('apply.email'), value: email, href: change(APPLICANT_STEP) },
  ];
  const shown = formVisibility(detail.form, draft.answers).fields;
  const loaded = unitsFor(host);
  const cards = shownSteps(detail.form, draft.answers).map((step) => ({
    title: host.text(step.title),
    rows: step.fields.filter((field) => shown.has(field.id)).map((field): SummaryRow => ({
      key: host.text(field.label), value: answerLines(field, draft.answers[field.id], host.locale, loaded), href: change(step.id),
    })),
  }));
  return html`<p>${host.t('apply.reviewIntro')}</p>
    <egov-summary-list card-title=${host.t('apply.applicantStep')} .rows=${applicantRows}></egov-summary-list>
    ${cards.map((card) => html`<egov-summary-list card-title=${card.title} .rows=${card.rows}></egov-summary-list>`)}`;
}
