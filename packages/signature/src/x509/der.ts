/** DER decoding with limits suited to untrusted input. */
import * as asn1js from 'asn1js';

/** A decoded ASN.1 value and how many bytes it took. */
export interface DecodedDer {
  readonly result: asn1js.AsnType;
  readonly length: number;
}

/**
 * Decodes the first ASN.1 value in `bytes`. Limits scale with the input so a large CRL parses but
 * a hostile blob cannot make the decoder do more work than its size allows. Never throws.
 */
export function parseDer(bytes: Uint8Array): DecodedDer | undefined {
  try {
    const parsed = asn1js.fromBER(bytes, {
      maxDepth: 64,
      maxNodes: Math.max(10_000, bytes.length),
      maxContentLength: Math.max(1 << 20, bytes.length),
      // Contents of OCTET and BIT STRINGs are decoded where needed, not speculatively.
      parseEmbedded: false,
    });
    if (parsed.offset === -1 || parsed.result.error) return undefined;
    return { result: parsed.result, length: parsed.offset };
  } catch {
    return undefined;
  }
}

/** The original encoded bytes of a decoded value. */
export function encodedBytes(value: asn1js.AsnType | undefined): Uint8Array | undefined {
  const view = (value as { valueBeforeDecodeView?: Uint8Array } | undefined)?.valueBeforeDecodeView;
  return view && view.length > 0 ? view : undefined;
}

/** The dotted form of an OBJECT IDENTIFIER value. */
export function oidOf(value: unknown): string | undefined {
  return value instanceof asn1js.ObjectIdentifier ? value.valueBlock.toString() : undefined;
}

/** The children of a constructed value. */
export function childrenOf(value: unknown): asn1js.AsnType[] {
  if (value && typeof value === 'object' && 'valueBlock' in value) {
    const inner = (value as { valueBlock: { value?: unknown } }).valueBlock.value;
    if (Array.isArray(inner)) return inner as asn1js.AsnType[];
  }
  return [];
}

/** The bytes of an OCTET STRING (joined when it is constructed). */
export function octets(value: unknown): Uint8Array | undefined {
  if (!(value instanceof asn1js.OctetString)) return undefined;
  if (!value.idBlock.isConstructed) return value.valueBlock.valueHexView;
  const parts = childrenOf(value).map(octets);
  if (parts.some((p) => p === undefined)) return undefined;
  let length = 0;
  for (const p of parts) length += p!.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p!, at);
    at += p!.length;
  }
  return out;
}
