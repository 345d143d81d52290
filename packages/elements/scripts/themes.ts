// Writes src/themes/<name>.css from the token tables. Run: node --import tsx scripts/themes.ts
import { writeFileSync } from 'node:fs';
import { themeCss, themeNames } from '../src/themes/themes.js';

for (const name of themeNames) {
  const file = new URL(`../src/themes/${name}.css`, import.meta.url);
  writeFileSync(file, themeCss(name));
  console.log(`wrote src/themes/${name}.css`);
}
