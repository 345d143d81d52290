import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/date-field.js';
import type { EgovDateField } from '../src/components/date-field/date-field.js';
import { accessibleDescription, accessibleName, coreReady, inner, submitted, trySubmit } from './helpers.js';

async function setup(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(template);
  await coreReady();
  const field = form.querySelector<EgovDateField>('egov-date-field')!;
  await field.updateComplete;
  return { form, field, box: (id: string) => inner<HTMLInputElement>(field, `#${id}`) };
}

describe('egov-date-field', () => {
  it('takes day, month and year from the keyboard in Vietnamese order and submits ISO', async () => {
    const { form, field, box } = await setup(html`<form><egov-date-field name="dob" label="Ngày sinh" hint="Ví dụ: 27 3 1990" autocomplete="bday"></egov-date-field></form>`);
    const group = inner(field, 'fieldset');
    expect(accessibleName(group)).to.equal('Ngày sinh');
    expect(accessibleDescription(group)).to.equal('Ví dụ: 27 3 1990');
    expect(['day', 'month', 'year'].map((id) => accessibleName(box(id)))).to.deep.equal(['Ngày', 'Tháng', 'Năm']);
    expect(box('day').autocomplete).to.equal('bday-day');
    box('day').focus();
    await sendKeys({ type: '9' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1990' });
    await field.updateComplete;
    expect(field.value).to.equal('1990-02-09');
    expect(submitted(form)).to.deep.equal([['dob', '1990-02-09']]);
    await expect(form).to.be.accessible();
  });

  it('says which part is missing, and that 30/02 is not a date (core’s text)', async () => {
    const { form, field, box } = await setup(html`<form><egov-date-field name="d" label="Ngày cấp" required></egov-date-field></form>`);
    box('day').focus();
    await sendKeys({ type: '30' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2' });
    expect(trySubmit(form)).to.equal(false);
    await field.updateComplete;
    expect(field.errorMessage).to.equal('Ngày tháng phải có năm.');
    expect(box('year').getAttribute('aria-invalid')).to.equal('true');
    expect(box('day').getAttribute('aria-invalid')).to.equal('false');
    expect(field.shadowRoot!.activeElement, 'focus goes to the missing part').to.equal(box('year'));
    await sendKeys({ type: '2024' });
    await sendKeys({ press: 'Tab' });
    await field.updateComplete;
    expect(field.errorMessage).to.equal('Vui lòng nhập ngày hợp lệ (ngày/tháng/năm).');
    expect(field.value).to.equal('');
    await expect(form).to.be.accessible();
  });

  it('fills the three boxes from a pasted date, and checks "not in the future"', async () => {
    const { form, field, box } = await setup(html`<form lang="en"><egov-date-field name="d" label="Date of birth" not-in-future></egov-date-field></form>`);
    box('day').focus();
    await sendKeys({ type: '29/01/2999' });
    await field.updateComplete;
    expect([box('day').value, box('month').value, box('year').value]).to.deep.equal(['29', '1', '2999']);
    expect(trySubmit(form)).to.equal(false);
    await field.updateComplete;
    expect(field.errorMessage).to.match(/^The date cannot be after today \(\d\d\/\d\d\/\d{4}\)\.$/);
    field.value = '2001-12-31';
    await field.updateComplete;
    expect(trySubmit(form)).to.equal(true);
    expect(box('month').value).to.equal('12');
  });

  it('opens the browser calendar from a real button, and takes the date picked there', async () => {
    const { field, box } = await setup(html`<form><egov-date-field name="d" label="Ngày hẹn" picker value="2025-07-01"></egov-date-field></form>`);
    const button = inner<HTMLButtonElement>(field, 'button');
    expect(accessibleName(button)).to.equal('Chọn trên lịch');
    const native = inner<HTMLInputElement>(field, 'input[type="date"]');
    let opened = 0;
    native.showPicker = () => { opened++; };
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(opened).to.equal(1);
    expect(native.value, 'the calendar opens on the current date').to.equal('2025-07-01');
    native.value = '2025-08-15';
    native.dispatchEvent(new Event('change'));
    await field.updateComplete;
    expect(field.value).to.equal('2025-08-15');
    expect([box('day').value, box('month').value, box('year').value]).to.deep.equal(['15', '8', '2025']);
    await expect(field).to.be.accessible();
  });

  it('resets to its default and restores typed parts', async () => {
    const { form, field, box } = await setup(html`<form><egov-date-field name="d" label="D" value="2020-05-04"></egov-date-field></form>`);
    expect([box('day').value, box('month').value, box('year').value]).to.deep.equal(['4', '5', '2020']);
    field.value = '2021-01-01';
    await field.updateComplete;
    form.reset();
    await field.updateComplete;
    expect(field.value).to.equal('2020-05-04');
    expect(box('year').value).to.equal('2020');
  });
});
