import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/error-summary.js';
import '../src/define/text-field.js';
import '../src/define/textarea.js';
import '../src/define/checkbox.js';
import '../src/define/select.js';
import '../src/define/radio-group.js';
import '../src/define/checkbox-group.js';
import '../src/define/date-field.js';
import '../src/define/number-field.js';
import '../src/define/identifier-field.js';
import type { EgovErrorSummary } from '../src/components/error-summary/error-summary.js';
import type { EgovTextField } from '../src/components/text-field/text-field.js';
import type { EgovTextarea } from '../src/components/textarea/textarea.js';
import { accessibleName, coreReady, inner, trySubmit } from './helpers.js';

/** The element that has focus, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short, readable name of an element and the shadow hosts around it, for focus assertions. */
function where(element: Element | null | undefined): string {
  const parts: string[] = [];
  let node: Element | null = element ?? null;
  while (node) {
    const name = node.getAttribute('name');
    const part = node.getAttribute('part');
    const text = node.localName === 'a' || node.localName === 'button' ? ` "${node.textContent!.replace(/\s+/g, ' ').trim()}"` : '';
    parts.unshift(`${node.localName}${node.id ? `#${node.id}` : ''}${name ? `[name=${name}]` : ''}${part ? `[part=${part}]` : ''}${text}`);
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return parts.join(' > ') || 'nothing';
}

/** The lines of the summary as a person reads them; `[]` when it is not shown. */
function lines(summary: EgovErrorSummary): string[] {
  return [...summary.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
}

function links(summary: EgovErrorSummary): HTMLAnchorElement[] {
  return [...summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
}

/** Whether `element` is inside the viewport (to the pixel: scrolling rounds). */
function onScreen(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.top > -1 && box.bottom < window.innerHeight + 1;
}

async function settle(...elements: { updateComplete: Promise<unknown> }[]): Promise<void> {
  await aTimeout(0);
  for (const element of elements) await element.updateComplete;
}

async function applicationForm() {
  const form = await fixture<HTMLFormElement>(html`<form>
    <egov-error-summary></egov-error-summary>
    <egov-text-field name="fullName" label="Họ và tên" required></egov-text-field>
    <egov-text-field name="email" label="Thư điện tử" type="email" value="an@example.com"></egov-text-field>
    <egov-textarea name="reason" label="Lý do đề nghị" required></egov-textarea>
    <egov-checkbox name="consent" label="Tôi cam đoan thông tin trên là đúng" required></egov-checkbox>
    <div class="spacer"></div>
    <button>Gửi hồ sơ</button>
  </form>`);
  // A tall page, so that following a link has to scroll the field into view.
  form.querySelector<HTMLElement>('.spacer')!.style.height = '150vh';
  await coreReady();
  const summary = form.querySelector<EgovErrorSummary>('egov-error-summary')!;
  const [name, email] = [...form.querySelectorAll<EgovTextField>('egov-text-field')] as [EgovTextField, EgovTextField];
  const reason = form.querySelector<EgovTextarea>('egov-textarea')!;
  const consent = form.querySelector('egov-checkbox')!;
  await Promise.all([summary.updateComplete, name.updateComplete, email.updateComplete, reason.updateComplete, consent.updateComplete]);
  return { form, summary, name, email, reason, consent, button: form.querySelector('button')! };
}

describe('egov-error-summary', () => {
  it('shows nothing until something is wrong', async () => {
    const { summary } = await applicationForm();
    expect(summary.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
    expect(summary.getBoundingClientRect().height).to.equal(0);
    expect(summary.errors).to.deep.equal([]);
  });

  it('appears with every error and takes focus when a submit fails, instead of the browser bubble (gcds#936)', async () => {
    const { form, summary, button } = await applicationForm();
    let sent = false;
    form.addEventListener('submit', (event) => { event.preventDefault(); sent = true; });
    // The browser's own report focuses the first invalid field (and shows its bubble): it must not happen.
    const focusedFields: string[] = [];
    form.addEventListener('focusin', (event) => {
      if (event.target !== summary && event.target !== button) focusedFields.push(where(event.target as Element));
    });
    // Keyboard only: the person presses Enter on the submit button.
    button.focus();
    await sendKeys({ press: 'Enter' });
    await summary.updateComplete;
    expect(sent).to.equal(false);
    expect(focusedFields, 'no browser bubble on a field').to.deep.equal([]);
    expect(lines(summary)).to.deep.equal([
      'Họ và tên: Vui lòng nhập thông tin này.',
      'Lý do đề nghị: Vui lòng nhập thông tin này.',
      'Tôi cam đoan thông tin trên là đúng: Vui lòng đánh dấu vào ô này nếu bạn đồng ý.',
    ]);
    const box = inner(summary, '[part="base"]');
    expect(where(document.activeElement)).to.equal(where(summary));
    expect(where(deepActive()), 'focus is on the summary, not on the first field').to.equal(where(box));
    expect(inner(summary, '[role="alert"]').contains(inner(summary, '[role="heading"]'))).to.equal(true);
    expect(inner(summary, '[role="heading"]').textContent).to.equal('Có lỗi cần sửa');
    expect(inner(summary, '[role="heading"]').getAttribute('aria-level')).to.equal('2');
    expect(links(summary).map((link) => accessibleName(link))).to.deep.equal(lines(summary));
    await expect(form).to.be.accessible();
  });

  it('links each error to its field: the control takes focus and its label is on screen (keyboard only)', async () => {
    const { form, summary, name, reason } = await applicationForm();
    expect(trySubmit(form)).to.equal(false);
    await summary.updateComplete;
    window.scrollTo(0, document.body.scrollHeight);
    // Tab from the focused summary to its second link, and follow it with Enter.
    await sendKeys({ press: 'Tab' });
    expect(where(deepActive())).to.equal(where(links(summary)[0]));
    await sendKeys({ press: 'Tab' });
    expect(where(deepActive())).to.equal(where(links(summary)[1]));
    await sendKeys({ press: 'Enter' });
    const textarea = inner(reason, 'textarea');
    expect(where(deepActive())).to.equal(where(textarea));
    expect(onScreen(inner(reason, 'label')), 'the label is visible').to.equal(true);
    expect(onScreen(textarea)).to.equal(true);
    expect(location.hash, 'the page address does not change').to.equal('');

    // A mouse click does the same.
    window.scrollTo(0, document.body.scrollHeight);
    links(summary)[0]!.click();
    expect(where(deepActive())).to.equal(where(inner(name, 'input')));
    expect(onScreen(inner(name, 'label'))).to.equal(true);
  });

  it('drops a line as soon as its field is fixed, goes when all are, and lets the person send the form again (gcds#670)', async () => {
    const { form, summary, name, reason, consent } = await applicationForm();
    expect(trySubmit(form)).to.equal(false);
    await summary.updateComplete;
    links(summary)[0]!.click();
    await sendKeys({ type: 'Nguyễn Văn An' });
    await settle(name, summary);
    expect(lines(summary)).to.deep.equal([
      'Lý do đề nghị: Vui lòng nhập thông tin này.',
      'Tôi cam đoan thông tin trên là đúng: Vui lòng đánh dấu vào ô này nếu bạn đồng ý.',
    ]);
    expect(where(document.activeElement), 'fixing a field leaves focus where the person types').to.equal(where(name));
    links(summary)[0]!.click();
    await sendKeys({ type: 'Cấp lại do bị mất' });
    links(summary)[0]!.click();
    expect(where(deepActive())).to.equal(where(inner(consent, 'input')));
    await sendKeys({ press: 'Space' });
    await settle(reason, consent, summary);
    expect(lines(summary)).to.deep.equal([]);
    expect(summary.shadowRoot!.querySelector('[part="base"]'), 'the summary is gone').to.equal(null);
    expect(trySubmit(form)).to.equal(true);
  });

  it('shows an error the server gives a field after a submit; fixing it clears the summary and the form sends again', async () => {
    const { form, summary, name, email, reason, consent, button } = await applicationForm();
    name.value = 'Nguyễn Văn An';
    reason.value = 'Cấp lại';
    consent.checked = true;
    await Promise.all([name.updateComplete, reason.updateComplete, consent.updateComplete]);
    const submit = oneEvent(form, 'submit');
    form.addEventListener('submit', (event) => event.preventDefault());
    button.focus();
    await sendKeys({ press: 'Enter' });
    await submit;
    // The server answers with a problem naming the email field (`setServerError`, as the page does).
    email.setServerError({ messageKey: 'identifier.email.missing-top-level-domain' });
    await settle(email, summary);
    expect(lines(summary)).to.deep.equal(['Thư điện tử: Tên miền sau ký tự @ phải có phần đuôi, ví dụ .com hoặc .vn']);
    expect(where(deepActive()), 'the summary takes focus').to.equal(where(inner(summary, '[part="base"]')));
    expect(inner(email, '#error').textContent!.trim(), 'the field shows the same error').to.equal('Lỗi: Tên miền sau ký tự @ phải có phần đuôi, ví dụ .com hoặc .vn');
    await expect(form).to.be.accessible();
    expect(trySubmit(form), 'blocked until the person changes the value').to.equal(false);
    await summary.updateComplete;
    expect(lines(summary)).to.have.length(1);

    links(summary)[0]!.click();
    const input = inner<HTMLInputElement>(email, 'input');
    expect(where(deepActive())).to.equal(where(input));
    input.select();
    await sendKeys({ type: 'an@example.com.vn' });
    await settle(email, summary);
    expect(summary.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
    expect(email.errorMessage).to.equal('');
    const again = oneEvent(form, 'submit');
    await sendKeys({ press: 'Enter' });
    expect((await again).defaultPrevented, 'sent again').to.equal(true);
    expect(email.value).to.equal('an@example.com.vn');
  });

  it('takes a server problem response: field errors by name, and errors of the whole form until the next submit', async () => {
    const { form, summary, name, reason, consent, email } = await applicationForm();
    name.value = 'An';
    reason.value = 'Cấp lại';
    consent.checked = true;
    await Promise.all([name.updateComplete, reason.updateComplete, consent.updateComplete]);
    await summary.showErrors([
      { messageKey: 'form.error.pattern' },
      { field: 'email', text: 'Địa chỉ này đã được dùng cho hồ sơ khác' },
      { field: 'fullName', messageKey: 'form.error.too-short', params: { min: 5 } },
    ]);
    expect(lines(summary)).to.deep.equal([
      'Giá trị không đúng định dạng.',
      'Họ và tên: Vui lòng nhập ít nhất 5 ký tự.',
      'Thư điện tử: Địa chỉ này đã được dùng cho hồ sơ khác',
    ]);
    expect(summary.errors.map((entry) => entry.field)).to.deep.equal([undefined, name, email]);
    expect(links(summary)).to.have.length(2);
    expect(where(deepActive())).to.equal(where(inner(summary, '[part="base"]')));
    expect(name.errorMessage).to.equal('Vui lòng nhập ít nhất 5 ký tự.');
    await expect(form).to.be.accessible();

    links(summary)[0]!.click();
    await sendKeys({ type: ' Bình' });
    links(summary)[0]!.click();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'n' });
    await settle(name, email, summary);
    expect(lines(summary), 'the error of the whole form stays until the next answer').to.deep.equal(['Giá trị không đúng định dạng.']);
    form.addEventListener('submit', (event) => event.preventDefault());
    expect(trySubmit(form)).to.equal(true);
    await summary.updateComplete;
    expect(lines(summary)).to.deep.equal([]);
  });

  it('shows errors the page was rendered with, at once, focused (a server round trip by page load)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <egov-error-summary></egov-error-summary>
      <egov-text-field name="code" label="Mã hồ sơ" value="G22.123" error="Không tìm thấy hồ sơ với mã này"></egov-text-field>
    </form>`);
    const summary = form.querySelector<EgovErrorSummary>('egov-error-summary')!;
    await summary.updateComplete;
    expect(lines(summary)).to.deep.equal(['Mã hồ sơ: Không tìm thấy hồ sơ với mã này']);
    expect(where(deepActive())).to.equal(where(inner(summary, '[part="base"]')));
  });

  it('names a checkbox labelled by its content, link included, as a person reads it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <egov-error-summary></egov-error-summary>
      <egov-checkbox name="terms" required>Tôi đồng ý với <a href="/dieu-khoan">điều khoản sử dụng</a><span slot="hint">Bắt buộc</span></egov-checkbox>
    </form>`);
    await coreReady();
    const summary = form.querySelector<EgovErrorSummary>('egov-error-summary')!;
    form.addEventListener('submit', (event) => event.preventDefault());
    expect(trySubmit(form)).to.equal(false);
    await summary.updateComplete;
    expect(lines(summary)).to.deep.equal(['Tôi đồng ý với điều khoản sử dụng: Vui lòng đánh dấu vào ô này nếu bạn đồng ý.']);
  });

  it('does not appear for an error the person makes before submitting (it shows beside the field)', async () => {
    const { summary, name } = await applicationForm();
    inner<HTMLInputElement>(name, 'input').focus();
    await sendKeys({ type: 'A' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Tab' });
    await settle(name, summary);
    expect(name.errorMessage).to.equal('Vui lòng nhập thông tin này.');
    expect(lines(summary)).to.deep.equal([]);
  });

  it('speaks the language of the nearest [lang] and follows it live', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><form>
      <egov-error-summary heading-level="3"></egov-error-summary>
      <egov-text-field name="fullName" label="Full name" required></egov-text-field>
    </form></div>`);
    await coreReady();
    const form = wrapper.querySelector('form')!;
    const summary = wrapper.querySelector<EgovErrorSummary>('egov-error-summary')!;
    const field = wrapper.querySelector<EgovTextField>('egov-text-field')!;
    await field.updateComplete;
    expect(trySubmit(form)).to.equal(false);
    await summary.updateComplete;
    expect(inner(summary, '[role="heading"]').textContent).to.equal('There is a problem');
    expect(inner(summary, '[role="heading"]').getAttribute('aria-level')).to.equal('3');
    expect(lines(summary)).to.deep.equal(['Full name: Please enter this information.']);
    await expect(wrapper).to.be.accessible();
    wrapper.setAttribute('lang', 'vi');
    await oneEvent(field, 'egov-error-change');
    await settle(summary);
    expect(inner(summary, '[role="heading"]').textContent).to.equal('Có lỗi cần sửa');
    expect(lines(summary)).to.deep.equal(['Full name: Vui lòng nhập thông tin này.']);
  });

  it('works for a form it names with `for`, and for native inputs in it', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <egov-error-summary for="lookup"></egov-error-summary>
      <form id="lookup">
        <label for="phone">Số điện thoại</label>
        <input id="phone" name="phone" required />
        <egov-text-field name="code" label="Mã hồ sơ" required></egov-text-field>
      </form>
    </div>`);
    await coreReady();
    const form = page.querySelector('form')!;
    const summary = page.querySelector<EgovErrorSummary>('egov-error-summary')!;
    const phone = page.querySelector('input')!;
    await page.querySelector<EgovTextField>('egov-text-field')!.updateComplete;
    expect(summary.form).to.equal(form);
    expect(trySubmit(form)).to.equal(false);
    await summary.updateComplete;
    expect(lines(summary)).to.have.length(2);
    expect(lines(summary)[0]).to.match(/^Số điện thoại: .+/);
    expect(links(summary)[0]!.getAttribute('href')).to.equal('#phone');
    links(summary)[0]!.click();
    expect(where(document.activeElement)).to.equal(where(phone));
    await sendKeys({ type: '0912345678' });
    await summary.updateComplete;
    expect(lines(summary)).to.deep.equal(['Mã hồ sơ: Vui lòng nhập thông tin này.']);
    await expect(page).to.be.accessible();
  });

  it('lists every kind of field of the form, each link focusing the field\'s first control', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <egov-error-summary></egov-error-summary>
      <egov-identifier-field name="cccd" kind="cccd" required></egov-identifier-field>
      <egov-date-field name="birth" label="Ngày sinh" required></egov-date-field>
      <egov-number-field name="copies" label="Số bản sao" required></egov-number-field>
      <egov-select name="agency" label="Cơ quan giải quyết" required><option value="ubnd">UBND phường</option></egov-select>
      <egov-radio-group name="delivery" label="Nhận kết quả" required><option value="home">Tại nhà</option><option value="desk">Tại bộ phận một cửa</option></egov-radio-group>
      <egov-checkbox-group name="docs" label="Giấy tờ kèm theo" required><option value="birth">Giấy khai sinh</option></egov-checkbox-group>
      <button>Gửi</button>
    </form>`);
    await coreReady();
    const summary = form.querySelector<EgovErrorSummary>('egov-error-summary')!;
    const fields = [...form.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown>; labelText: string }>('[name]')];
    await Promise.all(fields.map((field) => field.updateComplete));
    expect(trySubmit(form)).to.equal(false);
    await summary.updateComplete;
    expect(lines(summary)).to.have.length(6);
    expect(lines(summary).map((line) => line.split(':')[0])).to.deep.equal(fields.map((field) => field.labelText));
    expect(lines(summary).every((line) => /: \S/.test(line)), 'each line has its error').to.equal(true);
    await expect(form).to.be.accessible();
    for (const [index, field] of fields.entries()) {
      links(summary)[index]!.click();
      const active = deepActive();
      expect(active !== null && field.shadowRoot!.contains(active), `focus inside ${field.localName}: ${where(active)}`).to.equal(true);
    }
  });

  it('empties on reset', async () => {
    const { form, summary } = await applicationForm();
    expect(trySubmit(form)).to.equal(false);
    await summary.updateComplete;
    expect(lines(summary)).to.have.length(3);
    form.reset();
    await settle(summary);
    expect(lines(summary)).to.deep.equal([]);
  });
});
