import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/identifier-field.js';
import type { EgovIdentifierField } from '../src/components/identifier-field/identifier-field.js';
import { accessibleDescription, accessibleName, coreReady, inner, submitted, trySubmit } from './helpers.js';

async function setup(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(template);
  await coreReady();
  const field = form.querySelector<EgovIdentifierField>('egov-identifier-field')!;
  await field.updateComplete;
  return { form, field, input: inner<HTMLInputElement>(field, 'input') };
}

describe('egov-identifier-field', () => {
  it('labels a CCCD field with core’s name, explains a wrong length, and formats it once left', async () => {
    const { form, field, input } = await setup(html`<form><egov-identifier-field name="cccd" required></egov-identifier-field><button>Gửi</button></form>`);
    expect(accessibleName(input)).to.equal('Số định danh cá nhân (số căn cước)');
    expect(accessibleDescription(input)).to.equal('Gồm 12 chữ số, in trên thẻ căn cước hoặc căn cước công dân');
    expect(input.inputMode).to.equal('numeric');
    input.focus();
    await sendKeys({ type: '00109501234' });
    await sendKeys({ press: 'Tab' });
    await field.updateComplete;
    expect(field.errorMessage).to.equal('Số định danh cá nhân phải có đúng 12 chữ số (bạn đã nhập 11 chữ số)');
    expect(input.value).to.equal('001 095 012 34');
    input.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '5' });
    await field.updateComplete;
    expect(field.errorMessage, 'fixed: the error goes at once').to.equal('');
    await sendKeys({ press: 'Tab' });
    await field.updateComplete;
    expect(input.value).to.equal('001 095 012 345');
    expect(submitted(form)).to.deep.equal([['cccd', '001095012345']]);
    expect(trySubmit(form)).to.equal(true);
    await expect(form).to.be.accessible();
  });

  it('checks a phone number and submits it in E.164, in English', async () => {
    const { form, field, input } = await setup(html`<form lang="en"><egov-identifier-field kind="phone" name="phone"></egov-identifier-field></form>`);
    expect(accessibleName(input)).to.equal('Mobile phone number');
    expect(input.type).to.equal('tel');
    expect(input.autocomplete).to.equal('tel');
    input.focus();
    await sendKeys({ type: '01691234567' });
    expect(trySubmit(form)).to.equal(false);
    await field.updateComplete;
    expect(field.errorMessage).to.equal('Numbers starting 0169 changed to 039 in 2018. Enter the new number: 0391 234 567');
    field.value = '0912345678';
    await field.updateComplete;
    expect(submitted(form)).to.deep.equal([['phone', '+84912345678']]);
    expect(input.value).to.equal('0912 345 678');
    await expect(form).to.be.accessible();
  });

  it('asks for the tax code with core’s own wording when required and empty, and catches a wrong check digit', async () => {
    const { form, field, input } = await setup(html`<form><egov-identifier-field kind="tax-code" name="mst" label="Mã số thuế doanh nghiệp" hint="Xem trên giấy đăng ký" required></egov-identifier-field></form>`);
    expect(accessibleName(input)).to.equal('Mã số thuế doanh nghiệp');
    expect(accessibleDescription(input)).to.equal('Xem trên giấy đăng ký');
    expect(trySubmit(form)).to.equal(false);
    await field.updateComplete;
    expect(field.errorMessage).to.equal('Nhập mã số thuế');
    field.value = '0100109107';
    await field.updateComplete;
    expect(field.validationMessage).to.match(/^Mã số thuế không đúng: chữ số kiểm tra/);
    field.value = '0100109106-001';
    await field.updateComplete;
    expect(submitted(form)).to.deep.equal([['mst', '0100109106001']]);
  });
});
