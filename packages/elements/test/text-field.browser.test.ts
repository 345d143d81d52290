import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/define/text-field.js';
import type { EgovTextField } from '../src/components/text-field/text-field.js';
import { accessibleDescription, accessibleName, coreReady, frames, inner, nextErrorChange, submitted, trySubmit } from './helpers.js';

async function form(template: ReturnType<typeof html>) {
  const element = await fixture<HTMLFormElement>(template);
  await coreReady();
  const field = element.querySelector<EgovTextField>('egov-text-field')!;
  await field.updateComplete;
  return { form: element, field, input: inner<HTMLInputElement>(field, 'input') };
}

describe('egov-text-field', () => {
  it('gives the box its label and hint, as a screen reader reads them', async () => {
    const { input } = await form(html`<form><egov-text-field name="fullName" label="Họ và tên" hint="Như trên thẻ căn cước"></egov-text-field></form>`);
    expect(accessibleName(input)).to.equal('Họ và tên');
    expect(accessibleDescription(input)).to.equal('Như trên thẻ căn cước');
  });

  it('is submitted with the form in NFC, and reset restores the default', async () => {
    const { form: f, field, input } = await form(html`<form><egov-text-field name="fullName" label="Họ và tên" value="An"></egov-text-field></form>`);
    expect(submitted(f)).to.deep.equal([['fullName', 'An']]);
    input.focus();
    // "Nguyễn" typed decomposed, as some keyboards produce it.
    input.value = 'Nguye\u0302\u0303n';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await field.updateComplete;
    expect(submitted(f)).to.deep.equal([['fullName', 'Nguyễn']]);
    expect(submitted(f)[0]![1]).to.equal('Nguy\u1EC5n');
    f.reset();
    await field.updateComplete;
    expect(field.value).to.equal('An');
    expect(input.value).to.equal('An');
    expect(submitted(f)).to.deep.equal([['fullName', 'An']]);
  });

  it('blocks submission when required and empty, shows and ties the error, and clears it once fixed', async () => {
    const { form: f, field, input } = await form(html`<form><egov-text-field name="fullName" label="Họ và tên" required></egov-text-field></form>`);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    const invalid = oneEvent(field, 'invalid');
    expect(trySubmit(f)).to.equal(false);
    await invalid;
    await field.updateComplete;
    expect(field.errorMessage).to.equal('Vui lòng nhập thông tin này.');
    expect(inner(field, '#error').textContent!.trim()).to.equal('Lỗi: Vui lòng nhập thông tin này.');
    // The asterisk is hidden from screen readers, which hear "required" instead.
    expect(accessibleName(input)).to.equal('Họ và tên');
    expect(input.required).to.equal(true);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(accessibleDescription(input)).to.equal('Lỗi: Vui lòng nhập thông tin này.');
    await expect(f).to.be.accessible();

    const cleared = nextErrorChange(field);
    input.focus();
    await sendKeys({ type: 'Lan' });
    expect((await cleared).message).to.equal('');
    await field.updateComplete;
    expect(inner(field, '#error').hidden).to.equal(true);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(trySubmit(f)).to.equal(true);
  });

  it('shows and announces the error when the person leaves a field they changed (keyboard only)', async () => {
    const { field, input } = await form(html`<form><egov-text-field name="code" label="Mã hồ sơ" minlength="5"></egov-text-field><button>Gửi</button></form>`);
    input.focus();
    await sendKeys({ type: 'ab' });
    await field.updateComplete;
    expect(field.errorMessage, 'no error while typing').to.equal('');
    await sendKeys({ press: 'Tab' });
    await field.updateComplete;
    await frames();
    await field.updateComplete;
    expect(field.errorMessage).to.equal('Vui lòng nhập ít nhất 5 ký tự.');
    expect(inner(field, '[role="status"]').textContent).to.equal('Vui lòng nhập ít nhất 5 ký tự.');
    expect(field.validity.tooShort).to.equal(true);
    await expect(field).to.be.accessible();
  });

  it('does not swallow the click on a button below when leaving the field shows its error', async () => {
    const { field, input } = await form(html`<form><egov-text-field name="code" label="Mã hồ sơ" minlength="5"></egov-text-field><button type="button">Tiếp tục</button></form>`);
    const button = field.parentElement!.querySelector('button')!;
    let clicks = 0;
    button.addEventListener('click', () => clicks++);
    input.focus();
    await sendKeys({ type: 'ab' });
    // Pressed where the button is now: the error shown on leaving must not move it from under the pointer.
    const box = button.getBoundingClientRect();
    const at: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    await sendMouse({ type: 'move', position: at });
    await sendMouse({ type: 'down' });
    await frames();
    await sendMouse({ type: 'up' });
    await frames();
    await field.updateComplete;
    expect(clicks).to.equal(1);
    expect(field.errorMessage, 'the error shows once the press is over').to.equal('Vui lòng nhập ít nhất 5 ký tự.');
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('clears a server error when the person edits, so the form can be sent again', async () => {
    const { form: f, field, input } = await form(html`<form><egov-text-field name="email" label="Email" value="an@example.com"></egov-text-field></form>`);
    expect(trySubmit(f)).to.equal(true);
    // The server answered with a problem naming this field.
    const shown = nextErrorChange(field);
    field.setServerError({ messageKey: 'identifier.email.missing-top-level-domain' });
    expect((await shown).message).to.equal('Tên miền sau ký tự @ phải có phần đuôi, ví dụ .com hoặc .vn');
    expect(trySubmit(f), 'still invalid until edited').to.equal(false);
    input.focus();
    await sendKeys({ type: 'x' });
    await field.updateComplete;
    expect(field.errorMessage).to.equal('');
    expect(trySubmit(f)).to.equal(true);

    // The `error` attribute, as a server-rendered page sets it, works the same way.
    field.setAttribute('error', 'Địa chỉ này đã được dùng');
    await field.updateComplete;
    expect(field.errorMessage).to.equal('Địa chỉ này đã được dùng');
    expect(trySubmit(f)).to.equal(false);
    await sendKeys({ press: 'Backspace' });
    await field.updateComplete;
    expect(field.errorMessage).to.equal('');
    expect(field.hasAttribute('error')).to.equal(false);
    expect(trySubmit(f)).to.equal(true);
  });

  it('speaks the language of the nearest [lang], across shadow roots, and follows changes live', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    await coreReady();
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section><form><egov-text-field label="Name" required></egov-text-field></form></section>';
    const field = shadow.querySelector<EgovTextField>('egov-text-field')!;
    await field.updateComplete;
    field.checkValidity();
    await field.updateComplete;
    expect(field.errorMessage).to.equal('Please enter this information.');
    expect(field.validationMessage).to.equal('Please enter this information.');
    const changed = nextErrorChange(field);
    host.setAttribute('lang', 'vi');
    expect((await changed).message).to.equal('Vui lòng nhập thông tin này.');
    expect(field.validationMessage).to.equal('Vui lòng nhập thông tin này.');
    // A nearer [lang] inside the shadow root wins.
    shadow.querySelector('section')!.setAttribute('lang', 'en-GB');
    await nextErrorChange(field);
    expect(field.errorMessage).to.equal('Please enter this information.');
  });

  it('is left out of the form when disabled, itself or by its fieldset', async () => {
    const { form: f, field, input } = await form(html`<form><fieldset><egov-text-field name="a" label="A" value="1" required></egov-text-field></fieldset></form>`);
    f.querySelector('fieldset')!.disabled = true;
    await field.updateComplete;
    expect(input.disabled).to.equal(true);
    expect(submitted(f)).to.deep.equal([]);
    expect(trySubmit(f)).to.equal(true);
    f.querySelector('fieldset')!.disabled = false;
    field.disabled = true;
    await field.updateComplete;
    expect(submitted(f)).to.deep.equal([]);
    expect(input.disabled).to.equal(true);
  });

  it('checks pattern and length in code points, and custom validators', async () => {
    const { field } = await form(html`<form><egov-text-field name="c" label="Mã" maxlength="3" pattern="[A-Z]+" pattern-message="Chỉ gồm chữ in hoa"></egov-text-field></form>`);
    field.value = 'Ễ'.normalize('NFD');
    await field.updateComplete;
    expect(field.validity.patternMismatch).to.equal(true);
    expect(field.validationMessage).to.equal('Chỉ gồm chữ in hoa');
    field.value = 'ABCD';
    await field.updateComplete;
    expect(field.validity.tooLong).to.equal(true);
    field.value = 'ABC';
    field.validators = [(v) => (v === 'ABC' ? { text: 'Mã này đã hết hạn' } : undefined)];
    await field.updateComplete;
    expect(field.validity.customError).to.equal(true);
    expect(field.validationMessage).to.equal('Mã này đã hết hạn');
  });

  it('focuses its box when focus() is called, as an error summary link does', async () => {
    const { field, input } = await form(html`<form><egov-text-field name="a" label="A"></egov-text-field></form>`);
    field.focus();
    expect(field.shadowRoot!.activeElement).to.equal(input);
    expect(field.labelText).to.equal('A');
  });
});
