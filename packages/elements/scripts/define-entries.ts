// The define entries (src/define/<name>.ts) and which of them register a feature component: one
// whose class lives under src/features/. The CDN build makes one module per feature and one for
// every primitive; the sizes bench measures them the same way.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const defineDir = fileURLToPath(new URL('../src/define/', import.meta.url));

export interface DefineEntry {
  /** The entry's name: `text-field` for `src/define/text-field.ts`. */
  name: string;
  /** Its absolute path. */
  file: string;
  /** Whether it registers a feature component (its class lives under `src/features/`). */
  feature: boolean;
}

/** Every define entry, sorted by name. */
export function defineEntries(): DefineEntry[] {
  return readdirSync(defineDir).filter((f) => f.endsWith('.ts')).sort().map((f) => {
    const file = `${defineDir}${f}`;
    const feature = /\bfrom\s+['"]\.\.\/features\//.test(readFileSync(file, 'utf8'));
    return { name: f.slice(0, -3), file, feature };
  });
}
