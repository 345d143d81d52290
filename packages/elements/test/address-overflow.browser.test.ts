import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/define/address-field.js';
import type { EgovAddressField } from '../src/components/address-field/address-field.js';
import { coreReady } from './helpers.js';

/** How far anything in `root` (through shadow roots) reaches past `limit`'s right edge, in px. */
function overflow(root: Element, limit: number): number {
  let worst = 0;
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    worst = Math.max(worst, element.getBoundingClientRect().right - limit);
    stack.push(...element.children, ...(element.shadowRoot ? [...element.shadowRoot.children] : []));
  }
  return worst;
}

describe('egov-address-field on a 375 px phone', () => {
  it('the help for an old address ("Bạn chỉ biết địa chỉ cũ…") stays inside the field when open', async () => {
    await setViewport({ width: 375, height: 800 });
    const field = await fixture<EgovAddressField>(html`<egov-address-field label="Nơi thường trú"></egov-address-field>`);
    await coreReady();
    const details = await new Promise<HTMLDetailsElement>((found) => {
      const look = () => {
        const shown = field.shadowRoot?.querySelector('details');
        if (shown) found(shown);
        else setTimeout(look, 20);
      };
      look();
    });
    details.open = true;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const right = field.getBoundingClientRect().right;
    expect(right).to.be.at.most(375);
    expect(overflow(details, right)).to.be.at.most(0);
  });
});
