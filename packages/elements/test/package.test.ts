/**
 * What the package promises outside the browser: its theme files match the tokens, the tokens meet
 * WCAG contrast, each class module is free of side effects and each define entry small and lazy.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { defaultTokens, highContrastTokens, type TokenName } from '../src/styles/tokens.js';
import { themeCss, themeNames } from '../src/themes/themes.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const entries = readdirSync(`${root}src/define`).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3));
const sdkRoot = resolve(root, '../sdk');
const components = readdirSync(`${root}src/components`);
/** The feature components (application form, dossier tracker, signature viewer): folders under src/features, but its shared code. */
const features = readdirSync(`${root}src/features`).filter((name) => name !== 'shared');
/** The primitives' define entries. */
const primitives = entries.filter((entry) => components.includes(entry));

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

async function bundleWithInputs(contents: string, options: { splitting?: boolean } = {}) {
  return build({
    stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, write: false, format: 'esm', platform: 'browser',
    target: 'es2022', conditions: ['egov-source'], logLevel: 'silent', minify: true, splitting: options.splitting ?? false,
    outdir: options.splitting ? '/out' : undefined, tsconfig: `${root}tsconfig.json`, metafile: true, absWorkingDir: root,
  });
}

async function bundle(contents: string, options: { splitting?: boolean } = {}) {
  return (await bundleWithInputs(contents, options)).outputFiles;
}

describe('themes and tokens', () => {
  it('ships theme files generated from the current tokens (npm run themes)', () => {
    for (const name of themeNames) {
      assert.equal(readFileSync(`${root}src/themes/${name}.css`, 'utf8'), themeCss(name), `src/themes/${name}.css is stale`);
    }
  });

  it('reads every token in the component styles with its default value as fallback', () => {
    const files = readdirSync(`${root}src`, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const isToken = (name: string): name is TokenName => name in defaultTokens;
    let checked = 0;
    for (const file of files) {
      const source = readFileSync(`${root}src/${file}`, 'utf8');
      for (const match of source.matchAll(/var\(--egov-([a-z0-9-]+)/g)) {
        const name = match[1]!;
        const looksLikeToken = /^(color|space|font|line-height|radius|border-width|focus-ring|target-size)\b/.test(name);
        if (!isToken(name)) {
          assert.ok(!looksLikeToken, `${file}: --egov-${name} is not a token`);
          continue;
        }
        const rest = source.slice(match.index + match[0].length);
        assert.ok(rest.startsWith(', '), `${file}: --egov-${name} has no fallback`);
        assert.ok(rest.startsWith(`, ${defaultTokens[name]})`), `${file}: --egov-${name} falls back to ${rest.slice(2, rest.indexOf(')'))}, not ${defaultTokens[name]}`);
        checked++;
      }
    }
    assert.ok(checked > 100, `only ${checked} token reads found`);
  });

  const pairs: [TokenName, TokenName, number][] = [
    ['color-text', 'color-surface', 4.5], ['color-text-muted', 'color-surface', 4.5], ['color-text-muted', 'color-surface-muted', 4.5],
    ['color-link', 'color-surface', 4.5], ['color-error', 'color-surface', 4.5], ['color-error', 'color-error-surface', 4.5],
    ['color-success', 'color-surface', 4.5], ['color-warning', 'color-warning-surface', 4.5], ['color-info', 'color-info-surface', 4.5],
    ['color-on-primary', 'color-primary', 4.5], ['color-on-primary', 'color-primary-hover', 4.5], ['color-on-secondary', 'color-secondary', 4.5],
    ['color-on-primary', 'color-error', 4.5], ['color-border', 'color-surface', 3], ['color-disabled', 'color-disabled-surface', 3],
    ['focus-ring-edge', 'focus-ring-color', 4.5], ['focus-ring-edge', 'color-surface', 3],
  ];

  it('meets WCAG 2.2 AA contrast in the default theme', () => {
    for (const [fore, back, min] of pairs) {
      const ratio = contrast(defaultTokens[fore], defaultTokens[back]);
      assert.ok(ratio >= min, `${fore} on ${back}: ${ratio.toFixed(2)} < ${min}`);
    }
  });

  it('meets 7:1 for text (WCAG AAA) in the high-contrast theme', () => {
    const theme = { ...defaultTokens, ...highContrastTokens } as Record<TokenName, string>;
    for (const [fore, back, min] of pairs) {
      const ratio = contrast(theme[fore], theme[back]);
      assert.ok(ratio >= Math.max(min, min === 4.5 ? 7 : min), `${fore} on ${back}: ${ratio.toFixed(2)}`);
    }
  });
});

describe('packaging', () => {
  it('has a define entry per component and feature, each registering egov-<name> through the guard', () => {
    assert.deepEqual(entries.filter((e) => components.includes(e) || features.includes(e)).sort(), [...entries].sort());
    for (const folder of [...components, ...features]) assert.ok(entries.includes(folder), `src/define/${folder}.ts is missing`);
    for (const entry of entries) {
      const source = readFileSync(`${root}src/define/${entry}.ts`, 'utf8');
      assert.match(source, new RegExp(`defineElement\\('egov-${entry}', `), entry);
      assert.match(source, new RegExp(`'egov-${entry}': `), `${entry} declares HTMLElementTagNameMap`);
    }
  });

  it('keeps the class modules and the main entry free of side effects: importing them ships nothing', async () => {
    const modules = entries.map((e) => `@egov-kit/elements/${features.includes(e) ? 'features' : 'components'}/${e}`);
    const [out] = await bundle(`import '@egov-kit/elements'; ${modules.map((m) => `import '${m}';`).join(' ')}`);
    assert.equal(out!.text.trim(), '');
  });

  it('keeps the SDK out of every primitive: only the feature components talk to the API', async () => {
    for (const entry of primitives) {
      const { metafile } = await bundleWithInputs(`import '@egov-kit/elements/define/${entry}';`, { splitting: true });
      const sdkInputs = Object.keys(metafile.inputs).filter((input) => resolve(root, input).startsWith(sdkRoot));
      assert.deepEqual(sdkInputs, [], `${entry} bundles SDK code`);
    }
  });

  it('loads the unit data only when an address field appears: a chunk of its own, not in the entry', async () => {
    const files = await bundle(`import '@egov-kit/elements/define/address-field';`, { splitting: true });
    const [entry, ...chunks] = files;
    assert.ok(!entry!.text.includes('00004|w|'), 'the entry has no unit data');
    assert.ok(chunks.some((chunk) => chunk.text.includes('00004|w|')), 'a lazily loaded chunk has it');
    const textField = await bundle(`import '@egov-kit/elements/define/text-field';`, { splitting: true });
    assert.ok(textField.every((chunk) => !chunk.text.includes('00004|w|')), 'other fields never reach the unit data');
  });
});
