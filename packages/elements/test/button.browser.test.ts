import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/button.js';
import '../src/define/text-field.js';
import type { EgovButton } from '../src/components/button/button.js';
import type { EgovTextField } from '../src/components/text-field/text-field.js';
import { accessibleName, inner, submitted } from './helpers.js';

describe('egov-button', () => {
  it('submits its form from the keyboard, after the fields are checked', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><egov-text-field name="a" label="Tên" required></egov-text-field><egov-button>Gửi hồ sơ</egov-button></form>`);
    const button = form.querySelector<EgovButton>('egov-button')!;
    const field = form.querySelector<EgovTextField>('egov-text-field')!;
    await button.updateComplete;
    let sent = 0;
    form.addEventListener('submit', (e) => { e.preventDefault(); sent++; });
    expect(accessibleName(inner(button, 'button'))).to.equal('Gửi hồ sơ');
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(sent, 'blocked while the required field is empty').to.equal(0);
    field.focus();
    await sendKeys({ type: 'An' });
    const submit = oneEvent(form, 'submit');
    await sendKeys({ press: 'Enter' }); // Enter in a field submits, as in a native input
    await submit;
    expect(sent).to.equal(1);
    button.focus();
    await sendKeys({ press: 'Space' });
    expect(sent).to.equal(2);
    expect(submitted(form)).to.deep.equal([['a', 'An']]);
    await expect(form).to.be.accessible();
  });

  it('resets its form with type="reset"', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><egov-text-field name="a" label="Tên" value="X"></egov-text-field><egov-button type="reset" variant="secondary">Xóa</egov-button></form>`);
    const field = form.querySelector<EgovTextField>('egov-text-field')!;
    field.value = 'Y';
    await field.updateComplete;
    form.querySelector<EgovButton>('egov-button')!.click();
    await field.updateComplete;
    expect(field.value).to.equal('X');
  });

  it('ignores presses and says "please wait" while loading, keeping focus', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><egov-button loading>Gửi</egov-button></form>`);
    const button = form.querySelector<EgovButton>('egov-button')!;
    await button.updateComplete;
    let sent = 0;
    form.addEventListener('submit', (e) => { e.preventDefault(); sent++; });
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(sent).to.equal(0);
    expect(button.shadowRoot!.activeElement).to.equal(inner(button, 'button'));
    expect(inner(button, 'button').getAttribute('aria-disabled')).to.equal('true');
    expect(inner(button, '[role="status"]').textContent).to.equal('Đang xử lý, vui lòng đợi');
    await expect(button).to.be.accessible();
  });

  it('is a link when given href', async () => {
    const button = await fixture<EgovButton>(html`<egov-button href="/bat-dau">Bắt đầu</egov-button>`);
    const link = inner<HTMLAnchorElement>(button, 'a');
    expect(link.getAttribute('href')).to.equal('/bat-dau');
    expect(accessibleName(link)).to.equal('Bắt đầu');
    await expect(button).to.be.accessible();
  });
});
