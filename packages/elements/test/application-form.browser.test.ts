import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { openDB } from 'idb';
import { render } from 'lit';
import '../src/define/application-form.js';
import type { EgovApplicationForm } from '../src/features/application-form/application-form.js';
import type { EgovDraftSaveEvent, EgovStepChangeEvent } from '../src/features/application-form/application-form.events.js';
import { FORM_DATABASE, type Receipt } from '../src/features/application-form/draft-store.js';
import type { FormHost } from '../src/features/application-form/form-host.js';
import { renderReceipt } from '../src/features/application-form/receipt-view.js';
import { coreReady } from './helpers.js';

/** The reference server's API (its first start may seed for longer than one command's 20 s). */
async function apiBase(): Promise<string> {
  for (let i = 1; ; i++) {
    try {
      return `${(await executeServerCommand<{ url: string }, undefined>('egov-reference-server')).url}/api/v1`;
    } catch (error) {
      if (i >= 6) throw error;
    }
  }
}

const inner = (form: EgovApplicationForm, selector: string) => form.shadowRoot!.querySelector<HTMLElement & { value: unknown }>(selector);
const heading = (form: EgovApplicationForm) => form.shadowRoot!.querySelector('.title')?.textContent?.trim();

/** A form for 2.000635 on the page, its applicant step shown. */
async function applicationForm(api: string, setup: (form: EgovApplicationForm) => void = () => undefined): Promise<EgovApplicationForm> {
  const form = await fixture<EgovApplicationForm>(html`<egov-application-form procedure="2.000635" .apiBase=${api}></egov-application-form>`);
  setup(form);
  await coreReady();
  await waitUntil(() => inner(form, 'egov-text-field[name="applicant.fullName"]'), 'the applicant step', { timeout: 20_000 });
  return form;
}

/** Types into a field's box as a person does. */
async function type(field: HTMLElement, text: string): Promise<void> {
  field.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
  await sendKeys({ type: text });
}

describe('egov-application-form', function () {
  this.timeout(60_000);
  let api = '';

  before(async function () {
    this.timeout(120_000);
    api = await apiBase();
  });

  afterEach(async () => {
    const db = await openDB(FORM_DATABASE);
    await Promise.all([...db.objectStoreNames].map((store) => db.clear(store)));
    db.close();
    history.replaceState(null, '');
  });

  it('keeps its step in history.state by default, so Back returns to the step before', async () => {
    const form = await applicationForm(api);
    expect(heading(form)).to.equal('Người nộp hồ sơ');
    expect((history.state as Record<string, { step: string }>)['egovApplicationForm']!.step).to.equal('nguoi-nop');
    await type(inner(form, 'egov-text-field[name="applicant.fullName"]')!, 'Trần Văn Bảo');
    await type(inner(form, 'egov-identifier-field[name="applicant.idNumber"]')!, '019090012345');
    await type(inner(form, 'egov-identifier-field[name="applicant.phone"]')!, '0912345678');
    const moved = oneEvent(form, 'egov-step-change') as Promise<EgovStepChangeEvent>;
    inner(form, 'egov-button[type="submit"]')!.click();
    expect((await moved).step).to.equal('su-kien');
    await waitUntil(() => heading(form) === 'Sự kiện hộ tịch');
    expect((history.state as Record<string, { step: string }>)['egovApplicationForm']!.step).to.equal('su-kien');
    history.back();
    await waitUntil(() => heading(form) === 'Người nộp hồ sơ', 'Back shows the applicant again');
    expect(inner(form, 'egov-text-field[name="applicant.fullName"]')!.value).to.equal('Trần Văn Bảo');
  });

  it('lets a host router own the step: a cancelled egov-step-change moves nothing until the host sets step', async () => {
    const form = await applicationForm(api);
    form.addEventListener('egov-step-change', (event) => event.preventDefault());
    const before = history.state as unknown;
    inner(form, 'egov-text-field[name="applicant.fullName"]')!.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'Lê Thị Cúc' });
    await type(inner(form, 'egov-identifier-field[name="applicant.idNumber"]')!, '019190012345');
    await type(inner(form, 'egov-identifier-field[name="applicant.phone"]')!, '0912345678');
    const moved = oneEvent(form, 'egov-step-change') as Promise<EgovStepChangeEvent>;
    inner(form, 'egov-button[type="submit"]')!.click();
    const event = await moved;
    expect([event.step, event.from, event.defaultPrevented]).to.deep.equal(['su-kien', 'nguoi-nop', true]);
    await form.updateComplete;
    expect(heading(form)).to.equal('Người nộp hồ sơ');
    expect(history.state).to.equal(before);
    form.step = 'su-kien';
    await waitUntil(() => heading(form) === 'Sự kiện hộ tịch');
  });

  it('saves every change on the device (egov-draft-save) and takes the prefill without overwriting what was typed', async () => {
    const form = await applicationForm(api);
    const saved = oneEvent(form, 'egov-draft-save') as Promise<EgovDraftSaveEvent>;
    await type(inner(form, 'egov-text-field[name="applicant.fullName"]')!, 'Đặng Văn Công');
    const event = await saved;
    expect([event.procedure, event.stored]).to.deep.equal(['2.000635', true]);
    form.prefill = { fullName: 'Tên từ VNeID', idNumber: '019090012345', phone: '0987654321' };
    const digits = (name: string) => String(inner(form, `egov-identifier-field[name="applicant.${name}"]`)!.value).replace(/\D/g, '');
    await waitUntil(() => digits('idNumber') === '019090012345', 'the prefill fills the empty fields');
    expect(inner(form, 'egov-text-field[name="applicant.fullName"]')!.value).to.equal('Đặng Văn Công');
    expect(digits('phone')).to.equal('0987654321');
  });

  it('tells the page it has no API address, in Vietnamese', async () => {
    const form = await fixture<EgovApplicationForm>(html`<egov-application-form procedure="2.000635"></egov-application-form>`);
    await coreReady();
    await form.updateComplete;
    expect(form.shadowRoot!.textContent).to.include('Trang này chưa được cấu hình địa chỉ hệ thống (thuộc tính api-base).');
    await expect(form).to.be.accessible();
  });
});

describe('the receipt', () => {
  const receipt: Receipt = {
    draftId: 'd', procedureCode: '2.000635', procedureName: { vi: 'Cấp bản sao trích lục hộ tịch', en: 'Copies of civil status records' },
    dossierCode: '000.31.01.H55-261205-0001', submittedAt: '2026-12-05T03:00:00.000Z', status: 'submitted', processingDays: 3, feeTotal: 8000,
  };
  const texts: Record<string, string> = {
    'receipt.appointmentEstimate': 'ước tính {{date}}', 'receipt.appointmentLater': 'tính khi tiếp nhận', 'apply.fee': 'Lệ phí',
  };
  const host: FormHost = {
    locale: 'vi', requestUpdate: () => undefined, stepHref: (step) => `#${step}`,
    t: (key, params) => (texts[key] ?? key).replace('{{date}}', String(params?.['date'] ?? '')),
    core: (key) => key, text: (value) => value.vi,
  };
  /** The receipt's appointment row as shown at `now`. */
  const shownFor = (now: Date) => {
    const node = document.createElement('div');
    render(renderReceipt(host, receipt, 2, '', now), node);
    const rows = node.querySelector<HTMLElement & { rows: { key: string; value: string }[] }>('egov-summary-list')!.rows;
    return rows.find((row) => row.key === 'receipt.appointment')!.value;
  };

  it('gives the date "if received today" only on a working day, counted in working days', () => {
    // Friday 4 December 2026, 10:00 in Vietnam: three working days on is Wednesday 9 December.
    expect(shownFor(new Date('2026-12-04T03:00:00Z'))).to.equal('ước tính 09/12/2026');
    // Saturday 5 December 2026: no estimate for a reception today.
    expect(shownFor(new Date('2026-12-05T03:00:00Z'))).to.equal('tính khi tiếp nhận');
  });
});
