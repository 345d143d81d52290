import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { defaultTokens, highContrastTokens, vietnameseFontStack, type TokenName } from '@egov-kit/elements/tokens';

const names = Object.keys(defaultTokens) as TokenName[];
const group = (prefix: string) => names.filter((n) => n.startsWith(prefix));
const cell = styleMap({ padding: '0.25rem 0.75rem', borderBottom: '1px solid #c9ced6', textAlign: 'start' });
const sample = 'Ă Â Đ Ê Ô Ơ Ư — Thủ tục hành chính, hồ sơ, giấy chứng nhận quyền sử dụng đất; Nguyễn Thị Ánh Tuyết; ỗ ữ ệ ẫ ặ ỹ';

function table(title: string, tokens: TokenName[], preview: (name: TokenName) => unknown) {
  return html`<h2>${title}</h2><table style=${styleMap({ borderCollapse: 'collapse', marginBottom: '2rem' })}>
    <thead><tr><th style=${cell}>Token</th><th style=${cell}>Mặc định / Default</th><th style=${cell}>Tương phản cao / High contrast</th><th style=${cell}>Xem trước / Preview</th></tr></thead>
    <tbody>${tokens.map((name) => html`<tr><td style=${cell}><code>--egov-${name}</code></td><td style=${cell}><code>${defaultTokens[name]}</code></td>
      <td style=${cell}><code>${highContrastTokens[name] ?? '—'}</code></td><td style=${cell}>${preview(name)}</td></tr>`)}</tbody></table>`;
}

/**
 * The design tokens: `--egov-*` custom properties every component reads, with their values in the
 * default and high-contrast themes (switch the theme in the toolbar). Pages override them on
 * `:root` or any ancestor, or link `@egov-kit/elements/themes/default.css` / `high-contrast.css`.
 */
const meta: Meta = { title: 'Foundations/Design tokens', tags: ['autodocs'] };
export default meta;

export const Colours: StoryObj = {
  render: () => table('Màu / Colour', [...group('color-'), ...group('focus-ring-')], (name) => name.startsWith('color-') || name === 'focus-ring-color' || name === 'focus-ring-edge'
    ? html`<span role="img" aria-label=${`--egov-${name}`} style=${styleMap({ display: 'inline-block', width: '3rem', height: '1.5rem', background: `var(--egov-${name})`, border: '1px solid #5f646c' })}></span>`
    : html`<code>var(--egov-${name})</code>`),
};

export const Typography: StoryObj = {
  render: () => html`<p>Font stack: <code>${vietnameseFontStack}</code></p>
    ${table('Chữ / Type', [...group('font-'), ...group('line-height')], (name) => name.startsWith('font-size')
      ? html`<span style=${styleMap({ fontSize: `var(--egov-${name})`, fontFamily: 'var(--egov-font-family)' })}>${sample}</span>` : html`<code>var(--egov-${name})</code>`)}`,
};

export const SpaceAndShape: StoryObj = {
  render: () => table('Khoảng cách và hình dạng / Space and shape', [...group('space-'), ...group('radius-'), 'border-width', 'target-size'], (name) =>
    html`<span style=${styleMap({ display: 'inline-block', background: 'var(--egov-color-primary)', height: '1rem', width: `var(--egov-${name})`, borderRadius: name.startsWith('radius') ? `var(--egov-${name})` : '0', minWidth: '2px' })}></span>`),
};

/** Every Vietnamese letter with its diacritics, in the font stack: none may fall back to another font. */
export const VietnameseLetters: StoryObj = {
  render: () => html`<p lang="vi" style=${styleMap({ fontFamily: 'var(--egov-font-family)', fontSize: '1.5rem', lineHeight: 'var(--egov-line-height)' })}>
    a á à ả ã ạ ă ắ ằ ẳ ẵ ặ â ấ ầ ẩ ẫ ậ đ e é è ẻ ẽ ẹ ê ế ề ể ễ ệ i í ì ỉ ĩ ị o ó ò ỏ õ ọ ô ố ồ ổ ỗ ộ ơ ớ ờ ở ỡ ợ u ú ù ủ ũ ụ ư ứ ừ ử ữ ự y ý ỳ ỷ ỹ ỵ<br>
    A Á À Ả Ã Ạ Ă Ắ Ằ Ẳ Ẵ Ặ Â Ấ Ầ Ẩ Ẫ Ậ Đ E É È Ẻ Ẽ Ẹ Ê Ế Ề Ể Ễ Ệ I Í Ì Ỉ Ĩ Ị O Ó Ò Ỏ Õ Ọ Ô Ố Ồ Ổ Ỗ Ộ Ơ Ớ Ờ Ở Ỡ Ợ U Ú Ù Ủ Ũ Ụ Ư Ứ Ừ Ử Ữ Ự Y Ý Ỳ Ỷ Ỹ Ỵ</p>`,
};
