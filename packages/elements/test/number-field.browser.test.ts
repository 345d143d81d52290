import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/number-field.js';
import type { EgovNumberField } from '../src/components/number-field/number-field.js';
import { accessibleName, coreReady, inner, submitted, trySubmit } from './helpers.js';

describe('egov-number-field', () => {
  it('reads Vietnamese notation, submits a plain decimal and shows the number grouped (keyboard only)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><egov-number-field name="area" label="Diện tích (m²)"><span slot="suffix">m²</span></egov-number-field><button>Gửi</button></form>`);
    await coreReady();
    const field = form.querySelector<EgovNumberField>('egov-number-field')!;
    await field.updateComplete;
    const input = inner<HTMLInputElement>(field, 'input');
    expect(accessibleName(input)).to.equal('Diện tích (m²)');
    expect(input.inputMode).to.equal('decimal');
    input.focus();
    await sendKeys({ type: '1500,5' });
    await sendKeys({ press: 'Tab' });
    await field.updateComplete;
    expect(field.value).to.equal('1500.5');
    expect(field.valueAsNumber).to.equal(1500.5);
    expect(input.value).to.equal('1.500,5');
    expect(submitted(form)).to.deep.equal([['area', '1500.5']]);
    await expect(form).to.be.accessible();
  });

  it('rejects what is not a number, and checks whole numbers and bounds with core’s texts', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><egov-number-field name="n" label="Số người" integer min="1" max="1000"></egov-number-field></form>`);
    await coreReady();
    const field = form.querySelector<EgovNumberField>('egov-number-field')!;
    await field.updateComplete;
    const input = inner<HTMLInputElement>(field, 'input');
    expect(input.inputMode).to.equal('numeric');
    input.focus();
    await sendKeys({ type: 'mười' });
    expect(trySubmit(form)).to.equal(false);
    await field.updateComplete;
    expect(field.errorMessage).to.equal('Vui lòng nhập một số.');
    field.value = '2.5';
    await field.updateComplete;
    expect(field.validationMessage).to.equal('Vui lòng nhập số nguyên.');
    field.value = '1500';
    await field.updateComplete;
    expect(field.validity.rangeOverflow).to.equal(true);
    expect(field.validationMessage).to.equal('Vui lòng nhập số không lớn hơn 1.000.');
    field.value = '12';
    await field.updateComplete;
    expect(trySubmit(form)).to.equal(true);
    await expect(form).to.be.accessible();
  });

  it('shows a year as people write it with no-grouping, and its bounds too', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><egov-number-field name="year" label="Năm đăng ký" integer no-grouping min="1945" max="2100"></egov-number-field></form>`);
    await coreReady();
    const field = form.querySelector<EgovNumberField>('egov-number-field')!;
    await field.updateComplete;
    const input = inner<HTMLInputElement>(field, 'input');
    input.focus();
    await sendKeys({ type: '2001' });
    await sendKeys({ press: 'Tab' });
    await field.updateComplete;
    expect(input.value).to.equal('2001');
    expect(submitted(form)).to.deep.equal([['year', '2001']]);
    field.value = '1900';
    await field.updateComplete;
    expect(trySubmit(form)).to.equal(false);
    await field.updateComplete;
    expect(field.errorMessage).to.contain('1945');
    expect(field.errorMessage).not.to.contain('1.945');
  });

  it('follows the language: English notation and grouping', async () => {
    const form = await fixture<HTMLFormElement>(html`<form lang="en"><egov-number-field name="fee" label="Fee" value="2500000"></egov-number-field></form>`);
    const field = form.querySelector<EgovNumberField>('egov-number-field')!;
    await field.updateComplete;
    const input = inner<HTMLInputElement>(field, 'input');
    expect(input.value).to.equal('2,500,000');
    form.setAttribute('lang', 'vi');
    await new Promise((r) => setTimeout(r));
    await field.updateComplete;
    expect(input.value).to.equal('2.500.000');
    input.value = '3,75';
    input.dispatchEvent(new Event('input'));
    await field.updateComplete;
    expect(field.value).to.equal('3.75');
    form.reset();
    await field.updateComplete;
    expect(field.value).to.equal('2500000');
    expect(input.value).to.equal('2.500.000');
  });
});
