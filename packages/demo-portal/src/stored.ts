/**
 * What the portal keeps in this browser's localStorage, as JSON. Storage may be full, off or
 * refused (private browsing): reads then find nothing, and writes keep the value in the page only.
 */

export function readStored<T>(key: string): T | undefined {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Full or off: the value lives in the page only.
  }
}

export function removeStored(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing was stored.
  }
}
