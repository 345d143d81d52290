/**
 * The theme style sheets, written from the token tables. `scripts/themes.ts` writes them to
 * `src/themes/*.css` (a test checks the files are current); pages link them, which a strict
 * Content-Security-Policy allows (`style-src 'self'`).
 * @module
 */
import { defaultTokens, highContrastTokens, tokenDeclarations } from '../styles/tokens.js';

/** The themes egov-kit ships. */
export const themeNames = ['default', 'high-contrast'] as const;

/** One of {@link themeNames}. */
export type ThemeName = (typeof themeNames)[number];

const banner = (name: ThemeName) => `/* egov-kit ${name} theme. Generated from src/styles/tokens.ts by scripts/themes.ts: do not edit. */\n`;

/** The CSS text of a theme. */
export function themeCss(name: ThemeName): string {
  if (name === 'default') {
    return `${banner(name)}:root {\n${tokenDeclarations(defaultTokens)}\n}\n`;
  }
  const body = tokenDeclarations(highContrastTokens);
  return `${banner(name)}/* Applies under [data-egov-theme="high-contrast"], and on pages that leave the theme unset when the person asks for more contrast. */
[data-egov-theme="high-contrast"] {\n${body}\n}\n@media (prefers-contrast: more) {\n  :root:not([data-egov-theme]) {\n${tokenDeclarations(highContrastTokens, '    ')}\n  }\n}\n`;
}
