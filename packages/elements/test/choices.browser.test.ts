import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/checkbox.js';
import '../src/define/checkbox-group.js';
import '../src/define/radio-group.js';
import '../src/define/select.js';
import '../src/define/fieldset.js';
import '../src/define/text-field.js';
import type { EgovCheckbox } from '../src/components/checkbox/checkbox.js';
import type { EgovCheckboxGroup } from '../src/components/checkbox-group/checkbox-group.js';
import type { EgovRadioGroup } from '../src/components/radio-group/radio-group.js';
import type { EgovSelect } from '../src/components/select/select.js';
import type { EgovFieldset } from '../src/components/fieldset/fieldset.js';
import type { EgovTextField } from '../src/components/text-field/text-field.js';
import { accessibleDescription, accessibleName, coreReady, inner, submitted, trySubmit } from './helpers.js';

describe('egov-checkbox', () => {
  it('submits its value when ticked with Space, must be ticked when required, and resets', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><egov-checkbox name="agree" value="yes" required hint="Bắt buộc để nộp hồ sơ">Tôi cam đoan những lời khai trên là đúng sự thật</egov-checkbox></form>`);
    const box = form.querySelector<EgovCheckbox>('egov-checkbox')!;
    await box.updateComplete;
    const input = inner<HTMLInputElement>(box, 'input');
    expect(accessibleName(input)).to.equal('Tôi cam đoan những lời khai trên là đúng sự thật');
    expect(accessibleDescription(input)).to.equal('Bắt buộc để nộp hồ sơ');
    expect(submitted(form)).to.deep.equal([]);
    expect(trySubmit(form)).to.equal(false);
    await box.updateComplete;
    expect(box.errorMessage).to.equal('Vui lòng đánh dấu vào ô này nếu bạn đồng ý.');
    await expect(form).to.be.accessible();
    input.focus();
    await sendKeys({ press: 'Space' });
    await box.updateComplete;
    expect(box.checked).to.equal(true);
    expect(box.errorMessage).to.equal('');
    expect(submitted(form)).to.deep.equal([['agree', 'yes']]);
    form.reset();
    await box.updateComplete;
    expect(input.checked).to.equal(false);
  });
});

describe('egov-checkbox-group', () => {
  it('is a group named by its legend; ticked values are submitted under one name; min/max from core', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <egov-checkbox-group name="docs" label="Giấy tờ kèm theo" hint="Chọn tất cả giấy tờ bạn có" value="cccd" max-selected="2">
        <option value="cccd">Căn cước</option>
        <option value="ks" data-hint="Bản sao có chứng thực">Giấy khai sinh</option>
        <option value="hk">Sổ hộ khẩu cũ</option>
      </egov-checkbox-group></form>`);
    await coreReady();
    const group = form.querySelector<EgovCheckboxGroup>('egov-checkbox-group')!;
    await group.updateComplete;
    const fieldset = inner(group, 'fieldset');
    expect(accessibleName(fieldset)).to.equal('Giấy tờ kèm theo');
    expect(accessibleDescription(fieldset)).to.equal('Chọn tất cả giấy tờ bạn có');
    const boxes = [...group.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    expect(boxes.map((b) => accessibleName(b))).to.deep.equal(['Căn cước', 'Giấy khai sinh', 'Sổ hộ khẩu cũ']);
    expect(accessibleDescription(boxes[1]!)).to.equal('Bản sao có chứng thực');
    expect(submitted(form)).to.deep.equal([['docs', 'cccd']]);
    boxes[0]!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await group.updateComplete;
    expect(group.value).to.deep.equal(['cccd', 'ks', 'hk']);
    expect(submitted(form)).to.deep.equal([['docs', 'cccd'], ['docs', 'ks'], ['docs', 'hk']]);
    expect(trySubmit(form)).to.equal(false);
    await group.updateComplete;
    expect(group.errorMessage).to.equal('Vui lòng chọn không quá 2 mục.');
    await expect(form).to.be.accessible();
    form.reset();
    await group.updateComplete;
    expect(group.value).to.deep.equal(['cccd']);
    expect(boxes.map((b) => b.checked)).to.deep.equal([true, false, false]);
  });
});

describe('egov-radio-group', () => {
  it('chooses with the arrow keys, submits the choice, and asks for one when required', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><egov-radio-group name="way" label="Bạn muốn nhận kết quả bằng cách nào?" required></egov-radio-group><button>Gửi</button></form>`);
    await coreReady();
    const group = form.querySelector<EgovRadioGroup>('egov-radio-group')!;
    group.options = [
      { value: 'post', label: 'Qua bưu điện', hint: 'Có thu phí' },
      { value: 'office', label: 'Nhận trực tiếp' },
      { value: 'online', label: 'Bản điện tử' },
    ];
    await group.updateComplete;
    expect(trySubmit(form)).to.equal(false);
    await group.updateComplete;
    expect(group.errorMessage).to.equal('Vui lòng chọn một lựa chọn.');
    const fieldset = inner(group, 'fieldset');
    expect(accessibleName(fieldset)).to.equal('Bạn muốn nhận kết quả bằng cách nào?');
    expect(accessibleDescription(fieldset)).to.equal('Lỗi: Vui lòng chọn một lựa chọn.');
    await expect(form).to.be.accessible();
    group.focus();
    await sendKeys({ press: 'ArrowDown' });
    await group.updateComplete;
    expect(group.value).to.equal('office');
    await sendKeys({ press: 'ArrowDown' });
    await group.updateComplete;
    expect(group.value).to.equal('online');
    expect(group.errorMessage).to.equal('');
    expect(submitted(form)).to.deep.equal([['way', 'online']]);
    form.reset();
    await group.updateComplete;
    expect(group.value).to.equal('');
    expect(submitted(form)).to.deep.equal([]);
  });
});

describe('egov-select', () => {
  it('starts on "— Chọn —", submits the chosen option, and follows [lang]', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><egov-select name="nation" label="Dân tộc" required>
      <option value="kinh">Kinh</option><option value="tay">Tày</option><option value="thai">Thái</option></egov-select></form>`);
    await coreReady();
    const select = form.querySelector<EgovSelect>('egov-select')!;
    await select.updateComplete;
    const native = inner<HTMLSelectElement>(select, 'select');
    expect(accessibleName(native)).to.equal('Dân tộc');
    expect(native.selectedOptions[0]!.textContent).to.equal('— Chọn —');
    expect(trySubmit(form)).to.equal(false);
    native.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await select.updateComplete;
    expect(select.value).to.equal('tay');
    expect(submitted(form)).to.deep.equal([['nation', 'tay']]);
    await expect(form).to.be.accessible();
    form.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await select.updateComplete;
    expect(native.options[0]!.textContent).to.equal('— Choose —');
  });

  it('shows the value set by script and resets to none', async () => {
    const form = await fixture<HTMLFormElement>(html`<form lang="en"><egov-select name="s" label="S"></egov-select></form>`);
    const select = form.querySelector<EgovSelect>('egov-select')!;
    select.options = [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }];
    select.value = 'b';
    await select.updateComplete;
    const native = inner<HTMLSelectElement>(select, 'select');
    expect(native.value).to.equal('b');
    expect(native.options[0]!.textContent).to.equal('— Choose —');
    form.reset();
    await select.updateComplete;
    expect(native.value).to.equal('');
  });
});

describe('egov-fieldset', () => {
  it('names the group by its legend and disables the fields inside', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><egov-fieldset legend="Người nộp hồ sơ" hint="Thông tin của bạn">
      <egov-text-field name="n" label="Họ và tên" value="An"></egov-text-field></egov-fieldset></form>`);
    const fieldset = form.querySelector<EgovFieldset>('egov-fieldset')!;
    const field = form.querySelector<EgovTextField>('egov-text-field')!;
    await fieldset.updateComplete;
    await field.updateComplete;
    expect(accessibleName(inner(fieldset, 'fieldset'))).to.equal('Người nộp hồ sơ');
    expect(accessibleDescription(inner(fieldset, 'fieldset'))).to.equal('Thông tin của bạn');
    expect(submitted(form)).to.deep.equal([['n', 'An']]);
    fieldset.disabled = true;
    await fieldset.updateComplete;
    await field.updateComplete;
    expect(inner<HTMLInputElement>(field, 'input').disabled).to.equal(true);
    expect(submitted(form)).to.deep.equal([]);
    await expect(form).to.be.accessible();
  });
});
