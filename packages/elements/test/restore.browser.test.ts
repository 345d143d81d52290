import { expect, waitUntil } from '@open-wc/testing';
import type { EgovTextField } from '../src/components/text-field/text-field.js';
import type { EgovDateField } from '../src/components/date-field/date-field.js';
import type { EgovCheckboxGroup } from '../src/components/checkbox-group/checkbox-group.js';
import type { EgovCombobox } from '../src/components/combobox/combobox.js';
import type { EgovCheckbox } from '../src/components/checkbox/checkbox.js';

const FIELDS = 'egov-text-field, egov-date-field, egov-checkbox-group, egov-combobox, egov-checkbox';

/** Navigates the window and waits until its fields are defined and rendered. */
async function load(win: Window, navigate: () => void): Promise<Document> {
  const before = win.document;
  navigate();
  await waitUntil(() => win.document !== before && win.document.readyState === 'complete', 'page loaded', { timeout: 5000 });
  await waitUntil(() => win.customElements.get('egov-combobox') !== undefined, 'fields defined');
  const doc = win.document;
  for (const field of doc.querySelectorAll(FIELDS)) {
    await (field as EgovTextField).updateComplete;
  }
  return doc;
}

describe('back/forward restore', () => {
  it('gives people back what they typed when they go back to the form', async () => {
    // A window of its own, so that going back does not take the test page back.
    const page = new URL('./fixtures/restore.html', import.meta.url).href;
    const win = window.open('about:blank', '_blank')!;
    let doc = await load(win, () => (win.location.href = page));

    const input = (host: Element, selector = 'input') => host.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
    const type = (box: HTMLInputElement, text: string) => {
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    };
    type(input(doc.querySelector('egov-text-field')!), 'Nguyễn Thị Hoa');
    const date = doc.querySelector<EgovDateField>('egov-date-field')!;
    type(input(date, '#day'), '3');
    type(input(date, '#month'), '4');
    type(input(date, '#year'), '19'); // not finished: the parts come back as typed
    input(doc.querySelector('egov-checkbox-group')!, '#choice-1').click();
    const combo = doc.querySelector<EgovCombobox>('egov-combobox')!;
    combo.value = 'LA';
    for (const field of doc.querySelectorAll(FIELDS)) {
      await (field as EgovTextField).updateComplete;
    }

    await load(win, () => (win.location.href = `${page}?next`));
    doc = await load(win, () => win.history.back());
    await waitUntil(() => doc.querySelector<EgovTextField>('egov-text-field')!.value !== '', 'state restored', { timeout: 3000 });

    expect(doc.querySelector<EgovTextField>('egov-text-field')!.value).to.equal('Nguyễn Thị Hoa');
    const restored = doc.querySelector<EgovDateField>('egov-date-field')!;
    await restored.updateComplete;
    expect([input(restored, '#day').value, input(restored, '#month').value, input(restored, '#year').value]).to.deep.equal(['3', '4', '19']);
    expect(doc.querySelector<EgovCheckboxGroup>('egov-checkbox-group')!.value).to.deep.equal(['b']);
    const restoredCombo = doc.querySelector<EgovCombobox>('egov-combobox')!;
    await restoredCombo.updateComplete;
    expect(restoredCombo.value).to.equal('LA');
    expect(input(restoredCombo).value).to.equal('Lào');
    win.close();
  });

  it('keeps a default the person removed removed, until the form is reset', async () => {
    const page = new URL('./fixtures/restore.html', import.meta.url).href;
    const win = window.open('about:blank', '_blank')!;
    let doc = await load(win, () => (win.location.href = page));
    const alias = () => doc.querySelector<EgovTextField>('egov-text-field[name="alias"]')!;
    const agree = () => doc.querySelector<EgovCheckbox>('egov-checkbox')!;
    const box = alias().shadowRoot!.querySelector('input')!;
    box.value = '';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    agree().shadowRoot!.querySelector('input')!.click();
    // Typed into another field too, so the test can tell when the browser has restored the form.
    const name = doc.querySelector<EgovTextField>('egov-text-field')!;
    name.shadowRoot!.querySelector('input')!.value = 'An';
    name.shadowRoot!.querySelector('input')!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    for (const field of doc.querySelectorAll(FIELDS)) await (field as EgovTextField).updateComplete;

    await load(win, () => (win.location.href = `${page}?next`));
    doc = await load(win, () => win.history.back());
    await waitUntil(() => doc.querySelector<EgovTextField>('egov-text-field')!.value === 'An', 'state restored', { timeout: 3000 });
    await Promise.all([alias().updateComplete, agree().updateComplete]);
    expect(alias().value).to.equal('');
    expect(alias().shadowRoot!.querySelector('input')!.value).to.equal('');
    expect(agree().checked).to.equal(false);
    expect(new FormData(doc.querySelector('form')!).has('agree')).to.equal(false);

    doc.querySelector('form')!.reset();
    await Promise.all([alias().updateComplete, agree().updateComplete]);
    expect(alias().value).to.equal('Mặc định');
    expect(agree().checked).to.equal(true);
    win.close();
  });
});
