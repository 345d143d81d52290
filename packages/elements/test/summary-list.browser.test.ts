import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/summary-list.js';
import type { EgovSummaryList, SummaryRow } from '../src/components/summary-list/summary-list.js';
import { accessibleName, inner } from './helpers.js';

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const rows: SummaryRow[] = [
  { key: 'Họ và tên', value: 'Nguyễn Thị Ánh Tuyết', href: '#ho-ten' },
  { key: 'Địa chỉ thường trú', value: ['Số 12, đường Trần Hưng Đạo', 'Phường Hoàn Kiếm', 'Thành phố Hà Nội'], href: '#dia-chi' },
  { key: 'Số điện thoại', value: '', href: '#dien-thoai', action: 'Thêm' },
  { key: 'Mã hồ sơ', value: 'G22.99-250129-0001' },
];

/** The rows as a screen reader meets them: each term with its definitions, in order. */
function readRows(list: EgovSummaryList): string[][] {
  return [...inner(list, 'dl').querySelectorAll(':scope > div')].map((row) => {
    const cells: Element[] = [];
    for (const child of row.children) {
      if (child instanceof HTMLSlotElement) cells.push(...child.assignedElements());
      else cells.push(child);
    }
    return cells.map((cell) => `${cell.localName}:${accessibleName(cell.querySelector('a') ?? cell) || cell.textContent!.replace(/\s+/g, ' ').trim()}`);
  });
}

describe('egov-summary-list', () => {
  it('lists answers from data as terms and definitions, each change link naming its row', async () => {
    const list = await fixture<EgovSummaryList>(html`<egov-summary-list .rows=${rows}></egov-summary-list>`);
    expect(readRows(list)).to.deep.equal([
      ['dt:Họ và tên', 'dd:Nguyễn Thị Ánh Tuyết', 'dd:Thay đổi Họ và tên'],
      ['dt:Địa chỉ thường trú', 'dd:Số 12, đường Trần Hưng Đạo Phường Hoàn Kiếm Thành phố Hà Nội', 'dd:Thay đổi Địa chỉ thường trú'],
      ['dt:Số điện thoại', 'dd:Chưa cung cấp', 'dd:Thêm Số điện thoại'],
      ['dt:Mã hồ sơ', 'dd:G22.99-250129-0001'],
    ]);
    // The row's name is for screen readers only: people see "Thay đổi".
    const link = inner<HTMLAnchorElement>(list, 'a');
    expect(link.getAttribute('href')).to.equal('#ho-ten');
    const shown = [...link.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim();
    expect(shown).to.equal('Thay đổi');
    const hidden = link.querySelector('span')!.getBoundingClientRect();
    expect(hidden.width <= 1 && hidden.height <= 1, 'the row name is not shown').to.equal(true);
    // Each address line on its own line.
    const lines = [...list.shadowRoot!.querySelectorAll('.line')].slice(1, 4).map((line) => line.getBoundingClientRect().top);
    expect(lines[1]! > lines[0]! && lines[2]! > lines[1]!).to.equal(true);
    await expect(list).to.be.accessible();
  });

  it('takes rows written in the page as <dt>/<dd>, keeping the list structure, and follows changes', async () => {
    const list = await fixture<EgovSummaryList>(html`<egov-summary-list>
      <dt data-href="#thu-tuc">Thủ tục</dt><dd>Cấp đổi căn cước</dd>
      <dt>Lệ phí</dt><dd><strong>30.000 ₫</strong> (nộp trực tuyến)</dd>
    </egov-summary-list>`);
    expect(readRows(list)).to.deep.equal([
      ['dt:Thủ tục', 'dd:Cấp đổi căn cước', 'dd:Thay đổi Thủ tục'],
      ['dt:Lệ phí', 'dd:30.000 ₫ (nộp trực tuyến)'],
    ]);
    const [key, value] = [list.querySelector('dt')!, list.querySelector('dd')!];
    expect(key.getBoundingClientRect().right <= value.getBoundingClientRect().left, 'name and answer side by side').to.equal(true);
    await expect(list).to.be.accessible();

    const dt = document.createElement('dt');
    dt.textContent = 'Nơi nhận kết quả';
    dt.dataset['href'] = '#nhan';
    dt.dataset['action'] = 'Sửa';
    const dd = document.createElement('dd');
    dd.textContent = 'Tại nhà (bưu điện)';
    list.append(dt, dd);
    await new Promise((done) => setTimeout(done, 0));
    await list.updateComplete;
    expect(readRows(list)[2]).to.deep.equal(['dt:Nơi nhận kết quả', 'dd:Tại nhà (bưu điện)', 'dd:Sửa Nơi nhận kết quả']);
    await expect(list).to.be.accessible();
  });

  it('is a card with a title and its own actions', async () => {
    const list = await fixture<EgovSummaryList>(html`<egov-summary-list card-title="Người nộp hồ sơ" heading-level="3" .rows=${rows.slice(0, 2)}>
      <a slot="actions" href="#xoa">Xoá<span class="visually-hidden"> người nộp hồ sơ</span></a>
    </egov-summary-list>`);
    const title = inner(list, '[part="card-title"]');
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('3');
    expect(title.textContent).to.equal('Người nộp hồ sơ');
    expect(list.querySelector('a')!.assignedSlot).to.equal(inner(list, 'slot[name="actions"]'));
    expect(list.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(list).to.be.accessible();
  });

  it('puts each answer under its question on a narrow screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div class="phone"><egov-summary-list .rows=${rows}></egov-summary-list></div>`);
    wrapper.style.width = '320px';
    const list = wrapper.querySelector('egov-summary-list')!;
    await list.updateComplete;
    const key = inner(list, 'dt').getBoundingClientRect();
    const value = inner(list, 'dd').getBoundingClientRect();
    expect(value.top >= key.bottom).to.equal(true);
    expect(Math.round(value.left)).to.equal(Math.round(key.left));
  });

  it('reaches every change link by keyboard, in the order of the rows, in English too', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="en"><button>Back</button><egov-summary-list .rows=${rows}></egov-summary-list></div>`);
    const list = page.querySelector('egov-summary-list')!;
    await list.updateComplete;
    page.querySelector('button')!.focus();
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      names.push(accessibleName(deepActive()!));
    }
    expect(names).to.deep.equal(['Change Họ và tên', 'Change Địa chỉ thường trú', 'Thêm Số điện thoại']);
    expect(inner(list, '.empty').textContent).to.equal('Not provided');
  });
});
