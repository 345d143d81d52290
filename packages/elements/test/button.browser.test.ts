import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/button.js';
import '../src/define/text-field.js';
import '../src/define/fieldset.js';
import type { EgovButton } from '../src/components/button/button.js';
import type { EgovTextField } from '../src/components/text-field/text-field.js';
import type { EgovFieldset } from '../src/components/fieldset/fieldset.js';
import { accessibleName, inner, submitted } from './helpers.js';

/** What the server got: the next page loaded in the iframe the form targets. */
async function received(frame: HTMLIFrameElement, press: () => unknown): Promise<{ at: string; query: [string, string][] }> {
  const loaded = oneEvent(frame, 'load');
  await press();
  await loaded;
  const { pathname, search, hash } = frame.contentWindow!.location;
  return { at: `${pathname.split('/').pop()}${hash}`, query: [...new URLSearchParams(search).entries()] };
}

/** An empty page for forms to submit to (GET): the query is what was sent. */
const sink = new URL('./fixtures/received.html', import.meta.url).pathname;

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

  it('sends its name and value with the form, as a native submit button does, and stands for the submitter', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><iframe name="sink" title="Kết quả"></iframe>
      <form action=${sink} target="sink"><egov-text-field name="a" label="Tên" required></egov-text-field>
        <egov-button name="action" value="send">Gửi hồ sơ</egov-button>
        <egov-button name="action" value="draft" variant="secondary" formaction=${`${sink}#luu-nhap`} formnovalidate>Lưu nháp</egov-button>
      </form></div>`);
    const form = page.querySelector('form')!;
    const frame = page.querySelector('iframe')!;
    const [send, draft] = form.querySelectorAll<EgovButton>('egov-button');
    await send!.updateComplete;
    const submitters: { name: string; value: string; entries: [string, string][] }[] = [];
    form.addEventListener('submit', (event) => {
      const submitter = event.submitter as HTMLButtonElement;
      const entries = [...new FormData(form, submitter).entries()].map(([k, v]) => [k, String(v)] as [string, string]);
      submitters.push({ name: submitter.name, value: submitter.value, entries });
    });

    // "Save draft" skips the checks (formnovalidate) and goes to its own address (formaction).
    const saved = await received(frame, () => draft!.click());
    expect(saved).to.deep.equal({ at: 'received.html#luu-nhap', query: [['a', ''], ['action', 'draft']] });

    form.querySelector<EgovTextField>('egov-text-field')!.value = 'An';
    send!.focus();
    const sent = await received(frame, () => sendKeys({ press: 'Enter' }));
    expect(sent).to.deep.equal({ at: 'received.html', query: [['a', 'An'], ['action', 'send']] });
    expect(submitters).to.deep.equal([
      { name: 'action', value: 'draft', entries: [['a', ''], ['action', 'draft']] },
      { name: 'action', value: 'send', entries: [['a', 'An'], ['action', 'send']] },
    ]);
    expect(form.querySelectorAll('button').length, 'the stand-in button is gone').to.equal(0);
    expect(submitted(form)).to.deep.equal([['a', 'An']]);
    await expect(page).to.be.accessible();
  });

  it('cannot submit inside a disabled <fieldset> or <egov-fieldset>', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><legend>Gửi</legend>
      <egov-fieldset legend="Hành động"><egov-button>Gửi hồ sơ</egov-button></egov-fieldset></fieldset></form>`);
    const button = form.querySelector<EgovButton>('egov-button')!;
    const group = form.querySelector<EgovFieldset>('egov-fieldset')!;
    await button.updateComplete;
    let sent = 0;
    form.addEventListener('submit', (e) => { e.preventDefault(); sent++; });
    button.click();
    expect(sent).to.equal(0);
    expect(inner<HTMLButtonElement>(button, 'button').disabled).to.equal(true);
    form.querySelector('fieldset')!.disabled = false;
    group.disabled = true;
    await group.updateComplete;
    await button.updateComplete;
    button.click();
    expect(sent).to.equal(0);
    expect(inner<HTMLButtonElement>(button, 'button').disabled).to.equal(true);
    group.disabled = false;
    await group.updateComplete;
    await button.updateComplete;
    button.click();
    expect(sent).to.equal(1);
    await expect(form).to.be.accessible();
  });
});
