import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/textarea.js';
import type { EgovTextarea } from '../src/components/textarea/textarea.js';
import { accessibleDescription, accessibleName, coreReady, inner, submitted, trySubmit } from './helpers.js';

describe('egov-textarea', () => {
  it('tells the limit, counts what is left as the person types, and reads the count out after a pause', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><egov-textarea name="reason" label="Lý do" maxlength="10"></egov-textarea></form>`);
    await coreReady();
    const field = form.querySelector<EgovTextarea>('egov-textarea')!;
    await field.updateComplete;
    const box = inner<HTMLTextAreaElement>(field, 'textarea');
    expect(accessibleName(box)).to.equal('Lý do');
    expect(accessibleDescription(box)).to.equal('Bạn có thể nhập tối đa 10 ký tự');
    expect(inner(field, '[part="count"]').textContent).to.equal('Bạn còn 10 ký tự');
    box.focus();
    await sendKeys({ type: 'Đất đai' });
    await field.updateComplete;
    expect(inner(field, '[part="count"]').textContent).to.equal('Bạn còn 3 ký tự');
    expect(inner(field, '.count + [role="status"]').textContent, 'not read while typing').to.equal('');
    await new Promise((r) => setTimeout(r, 1100));
    await field.updateComplete;
    expect(inner(field, '.count + [role="status"]').textContent).to.equal('Bạn còn 3 ký tự');
    await sendKeys({ type: ' và nhà ở' });
    await field.updateComplete;
    expect(inner(field, '[part="count"]').textContent).to.equal('Bạn đã nhập quá 6 ký tự');
    expect(box.value, 'typing past the limit is allowed').to.equal('Đất đai và nhà ở');
    expect(trySubmit(form)).to.equal(false);
    await field.updateComplete;
    expect(field.errorMessage).to.equal('Vui lòng nhập không quá 10 ký tự.');
    await expect(form).to.be.accessible();
  });

  it('submits NFC text and resets to its default, in English too', async () => {
    const form = await fixture<HTMLFormElement>(html`<form lang="en"><egov-textarea name="note" label="Note" value="Xin chào" maxlength="20"></egov-textarea></form>`);
    const field = form.querySelector<EgovTextarea>('egov-textarea')!;
    await field.updateComplete;
    expect(inner(field, '[part="count"]').textContent).to.equal('You have 12 characters remaining');
    field.value = 'Chào'.normalize('NFD');
    await field.updateComplete;
    expect(submitted(form)).to.deep.equal([['note', 'Chào'.normalize('NFC')]]);
    form.reset();
    await field.updateComplete;
    expect(inner<HTMLTextAreaElement>(field, 'textarea').value).to.equal('Xin chào');
  });
});
