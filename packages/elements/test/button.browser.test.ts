import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/button.js';
import '../src/define/text-field.js';
import '../src/define/fieldset.js';
import type { EgovButton } from '../src/components/button/button.js';
import type { EgovTextField } from '../src/components/text-field/text-field.js';
import type { EgovFieldset } from '../src/components/fieldset/fieldset.js';
import { accessibleName, inner, loadTheme, submitted } from './helpers.js';

/** What the server got: the next page loaded in the iframe the form targets. */
async function received(frame: HTMLIFrameElement, press: () => unknown): Promise<{ at: string; query: [string, string][] }> {
  const loaded = oneEvent(frame, 'load');
  await press();
  await loaded;
  const { pathname, search, hash } = frame.contentWindow!.location;
  return { at: `${pathname.split('/').pop()}${hash}`, query: [...new URLSearchParams(search).entries()] };
}

/** The red, green, blue and alpha of a computed colour (`rgb(…)` or `rgba(…)`). */
function rgba(color: string): number[] {
  const parts = /rgba?\(([^)]*)\)/.exec(color)?.[1]?.split(',').map(Number);
  if (!parts) throw new Error(`not a colour: ${color}`);
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

/** The WCAG contrast ratio of two opaque colours. */
function contrast(a: number[], b: number[]): number {
  const luminance = (c: number[]) => {
    const [r, g, b] = c.slice(0, 3).map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const white = [255, 255, 255, 1];

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

  it('keeps its status region in the page, and fills it only while loading', async () => {
    const button = await fixture<EgovButton>(html`<egov-button type="button">Gửi</egov-button>`);
    const status = inner(button, '[role="status"]');
    expect(status.textContent, 'silent before loading').to.equal('');
    expect(accessibleName(inner(button, 'button'))).to.equal('Gửi');
    button.loading = true;
    await button.updateComplete;
    expect(inner(button, '[role="status"]'), 'the same live region').to.equal(status);
    expect(status.textContent).to.equal('Đang xử lý, vui lòng đợi');
    button.loading = false;
    await button.updateComplete;
    expect(status.isConnected).to.equal(true);
    expect(status.textContent).to.equal('');
  });

  for (const theme of ['default', 'high-contrast'] as const) {
    it(`shows keyboard focus in every variant: dark text on the ring colour, with a dark edge (${theme} theme)`, async () => {
      await loadTheme(theme);
      const variants = ['primary', 'secondary', 'warning', 'link'] as const;
      const page = await fixture<HTMLDivElement>(html`<div data-egov-theme=${theme}><input aria-label="Trước">${
        variants.map((variant) => html`<egov-button type="button" variant=${variant}>Xóa hồ sơ</egov-button>`)}</div>`);
      const buttons = [...page.querySelectorAll<EgovButton>('egov-button')];
      await Promise.all(buttons.map((b) => b.updateComplete));
      page.querySelector('input')!.focus();
      const problems: string[] = [];
      for (const [index, button] of buttons.entries()) {
        const variant = variants[index]!;
        await sendKeys({ press: 'Tab' });
        const native = inner(button, 'button');
        expect(button.shadowRoot!.activeElement, variant).to.equal(native);
        expect(native.matches(':focus-visible'), variant).to.equal(true);
        const style = getComputedStyle(native);
        const background = rgba(style.backgroundColor);
        const text = contrast(rgba(style.color), background[3] === 0 ? white : background);
        if (text < 4.5) problems.push(`${variant}: text ${text.toFixed(2)}:1 on its background`);
        // A dark edge outside the yellow ring: a box shadow that reaches past the outline.
        const shadow = /^(rgba?\([^)]*\)) (-?[\d.]+)px (-?[\d.]+)px (-?[\d.]+)px (-?[\d.]+)px/.exec(style.boxShadow);
        const outline = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
        const [, color = '', x = 0, y = 0, , spread = 0] = shadow?.map((v, i) => (i < 2 ? v : Number(v))) ?? [];
        const reach = Number(spread) + Math.max(Math.abs(Number(x)), Math.abs(Number(y)));
        if (!shadow || reach <= outline) problems.push(`${variant}: no edge past the ${outline}px outline (box-shadow: ${style.boxShadow})`);
        else if (contrast(rgba(String(color)), white) < 3) problems.push(`${variant}: the edge ${color} is not dark`);
      }
      expect(problems).to.deep.equal([]);
    });
  }

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
