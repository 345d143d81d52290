import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/dialog.js';
import type { EgovDialog } from '../src/components/dialog/dialog.js';
import { accessibleName, frames, inner } from './helpers.js';

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function page(template: ReturnType<typeof html>) {
  const root = await fixture<HTMLDivElement>(template);
  const dialog = root.querySelector<EgovDialog>('egov-dialog')!;
  await dialog.updateComplete;
  const opener = root.querySelector<HTMLButtonElement>('button.opener')!;
  opener.addEventListener('click', () => dialog.show());
  return { root, dialog, opener };
}

const withdraw = html`<div>
  <button class="opener">Rút hồ sơ</button>
  <a href="#behind" class="behind">Liên kết phía sau</a>
  <egov-dialog heading="Rút hồ sơ G22.99-250129-0001?">
    <p>Hồ sơ đã rút không thể tiếp tục xử lý.</p>
    <button slot="footer" value="withdraw" data-close>Rút hồ sơ</button>
    <button slot="footer" data-close>Không rút</button>
  </egov-dialog>
</div>`;

describe('egov-dialog', () => {
  it('opens from the keyboard as a modal named by its heading, takes focus, and gives it back on Escape', async () => {
    const { root, dialog, opener } = await page(withdraw);
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await dialog.updateComplete;
    const native = inner<HTMLDialogElement>(dialog, 'dialog');
    expect(native.open).to.equal(true);
    expect(native.matches(':modal')).to.equal(true);
    expect(accessibleName(native)).to.equal('Rút hồ sơ G22.99-250129-0001?');
    expect(deepActive() === native, 'focus moves into the dialog').to.equal(true);
    await expect(root).to.be.accessible();

    const cancel = oneEvent(dialog, 'cancel');
    const close = oneEvent(dialog, 'close');
    await sendKeys({ press: 'Escape' });
    await cancel;
    await close;
    expect(dialog.open).to.equal(false);
    expect(native.open).to.equal(false);
    expect(dialog.returnValue).to.equal('');
    expect(document.activeElement === opener, 'focus back on the opener').to.equal(true);
  });

  it('keeps Tab inside while open: the page behind is inert', async () => {
    const { root, dialog, opener } = await page(withdraw);
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await dialog.updateComplete;
    const seen: Element[] = [];
    for (let i = 0; i < 8; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (active && active !== document.body) seen.push(active);
    }
    const [withdrawButton, keepButton] = [...root.querySelectorAll('egov-dialog button')];
    const close = inner(dialog, '[part="close"]');
    expect(seen.length).to.be.greaterThan(3);
    expect(seen.every((element) => element === close || element === withdrawButton || element === keepButton),
      `only the dialog's controls: ${seen.map((e) => e.textContent?.trim()).join(' | ')}`).to.equal(true);
    expect(seen.slice(0, 3)).to.deep.equal([close, withdrawButton, keepButton]);
    expect(root.querySelector('.behind')!.matches(':focus')).to.equal(false);
  });

  it('closes with the chosen action as its return value, and with the close button', async () => {
    const { root, dialog, opener } = await page(withdraw);
    // A mouse press focuses the button it presses, then clicks it.
    opener.focus();
    opener.click();
    await dialog.updateComplete;
    const closed = oneEvent(dialog, 'close');
    root.querySelector<HTMLButtonElement>('egov-dialog button[value="withdraw"]')!.click();
    await closed;
    expect(dialog.returnValue).to.equal('withdraw');
    expect(document.activeElement === opener, 'focus back on the opener').to.equal(true);

    opener.click();
    await dialog.updateComplete;
    const button = inner<HTMLButtonElement>(dialog, '[part="close"]');
    expect(accessibleName(button)).to.equal('Đóng');
    button.focus();
    const again = oneEvent(dialog, 'close');
    await sendKeys({ press: 'Enter' });
    await again;
    expect(dialog.returnValue).to.equal('');
    expect(document.activeElement === opener, 'focus back on the opener').to.equal(true);
  });

  it('stays open when the page prevents `cancel` (unsaved changes)', async () => {
    const { dialog, opener } = await page(withdraw);
    opener.click();
    await dialog.updateComplete;
    dialog.addEventListener('cancel', (event) => event.preventDefault(), { once: true });
    inner<HTMLButtonElement>(dialog, '[part="close"]').click();
    await dialog.updateComplete;
    expect(dialog.open).to.equal(true);
    expect(inner<HTMLDialogElement>(dialog, 'dialog').open).to.equal(true);
    dialog.close('done');
    await oneEvent(dialog, 'close');
    expect(dialog.returnValue).to.equal('done');
  });

  it('focuses the field marked autofocus, closes by a <form method="dialog"> inside, and speaks English', async () => {
    const { root, dialog, opener } = await page(html`<div lang="en">
      <button class="opener">Add a phone number</button>
      <egov-dialog>
        <span slot="heading">Phone number</span>
        <form method="dialog">
          <label for="phone">Phone</label> <input id="phone" name="phone" autofocus />
          <button value="save">Save</button>
        </form>
      </egov-dialog>
    </div>`);
    opener.focus();
    await sendKeys({ press: 'Space' });
    await dialog.updateComplete;
    const input = root.querySelector('input')!;
    expect(document.activeElement === input, 'the autofocus field has focus').to.equal(true);
    expect(accessibleName(inner(dialog, 'dialog'))).to.equal('Phone number');
    expect(accessibleName(inner(dialog, '[part="close"]'))).to.equal('Close');
    await expect(root).to.be.accessible();
    await sendKeys({ type: '0912345678' });
    const closed = oneEvent(dialog, 'close');
    await sendKeys({ press: 'Enter' });
    await closed;
    expect(dialog.returnValue).to.equal('save');
    expect(document.activeElement === opener, 'focus back on the opener').to.equal(true);
  });

  it('closes on a click outside only with `light-dismiss`', async () => {
    const { dialog, opener } = await page(withdraw);
    opener.click();
    await dialog.updateComplete;
    const native = inner<HTMLDialogElement>(dialog, 'dialog');
    const outside = () => native.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: 2, clientY: 2 }));
    outside();
    await dialog.updateComplete;
    expect(dialog.open).to.equal(true);
    dialog.lightDismiss = true;
    outside();
    await oneEvent(dialog, 'close');
    expect(dialog.open).to.equal(false);
  });

  it('keeps the page behind from scrolling while open, also with a dialog opened from a dialog', async () => {
    const root = document.documentElement;
    root.style.overflowY = 'scroll'; // the page's own style, to be given back
    try {
      const { root: view, dialog, opener } = await page(html`<div>
        <button class="opener">Rút hồ sơ</button>
        <div class="tall"></div>
        <egov-dialog heading="Rút hồ sơ?"><button class="help">Xem hướng dẫn</button></egov-dialog>
        <egov-dialog heading="Hướng dẫn" class="help-dialog"><p>Hồ sơ đã rút không thể tiếp tục xử lý.</p></egov-dialog>
      </div>`);
      view.querySelector<HTMLElement>('.tall')!.style.height = '300vh';
      const help = view.querySelector<EgovDialog>('.help-dialog')!;
      view.querySelector('button.help')!.addEventListener('click', () => help.show());
      const scrolled = () => document.scrollingElement!.scrollTop;
      const overflow = () => getComputedStyle(root).overflowY;

      opener.focus();
      await sendKeys({ press: 'Enter' });
      await dialog.updateComplete;
      expect(overflow()).to.equal('hidden');
      await sendKeys({ press: 'PageDown' });
      await sendKeys({ press: 'End' });
      await frames(3);
      expect(scrolled(), 'the page behind did not move').to.equal(0);

      view.querySelector<HTMLElement>('button.help')!.focus();
      await sendKeys({ press: 'Enter' });
      await help.updateComplete;
      const helpClosed = oneEvent(help, 'close');
      await sendKeys({ press: 'Escape' });
      await helpClosed;
      expect(dialog.open).to.equal(true);
      expect(overflow(), 'still locked: the first dialog is open').to.equal('hidden');
      await sendKeys({ press: 'PageDown' });
      await frames(3);
      expect(scrolled()).to.equal(0);

      const closed = oneEvent(dialog, 'close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(overflow()).to.equal('scroll');
      expect(root.getAttribute('style'), "the page's own style is back").to.equal('overflow-y: scroll;');
      await sendKeys({ press: 'PageDown' });
      await frames(3);
      expect(scrolled(), 'the page scrolls again').to.be.greaterThan(0);

      dialog.show();
      await dialog.updateComplete;
      expect(overflow()).to.equal('hidden');
      dialog.remove();
      expect(overflow(), 'unlocked when taken out of the page while open').to.equal('scroll');
    } finally {
      root.removeAttribute('style');
      document.scrollingElement!.scrollTop = 0;
    }
  });
});
