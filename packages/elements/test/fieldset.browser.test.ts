import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/fieldset.js';
import '../src/define/text-field.js';
import '../src/define/button.js';
import type { EgovFieldset } from '../src/components/fieldset/fieldset.js';
import type { EgovTextField } from '../src/components/text-field/text-field.js';
import { inner, submitted } from './helpers.js';

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A form with an applicant's field, and a representative's field in a group inside the applicant's group. */
async function nested(template: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(template);
  const [outer, innerGroup] = form.querySelectorAll<EgovFieldset>('egov-fieldset');
  const [applicant, representative] = form.querySelectorAll<EgovTextField>('egov-text-field');
  const settle = async () => {
    await new Promise((done) => setTimeout(done));
    for (const element of [outer, innerGroup, applicant, representative]) await element!.updateComplete;
  };
  await settle();
  const disabled = () => [applicant, representative].map((field) => inner<HTMLInputElement>(field!, 'input').disabled);
  return { form, outer: outer!, innerGroup: innerGroup!, settle, disabled };
}

describe('egov-fieldset inside fieldsets', () => {
  it('keeps a field disabled while any egov-fieldset around it is, when the outer one is re-enabled', async () => {
    const { form, outer, innerGroup, settle, disabled } = await nested(html`<form>
      <egov-fieldset legend="Người nộp hồ sơ">
        <egov-text-field name="applicant" label="Họ và tên" value="An"></egov-text-field>
        <egov-fieldset legend="Người đại diện" disabled>
          <egov-text-field name="representative" label="Họ và tên người đại diện" value="Bình"></egov-text-field>
        </egov-fieldset>
      </egov-fieldset></form>`);
    expect(disabled(), 'the inner group is disabled from the start').to.deep.equal([false, true]);
    expect(submitted(form)).to.deep.equal([['applicant', 'An']]);

    outer.disabled = true;
    await settle();
    expect(disabled()).to.deep.equal([true, true]);
    expect(submitted(form)).to.deep.equal([]);

    outer.disabled = false;
    await settle();
    expect(disabled(), 'the inner group is still disabled').to.deep.equal([false, true]);
    expect(submitted(form)).to.deep.equal([['applicant', 'An']]);

    outer.disabled = true;
    innerGroup.disabled = false;
    await settle();
    expect(disabled(), 'the outer group is still disabled').to.deep.equal([true, true]);

    outer.disabled = false;
    await settle();
    expect(disabled()).to.deep.equal([false, false]);
    expect(submitted(form)).to.deep.equal([['applicant', 'An'], ['representative', 'Bình']]);
    await expect(form).to.be.accessible();
  });

  it('is disabled by a native <fieldset disabled> around it, and Tab skips the disabled fields', async () => {
    const { form, outer, innerGroup, settle, disabled } = await nested(html`<form><button type="button">Trước</button>
      <fieldset disabled><legend>Hồ sơ</legend>
        <egov-fieldset legend="Người nộp hồ sơ">
          <egov-text-field name="applicant" label="Họ và tên" value="An"></egov-text-field>
          <egov-fieldset legend="Người đại diện">
            <egov-text-field name="representative" label="Họ và tên người đại diện" value="Bình"></egov-text-field>
          </egov-fieldset>
        </egov-fieldset>
      </fieldset><button type="button">Sau</button></form>`);
    const native = form.querySelector('fieldset')!;
    expect(disabled()).to.deep.equal([true, true]);
    expect(submitted(form)).to.deep.equal([]);

    innerGroup.disabled = true;
    native.disabled = false;
    await settle();
    expect(disabled(), 'the inner egov-fieldset is still disabled').to.deep.equal([false, true]);
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive() === inner(form.querySelector('egov-text-field')!, 'input'), 'on the applicant field').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(deepActive() === form.querySelector('button:last-of-type'), 'past the disabled field, on "Sau"').to.equal(true);

    innerGroup.disabled = false;
    outer.disabled = true;
    native.disabled = true;
    await settle();
    native.disabled = false;
    await settle();
    expect(disabled(), 'the outer egov-fieldset is still disabled').to.deep.equal([true, true]);
    outer.disabled = false;
    await settle();
    expect(disabled()).to.deep.equal([false, false]);
    expect(submitted(form)).to.deep.equal([['applicant', 'An'], ['representative', 'Bình']]);
    await expect(form).to.be.accessible();
  });

  it('enables a field moved out of a disabled egov-fieldset, and disables one added deeper inside it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><egov-fieldset legend="Người đại diện" disabled>
      <egov-text-field name="moved" label="Họ và tên" value="An"></egov-text-field>
      <egov-button type="submit">Nộp hồ sơ</egov-button>
      <div class="row"></div>
    </egov-fieldset></form>`);
    const group = form.querySelector<EgovFieldset>('egov-fieldset')!;
    await group.updateComplete;
    const moved = form.querySelector<EgovTextField>('egov-text-field')!;
    const button = form.querySelector('egov-button')!;
    await moved.updateComplete;
    expect(submitted(form)).to.deep.equal([]);

    form.append(moved, button);
    await new Promise((done) => setTimeout(done));
    await moved.updateComplete;
    expect(submitted(form)).to.deep.equal([['moved', 'An']]);
    expect(inner<HTMLInputElement>(moved, 'input').disabled).to.equal(false);
    expect(inner<HTMLButtonElement>(button, 'button').disabled, 'the moved button can be pressed').to.equal(false);

    const added = document.createElement('egov-text-field');
    Object.assign(added, { name: 'added', label: 'Số điện thoại', value: '0912345678' });
    group.querySelector('.row')!.append(added);
    await new Promise((done) => setTimeout(done));
    await added.updateComplete;
    expect(inner<HTMLInputElement>(added, 'input').disabled).to.equal(true);
    expect(submitted(form)).to.deep.equal([['moved', 'An']]);
  });
});
