/**
 * Gzipped size of @egov-kit/core's main entry (without unit data), with zod counted separately,
 * and of typical partial imports. Target: main entry under 15 kB gzipped with zod.
 * Run: node --import tsx bench/core-size.ts
 */
import { bundleSize, kB } from './lib/size.js';
import { header, result } from './lib/report.js';

header('core-size');

// Everything the main entry exports, kept alive as a page importing all of it would.
const everything = `import * as core from '@egov-kit/core'; globalThis.core = core;`;
const whole = await bundleSize(everything);
const withoutZod = await bundleSize(everything, ['zod']);
result({ entry: '@egov-kit/core (all exports)', gzipKB: kB(whole.gzip), minKB: kB(whole.min), coreOnlyGzipKB: kB(withoutZod.gzip), zodShareGzipKB: kB(whole.gzip - withoutZod.gzip), targetKB: 15, withinTarget: whole.gzip <= 15_000 });

const partial: Record<string, string> = {
  'identifier validators only': `import { validateIdentifier } from '@egov-kit/core'; globalThis.v = validateIdentifier;`,
  'status model only': `import { canTransition, dossierStatuses } from '@egov-kit/core'; globalThis.v = [canTransition, dossierStatuses];`,
  'working days only': `import { addWorkingDays } from '@egov-kit/core'; globalThis.v = addWorkingDays;`,
  'form validation (validateAnswers)': `import { validateAnswers } from '@egov-kit/core'; globalThis.v = validateAnswers;`,
  'unit data and search (@egov-kit/core/units)': `import { searchUnits, mapOldUnit } from '@egov-kit/core/units'; globalThis.v = [searchUnits, mapOldUnit];`,
};
for (const [entry, source] of Object.entries(partial)) {
  const size = await bundleSize(source);
  result({ entry, gzipKB: kB(size.gzip), minKB: kB(size.min) });
}
