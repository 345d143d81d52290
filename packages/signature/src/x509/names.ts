/**
 * Distinguished names: read for display (Vietnamese names in UTF8String, BMPString or
 * PrintableString come out the same) and compared as RFC 5280 asks, ignoring case, spacing and the
 * string type.
 */
import * as asn1js from 'asn1js';
import type * as pkijs from 'pkijs';

/** One attribute of a name, e.g. `{ type: 'CN', value: 'Nguyễn Văn An' }`. */
export interface NameAttribute {
  readonly oid: string;
  /** Short label (`CN`, `O`, `OU`, `T`, `UID`…) or the OID when unknown. */
  readonly type: string;
  readonly value: string;
}

/** A distinguished name read for people. */
export interface DistinguishedName {
  /** Attributes in the order they appear (most significant first, as encoded). */
  readonly attributes: readonly NameAttribute[];
  /** One-line form, most specific first: `CN=Nguyễn Văn An, O=…, C=VN`. */
  readonly text: string;
  /** A key for comparing names: equal for names RFC 5280 considers the same. */
  readonly matchKey: string;
}

const SHORT: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.42': 'GN',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.9': 'STREET',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'T',
  '2.5.4.13': 'DESCRIPTION',
  '2.5.4.97': 'ORGANIZATIONIDENTIFIER',
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'E',
};

/** Reads any ASN.1 string type as text (UTF8String, BMPString, PrintableString, T61String…). */
export function asn1Text(value: unknown): string {
  if (value instanceof asn1js.BmpString || value instanceof asn1js.Utf8String || value instanceof asn1js.UniversalString) {
    return String(value.valueBlock.value ?? '');
  }
  if (value && typeof value === 'object' && 'valueBlock' in value) {
    const block = (value as { valueBlock: { value?: unknown; valueHexView?: Uint8Array } }).valueBlock;
    if (typeof block.value === 'string') return block.value;
    if (block.valueHexView) {
      // TeletexString and others: try UTF-8 (common in practice), fall back to Latin-1.
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(block.valueHexView);
      } catch {
        return String.fromCharCode(...block.valueHexView);
      }
    }
  }
  return '';
}

function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, '').normalize('NFC');
}

function escapeRdn(value: string): string {
  return value.replace(/([,+"\\<>;])/g, '\\$1');
}

function matchForm(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Reads a pkijs name. Never throws. pkijs flattens multi-valued RDNs; names are compared attribute
 * by attribute in order, which is what CAs that encode their names consistently need.
 */
export function readName(name: pkijs.RelativeDistinguishedNames | undefined): DistinguishedName {
  const attributes: NameAttribute[] = [];
  const keys: string[] = [];
  try {
    for (const tv of name?.typesAndValues ?? []) {
      const text = clean(asn1Text(tv.value));
      attributes.push({ oid: tv.type, type: SHORT[tv.type] ?? tv.type, value: text });
      keys.push(`${tv.type}=${matchForm(text)}`);
    }
  } catch {
    // an unreadable name reads as empty
  }
  const text = [...attributes].reverse().map((a) => `${a.type}=${escapeRdn(a.value)}`).join(', ');
  return { attributes, text, matchKey: keys.join(',') };
}

/** The first value of attribute `type` (`'CN'`, `'O'`…). */
export function nameValue(name: DistinguishedName, type: string): string | undefined {
  return name.attributes.find((a) => a.type === type)?.value;
}

/** All values of attribute `type`. */
export function nameValues(name: DistinguishedName, type: string): string[] {
  return name.attributes.filter((a) => a.type === type).map((a) => a.value);
}
