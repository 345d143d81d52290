import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/step-indicator.js';
import type { EgovStepIndicator } from '../src/components/step-indicator/step-indicator.js';
import { accessibleName, frames, inner, loadTheme } from './helpers.js';

const steps = ['Chọn thủ tục', 'Thông tin người nộp', 'Giấy tờ kèm theo', 'Kiểm tra thông tin', 'Nộp lệ phí'];

function items(indicator: EgovStepIndicator): HTMLLIElement[] {
  return [...indicator.shadowRoot!.querySelectorAll('li')];
}

describe('egov-step-indicator', () => {
  it('says which step the person is on, and what each step is, from the children', async () => {
    const indicator = await fixture<EgovStepIndicator>(html`<egov-step-indicator current="2">
      ${steps.map((step) => html`<span>${step}</span>`)}
    </egov-step-indicator>`);
    const heading = inner(indicator, '[part="heading"]');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.textContent).to.equal('Bước 2 trên 5: Thông tin người nộp');
    const list = inner(indicator, 'ol');
    expect(accessibleName(list)).to.equal('Các bước');
    expect(items(indicator).map((li) => accessibleName(li))).to.deep.equal([
      'Chọn thủ tục đã hoàn thành',
      'Thông tin người nộp',
      'Giấy tờ kèm theo chưa thực hiện',
      'Kiểm tra thông tin chưa thực hiện',
      'Nộp lệ phí chưa thực hiện',
    ]);
    expect(items(indicator).map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, 'step', null, null, null]);
    // The children are data, not shown twice.
    expect(indicator.querySelector('span')!.getBoundingClientRect().height).to.equal(0);
    await expect(indicator).to.be.accessible();
  });

  it('announces the new step when the person moves on', async () => {
    const indicator = await fixture<EgovStepIndicator>(html`<egov-step-indicator .steps=${steps} current="1"></egov-step-indicator>`);
    const status = inner(indicator, '[role="status"]');
    expect(status.textContent, 'nothing said on first render').to.equal('');
    indicator.current = 3;
    await indicator.updateComplete;
    await frames();
    await indicator.updateComplete;
    expect(status.textContent).to.equal('Bước 3 trên 5: Giấy tờ kèm theo');
    expect(items(indicator).map((li) => li.classList.contains('complete'))).to.deep.equal([true, true, false, false, false]);
    expect(items(indicator)[2]!.getAttribute('aria-current')).to.equal('step');
    await expect(indicator).to.be.accessible();
  });

  it('shows numbers with `counters`, and keeps only bars and the heading on a narrow screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><egov-step-indicator counters .steps=${steps} current="4"></egov-step-indicator></div>`);
    const indicator = wrapper.querySelector('egov-step-indicator')!;
    await indicator.updateComplete;
    expect([...indicator.shadowRoot!.querySelectorAll('[part="counter"]')].map((c) => c.textContent)).to.deep.equal(['1', '2', '3', '4', '5']);
    const label = inner(indicator, '.label');
    expect(label.getBoundingClientRect().width).to.be.greaterThan(10);
    await expect(indicator).to.be.accessible();
    wrapper.style.width = '300px';
    await frames();
    expect(label.getBoundingClientRect().width, 'labels hidden visually').to.be.at.most(1);
    expect(accessibleName(items(indicator)[0]!), 'still read out').to.equal('Chọn thủ tục đã hoàn thành');
    expect(inner(indicator, '[part="heading"]').getBoundingClientRect().width).to.be.greaterThan(100);
  });

  it('tells done steps from steps to do without colour, in the high-contrast theme', async () => {
    await loadTheme('high-contrast');
    const wrapper = await fixture<HTMLDivElement>(html`<div data-egov-theme="high-contrast"><egov-step-indicator .steps=${steps} current="2"></egov-step-indicator></div>`);
    const indicator = wrapper.querySelector('egov-step-indicator')!;
    await indicator.updateComplete;
    const [done, , todo] = items(indicator).map((li) => getComputedStyle(li));
    expect(done!.borderTopColor, 'the theme makes both bars black').to.equal('rgb(0, 0, 0)');
    expect(todo!.borderTopColor).to.equal('rgb(0, 0, 0)');
    const look = (style: CSSStyleDeclaration) => ({
      bar: `${style.borderTopWidth} ${style.borderTopStyle}`, weight: style.fontWeight, decoration: style.textDecorationLine,
    });
    expect(look(done!), 'done and to do look different in more than colour').to.not.deep.equal(look(todo!));
    await expect(wrapper).to.be.accessible();
  });

  it('speaks English, keeps `current` within the steps, and takes steps as a JSON attribute', async () => {
    const indicator = await fixture<EgovStepIndicator>(html`<egov-step-indicator lang="en" current="9" steps='["Choose","Details","Send"]'></egov-step-indicator>`);
    expect(inner(indicator, '[part="heading"]').textContent).to.equal('Step 3 of 3: Send');
    expect(items(indicator).map((li) => accessibleName(li))).to.deep.equal(['Choose completed', 'Details completed', 'Send']);
    expect(accessibleName(inner(indicator, 'ol'))).to.equal('Steps');
  });
});
