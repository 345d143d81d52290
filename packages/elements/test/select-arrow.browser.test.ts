import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/address-field.js';
import '../src/define/select.js';
import type { EgovAddressField } from '../src/components/address-field/address-field.js';
import type { EgovSelect } from '../src/components/select/select.js';
import { inner } from './helpers.js';

/** Whether `control` draws an arrow at its end, with its text kept clear of it. */
function showsArrow(control: HTMLElement): boolean {
  const style = getComputedStyle(control);
  return style.backgroundImage.includes('gradient') && parseFloat(style.paddingRight) >= 32;
}

describe('lists to choose from look like lists', () => {
  it('egov-select shows an arrow (found missing on the walk: it read as a text box)', async () => {
    const select = await fixture<EgovSelect>(html`<egov-select label="Dân tộc"><option value="kinh">Kinh</option></egov-select>`);
    await select.updateComplete;
    expect(showsArrow(inner(select, 'select'))).to.equal(true);
  });

  it('the province and commune pickers of egov-address-field show an arrow too', async () => {
    const field = await fixture<EgovAddressField>(html`<egov-address-field label="Nơi thường trú"></egov-address-field>`);
    await field.updateComplete;
    expect(showsArrow(inner(field, '#province'))).to.equal(true);
    const commune = inner(field, '#commune');
    await (commune as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(showsArrow(inner(commune, 'input'))).to.equal(true);
  });
});
