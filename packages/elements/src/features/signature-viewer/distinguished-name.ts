/** Certificate names (`CN=…, O=…, C=VN`) as people read them: "Name (Organisation)". */

/** The attributes of an RFC 4514 name string, unescaped. */
export function nameAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const part of text.split(/(?<!\\),\s*/)) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const type = part.slice(0, at).trim().toUpperCase();
    if (!attributes.has(type)) attributes.set(type, part.slice(at + 1).replace(/\\(.)/g, '$1').trim());
  }
  return attributes;
}

/** "Common name (Organisation)", or whichever of them the name has; the text itself when it has neither. */
export function readableName(text: string): string {
  const attributes = nameAttributes(text);
  const name = attributes.get('CN');
  const organization = attributes.get('O');
  if (name && organization && !name.includes(organization)) return `${name} (${organization})`;
  return name ?? organization ?? text;
}
