import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/combobox.js';
import type { EgovCombobox } from '../src/components/combobox/combobox.js';
import type { ChoiceOption } from '../src/internal/options.js';
import { accessibleName, coreReady, inner, submitted, trySubmit } from './helpers.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function setup(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(template);
  await coreReady();
  const box = form.querySelector<EgovCombobox>('egov-combobox')!;
  await box.updateComplete;
  return { form, box, input: inner<HTMLInputElement>(box, 'input'), list: inner<HTMLUListElement>(box, '[role="listbox"]') };
}

const options = (box: EgovCombobox) => [...box.shadowRoot!.querySelectorAll('[role="option"]')].map((o) => o.textContent?.trim());

describe('egov-combobox', () => {
  it('filters a fixed list ignoring diacritics, and is chosen with the keyboard alone', async () => {
    const { form, box, input, list } = await setup(html`<form><egov-combobox name="nation" label="Quốc tịch">
      <option value="VN">Việt Nam</option><option value="LA">Lào</option><option value="KH">Campuchia</option><option value="TH">Thái Lan</option>
    </egov-combobox></form>`);
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(accessibleName(input)).to.equal('Quốc tịch');
    input.focus();
    await sendKeys({ type: 'lan' });
    await box.updateComplete;
    expect(accessibleName(list)).to.equal('Quốc tịch');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(options(box)).to.deep.equal(['Thái Lan']);
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await box.updateComplete;
    expect(options(box)).to.deep.equal(['Lào', 'Thái Lan']);
    await sendKeys({ press: 'ArrowDown' });
    await box.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('option-0');
    expect(inner(box, '#option-0').getAttribute('aria-selected')).to.equal('true');
    const changed = oneEvent(box, 'change');
    await sendKeys({ press: 'Enter' });
    await changed;
    await box.updateComplete;
    expect(box.value).to.equal('LA');
    expect(input.value).to.equal('Lào');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(submitted(form)).to.deep.equal([['nation', 'LA']]);
    await expect(form).to.be.accessible();
  });

  it('loads options as the person types, aborting stale requests, and says how many were found', async () => {
    const { form, box, input } = await setup(html`<form><egov-combobox name="agency" label="Cơ quan tiếp nhận" debounce="20"></egov-combobox></form>`);
    const queries: string[] = [];
    const aborted: string[] = [];
    const all: ChoiceOption[] = [{ value: 'stp', label: 'Sở Tư pháp' }, { value: 'sxd', label: 'Sở Xây dựng' }, { value: 'syt', label: 'Sở Y tế' }];
    box.loadOptions = (query, { signal }) => {
      queries.push(query);
      signal.addEventListener('abort', () => aborted.push(query));
      return new Promise((resolve) => setTimeout(() => resolve(all.filter((o) => o.label.toLowerCase().includes(query.toLowerCase()))), 60));
    };
    input.focus();
    await sendKeys({ type: 'Sở' });
    await wait(40);
    await sendKeys({ type: ' X' });
    await wait(40);
    await box.updateComplete;
    expect(input.getAttribute('aria-busy')).to.equal('true');
    expect(inner(box, '.popup-status').textContent).to.equal('Đang tải…');
    await wait(120);
    await box.updateComplete;
    expect(queries.at(-1)).to.equal('Sở X');
    expect(aborted).to.include('Sở');
    expect(options(box)).to.deep.equal(['Sở Xây dựng']);
    await wait(EgovComboboxDelay());
    await box.updateComplete;
    expect(inner(box, '.combo + [role="status"]').textContent).to.equal('Có 1 kết quả. Dùng phím mũi tên lên, xuống để chọn.');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await box.updateComplete;
    expect(submitted(form)).to.deep.equal([['agency', 'sxd']]);
    await expect(form).to.be.accessible();
  });

  it('says when loading failed, and that nothing was found', async () => {
    const { box, input } = await setup(html`<form lang="en"><egov-combobox name="x" label="Office" debounce="0"></egov-combobox></form>`);
    let fail = true;
    box.loadOptions = async () => {
      if (fail) throw new TypeError('Failed to fetch');
      return [];
    };
    input.focus();
    await sendKeys({ type: 'a' });
    await wait(20);
    await box.updateComplete;
    expect(inner(box, '.popup-status').textContent).to.equal('The list could not be loaded. Type again to retry.');
    fail = false;
    await sendKeys({ type: 'b' });
    await wait(20);
    await box.updateComplete;
    expect(inner(box, '.popup-status').textContent).to.equal('No results found');
  });

  it('refuses text that was not chosen from the list, accepts an exact label, and Escape clears', async () => {
    const { form, box, input } = await setup(html`<form><egov-combobox name="c" label="Tỉnh" required>
      <option value="01">Hà Nội</option><option value="79">Hồ Chí Minh</option></egov-combobox></form>`);
    input.focus();
    await sendKeys({ type: 'Hà Nộ' });
    await sendKeys({ press: 'Escape' });
    expect(trySubmit(form)).to.equal(false);
    await box.updateComplete;
    expect(box.errorMessage).to.equal('Vui lòng chọn một trong các lựa chọn đã cho.');
    input.focus();
    await sendKeys({ type: 'i' });
    await sendKeys({ press: 'Tab' });
    await box.updateComplete;
    expect(box.value, 'the exact label typed out is taken as the choice').to.equal('01');
    expect(box.errorMessage).to.equal('');
    input.focus();
    await sendKeys({ press: 'Escape' });
    await box.updateComplete;
    expect(input.value).to.equal('');
    expect(box.value).to.equal('');
    form.reset();
    await box.updateComplete;
    expect(submitted(form)).to.deep.equal([]);
  });

  it('fires change when the person clears the chosen option, with Escape or by typing over it', async () => {
    const { box, input } = await setup(html`<form><egov-combobox name="c" label="Tỉnh" value="01">
      <option value="01">Hà Nội</option><option value="79">Hồ Chí Minh</option></egov-combobox></form>`);
    const values: string[] = [];
    box.addEventListener('change', () => values.push(box.value));
    input.focus();
    await sendKeys({ press: 'Escape' });
    await box.updateComplete;
    expect(values).to.deep.equal(['']);
    await sendKeys({ type: 'Hồ Chí Minh' });
    await sendKeys({ press: 'Tab' });
    await box.updateComplete;
    input.focus();
    await sendKeys({ type: 'x' });
    await box.updateComplete;
    expect(input.value).to.equal('Hồ Chí Minhx');
    expect(values, 'chosen on leaving, then cleared by typing').to.deep.equal(['', '79', '']);
  });

  it('shows the default label again after a form reset, when the options are loaded', async () => {
    const { form, box, input } = await setup(html`<form><egov-combobox name="c" label="Tỉnh" value="79" selected-label="Hồ Chí Minh"
      debounce="0"></egov-combobox></form>`);
    box.loadOptions = async () => [{ value: '01', label: 'Hà Nội' }];
    expect(input.value).to.equal('Hồ Chí Minh');
    input.focus();
    await sendKeys({ type: ' Hà' });
    await wait(20);
    await box.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await box.updateComplete;
    expect(input.value).to.equal('Hà Nội');
    form.reset();
    await box.updateComplete;
    expect(input.value).to.equal('Hồ Chí Minh');
    expect(submitted(form)).to.deep.equal([['c', '79']]);
  });

  it('shows the label of its value when the <option> children come after it rendered', async () => {
    const { form, box, input } = await setup(html`<form><egov-combobox name="n" label="Quốc tịch" value="LA"></egov-combobox></form>`);
    box.insertAdjacentHTML('beforeend', '<option value="VN">Việt Nam</option><option value="LA">Lào</option>');
    await wait(0);
    await box.updateComplete;
    expect(input.value).to.equal('Lào');
    expect(submitted(form)).to.deep.equal([['n', 'LA']]);
  });
});

function EgovComboboxDelay(): number {
  return (customElements.get('egov-combobox') as unknown as { statusDelay: number }).statusDelay + 50;
}
