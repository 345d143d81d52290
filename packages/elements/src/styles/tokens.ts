/**
 * The design tokens of egov-kit: every colour, size and font that a component uses, as
 * `--egov-*` custom properties. Components read them with the default theme's value as fallback,
 * written out in their styles (`var(--egov-color-text, #1b1d21)`, so no element ships this table;
 * a test checks each fallback against it), so they look right with no theme loaded; a page changes
 * them on `:root`, on any ancestor or on one element, or loads a theme file
 * (`@egov-kit/elements/themes/default.css`, `high-contrast.css`).
 *
 * Colours meet WCAG 2.2 AA on `--egov-color-surface`: text 4.5:1 or more, field borders and the
 * focus ring 3:1 or more.
 * @module
 */
import { unsafeCSS, type CSSResult } from 'lit';

/**
 * A font stack whose first installed font renders every Vietnamese letter with its diacritics
 * (ă â đ ê ô ơ ư and the five tones stacked on them), so letters never mix fonts: San Francisco on
 * Apple systems, Segoe UI on Windows, Roboto on Android, Noto Sans or DejaVu Sans on Linux, Arial
 * elsewhere. Left out on purpose: `system-ui` (on Windows set to a Chinese or Japanese locale it
 * picks a font without Vietnamese) and Liberation Sans, which Linux substitutes for Arial and whose
 * 1.x versions (still Debian's default) lack the precomposed letters U+1EA0–U+1EF9 (ạ ấ ệ ữ…):
 * DejaVu Sans therefore comes before Arial.
 */
export const vietnameseFontStack =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif';

/** The default theme: the value of every token. */
export const defaultTokens = {
  // Colour
  'color-primary': '#0b5cad',
  'color-primary-hover': '#084482',
  'color-on-primary': '#ffffff',
  'color-secondary': '#e8eef5',
  'color-secondary-hover': '#d3dfec',
  'color-on-secondary': '#0b2e52',
  'color-text': '#1b1d21',
  'color-text-muted': '#4f545c',
  'color-link': '#0b5cad',
  'color-surface': '#ffffff',
  'color-surface-muted': '#f3f5f7',
  'color-border': '#5f646c',
  'color-border-subtle': '#c9ced6',
  'color-error': '#b3261e',
  'color-error-surface': '#fcecea',
  'color-success': '#13703a',
  'color-success-surface': '#e7f4ec',
  'color-warning': '#7a4f00',
  'color-warning-surface': '#fff4d6',
  'color-info': '#0b5cad',
  'color-info-surface': '#e8f1fb',
  'color-disabled': '#757a82',
  'color-disabled-surface': '#eceef1',
  // Focus ring: a yellow band with a dark edge, visible on light and dark backgrounds alike.
  'focus-ring-color': '#ffd21f',
  'focus-ring-edge': '#0b0c0c',
  'focus-ring-width': '3px',
  // Type
  'font-family': vietnameseFontStack,
  'font-size-s': '0.875rem',
  'font-size-m': '1rem',
  'font-size-l': '1.1875rem',
  'font-size-xl': '1.5rem',
  'font-size-2xl': '2rem',
  'font-weight-normal': '400',
  'font-weight-bold': '700',
  // Vietnamese stacks two marks on a vowel (ế, ỗ): lines need room above the cap height.
  'line-height': '1.5',
  'line-height-heading': '1.3',
  // Space
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-5': '1.5rem',
  'space-6': '2rem',
  'space-7': '3rem',
  // Shape
  'radius-s': '2px',
  'radius-m': '4px',
  'radius-l': '8px',
  'border-width': '2px',
  // The smallest height of anything a person taps (WCAG 2.5.8 asks 24px; 44px suits thumbs).
  'target-size': '2.75rem',
} as const;

/** The name of a token, without its `--egov-` prefix. */
export type TokenName = keyof typeof defaultTokens;

/**
 * The high-contrast theme: black on white, thicker borders and focus ring, darker states
 * (contrast 7:1 or more, WCAG AAA). It changes only the tokens listed here.
 */
export const highContrastTokens: Partial<Record<TokenName, string>> = {
  'color-primary': '#002d62',
  'color-primary-hover': '#000000',
  'color-on-primary': '#ffffff',
  'color-secondary': '#ffffff',
  'color-secondary-hover': '#e6e6e6',
  'color-on-secondary': '#000000',
  'color-text': '#000000',
  'color-text-muted': '#1f1f1f',
  'color-link': '#002d62',
  'color-surface': '#ffffff',
  'color-surface-muted': '#ffffff',
  'color-border': '#000000',
  'color-border-subtle': '#000000',
  'color-error': '#8a0000',
  'color-error-surface': '#ffffff',
  'color-success': '#004d1f',
  'color-success-surface': '#ffffff',
  'color-warning': '#4d3100',
  'color-warning-surface': '#ffffff',
  'color-info': '#002d62',
  'color-info-surface': '#ffffff',
  'color-disabled': '#3d3d3d',
  'color-disabled-surface': '#ffffff',
  'focus-ring-color': '#ffd21f',
  'focus-ring-edge': '#000000',
  'focus-ring-width': '4px',
  'border-width': '3px',
};

/** The custom property of a token: `'color-primary'` → `'--egov-color-primary'`. */
export const tokenProperty = (name: TokenName): `--egov-${TokenName}` => `--egov-${name}`;

/**
 * A token for the styles of your own components, with the default theme's value as fallback:
 * `${token('color-text')}` → `var(--egov-color-text, #1b1d21)`. (It brings this module's tables
 * into your bundle; egov-kit's own styles write the `var()` out instead.)
 */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--egov-${name}, ${defaultTokens[name]})`);
}

/** CSS declarations setting tokens, one per line. */
export function tokenDeclarations(values: Partial<Record<TokenName, string>>, indent = '  '): string {
  return Object.entries(values).map(([name, value]) => `${indent}--egov-${name}: ${value};`).join('\n');
}
