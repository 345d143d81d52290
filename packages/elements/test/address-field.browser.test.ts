import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/address-field.js';
import { loadUnits, type EgovAddressField } from '../src/components/address-field/address-field.js';
import type { EgovCombobox } from '../src/components/combobox/combobox.js';
import { accessibleName, coreReady, frames, inner, submitted, trySubmit } from './helpers.js';

// Every module the page fetches is a resource entry: keep them all (the default keeps 250).
performance.setResourceTimingBufferSize(100_000);
const requested = (pattern: RegExp) => performance.getEntriesByType('resource').some((e) => pattern.test(new URL(e.name).pathname));
const unitsRequested = () => requested(/\/core\/src\/units\//);
const currentListRequested = () => requested(/\/core\/src\/units\/data\/current\.generated\.ts$/);
/** The old list, the mapping, or any module of the old entry (`old.ts`, `old-list.ts`…). */
const oldRequested = () => requested(/\/core\/src\/units\/(?:data\/)?old[^/]*\.ts$/);

async function setup(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(template);
  await coreReady();
  const field = form.querySelector<EgovAddressField>('egov-address-field')!;
  await loadUnits();
  await field.updateComplete;
  await waitUntil(() => !inner<HTMLSelectElement>(field, '#province').disabled, 'unit list loaded');
  return { form, field };
}

describe('egov-address-field', () => {
  it('downloads the unit list only when an address field appears', async () => {
    expect(unitsRequested(), 'nothing loaded by the define entry').to.equal(false);
    await setup(html`<form><egov-address-field name="addr"></egov-address-field></form>`);
    expect(unitsRequested()).to.equal(true);
  });

  it('picks a province and a commune with the current list only, never requesting the old list or the mapping', async () => {
    const { field } = await setup(html`<form><egov-address-field name="addr" street-optional></egov-address-field></form>`);
    expect(currentListRequested(), 'the current list').to.equal(true);
    const province = inner<HTMLSelectElement>(field, '#province');
    province.focus();
    const hanoi = [...province.options].findIndex((o) => o.value === '01');
    for (let i = 0; i < hanoi; i++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'ba dinh' });
    await inner<EgovCombobox>(field, '#commune').updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await field.updateComplete;
    expect(field.value).to.deep.equal({ provinceCode: '01', communeCode: '00004', street: '' });
    await frames();
    expect(oldRequested(), 'the old list or the mapping was requested').to.equal(false);
  });

  it('is filled in with the keyboard alone: province, then commune searched without accents, then street', async () => {
    const { form, field } = await setup(html`<form><egov-address-field name="addr" label="Nơi thường trú" required></egov-address-field></form>`);
    const province = inner<HTMLSelectElement>(field, '#province');
    const commune = inner<EgovCombobox>(field, '#commune');
    expect(accessibleName(inner(field, 'fieldset'))).to.equal('Nơi thường trú');
    expect(accessibleName(province)).to.equal('Tỉnh, thành phố');
    expect(province.options.length).to.equal(35);
    expect(trySubmit(form)).to.equal(false);
    await field.updateComplete;
    expect(field.errorMessage).to.equal('Vui lòng chọn tỉnh, thành phố.');
    await expect(form).to.be.accessible();

    province.focus();
    const thaiNguyen = [...province.options].findIndex((o) => o.value === '19');
    for (let i = 0; i < thaiNguyen; i++) await sendKeys({ press: 'ArrowDown' });
    await field.updateComplete;
    expect(field.value.provinceCode).to.equal('19');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'duc xuan' });
    await commune.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await field.updateComplete;
    expect(field.value.communeCode).to.equal('01840');
    expect(inner<HTMLInputElement>(commune, 'input').value).to.equal('Phường Đức Xuân');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Số 5, tổ 3' });
    await field.updateComplete;
    expect(submitted(form)).to.deep.equal([['addr.provinceCode', '19'], ['addr.communeCode', '01840'], ['addr.street', 'Số 5, tổ 3']]);
    expect(field.errorMessage).to.equal('');
    expect(trySubmit(form)).to.equal(true);
    await expect(form).to.be.accessible();
  });

  it('does not submit a commune the person cleared with Escape or typed over', async () => {
    const { form, field } = await setup(html`<form><egov-address-field name="addr" required street-optional
      value='{"provinceCode":"01","communeCode":"","street":""}'></egov-address-field></form>`);
    const commune = inner<EgovCombobox>(field, '#commune');
    const box = inner<HTMLInputElement>(commune, 'input');
    const pickBaDinh = async () => {
      box.focus();
      await sendKeys({ type: 'ba dinh' });
      await commune.updateComplete;
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await field.updateComplete;
      expect(submitted(form)).to.deep.include(['addr.communeCode', '00004']);
    };
    const communeCode = () => submitted(form).find(([name]) => name === 'addr.communeCode')?.[1];

    await pickBaDinh();
    await sendKeys({ press: 'Escape' });
    await field.updateComplete;
    expect(box.value).to.equal('');
    expect(communeCode(), 'after Escape').to.equal('');
    expect(trySubmit(form)).to.equal(false);

    await pickBaDinh();
    await sendKeys({ type: 'x' });
    await field.updateComplete;
    expect(communeCode(), 'after typing').to.equal('');
    expect(trySubmit(form)).to.equal(false);
    await field.updateComplete;
    expect(field.errorMessage).to.equal('Vui lòng chọn xã, phường, đặc khu.');
  });

  it('turns an old address into the current unit, with the advisory notice', async () => {
    const { field } = await setup(html`<form><egov-address-field name="addr"></egov-address-field></form>`);
    const summary = inner<HTMLElement>(field, 'summary');
    expect(summary.textContent).to.equal('Bạn chỉ biết địa chỉ cũ (trước ngày 01/07/2025)?');
    expect(oldRequested(), 'no old list before the help is opened').to.equal(false);
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(inner<HTMLDetailsElement>(field, 'details').open).to.equal(true);
    await waitUntil(oldRequested, 'opening the help loads the old list');
    await sendKeys({ press: 'Tab' });
    const old = inner<EgovCombobox>(field, '#old');
    await sendKeys({ type: 'duc xuan bac kan' });
    await waitUntil(() => old.shadowRoot!.querySelectorAll('[role="option"]').length > 0, 'old units found', { timeout: 3000 });
    expect(old.shadowRoot!.querySelector('[role="option"]')!.textContent!.trim()).to.equal('Phường Đức Xuân, Tỉnh Bắc Kạn');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await field.updateComplete;
    expect(inner(field, '#became').textContent).to.equal('Phường Đức Xuân nay thuộc:');
    expect(inner(field, '.advisory').textContent).to.match(/chỉ có giá trị tham khảo/);
    const use = inner<HTMLButtonElement>(field, '.use');
    expect(accessibleName(use)).to.equal('Dùng Phường Đức Xuân, Tỉnh Thái Nguyên');
    use.focus();
    await sendKeys({ press: 'Enter' });
    await field.updateComplete;
    expect(field.value).to.deep.equal({ provinceCode: '19', communeCode: '01840', street: '' });
    await frames();
    await field.updateComplete;
    expect(inner(field, 'fieldset > [role="status"]').textContent).to.equal(
      'Đã điền Phường Đức Xuân, Tỉnh Thái Nguyên. Hãy kiểm tra lại xã, phường, đặc khu và nhập số nhà, tên đường.');
    await expect(field).to.be.accessible();
  });

  it('speaks English, resets to its default, and lets the street be optional', async () => {
    const { form, field } = await setup(html`<form lang="en"><egov-address-field name="a" street-optional
      value='{"provinceCode":"01","communeCode":"00004","street":""}'></egov-address-field></form>`);
    expect(accessibleName(inner(field, '#province'))).to.equal('Province or city');
    expect(inner<HTMLSelectElement>(field, '#province').selectedOptions[0]!.textContent).to.equal('Hanoi City');
    await inner<EgovCombobox>(field, '#commune').updateComplete;
    expect(inner<HTMLInputElement>(inner(field, '#commune'), 'input').value).to.equal('Ba Dinh Ward');
    expect(trySubmit(form)).to.equal(true);
    field.value = { provinceCode: '19', communeCode: '', street: '' };
    await field.updateComplete;
    expect(field.validationMessage).to.equal('Please choose a commune, ward or special zone.');
    form.reset();
    await field.updateComplete;
    expect(field.value.communeCode).to.equal('00004');
  });
});
