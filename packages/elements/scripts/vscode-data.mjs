#!/usr/bin/env node
// Writes vscode.html-custom-data.json (VS Code's HTML custom data) from custom-elements.json, so
// editors complete egov-* tags and their attributes with the same docs as Storybook.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));

/** Values of a string-literal union type: `'text' | 'email'` → ['text', 'email']. */
function literalValues(type) {
  const parts = (type ?? '').split('|').map((p) => p.trim());
  return parts.length > 1 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => ({ name: p.slice(1, -1) })) : undefined;
}

const tags = [];
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement || !declaration.tagName) continue;
    const lines = [declaration.summary ?? declaration.description ?? ''];
    const list = (title, items) => items?.length && lines.push(`\n**${title}:** ${items.map((i) => `\`${i.name}\``).join(', ')}`);
    list('Slots', declaration.slots?.map((s) => ({ name: s.name || '(default)' })));
    list('Events', declaration.events);
    list('CSS parts', declaration.cssParts);
    list('CSS properties', declaration.cssProperties);
    tags.push({
      name: declaration.tagName,
      description: lines.filter(Boolean).join('\n'),
      attributes: (declaration.attributes ?? []).map((attribute) => {
        const values = literalValues(attribute.type?.text);
        return { name: attribute.name, description: attribute.description ?? '', ...(values ? { values } : {}) };
      }),
    });
  }
}
tags.sort((a, b) => a.name.localeCompare(b.name));
writeFileSync(new URL('../vscode.html-custom-data.json', import.meta.url), `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
console.log(`vscode.html-custom-data.json: ${tags.length} tags`);
