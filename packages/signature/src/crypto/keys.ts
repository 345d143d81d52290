/** Public keys: what kind and how strong, read from a SubjectPublicKeyInfo. */
import * as asn1js from 'asn1js';
import type * as pkijs from 'pkijs';
import { OID } from './oids.js';

/** A public key's family and strength. */
export interface PublicKeyDescription {
  readonly type: 'RSA' | 'EC' | 'Ed25519' | 'DSA' | 'unknown';
  /** RSA modulus size, EC field size (256/384/521), 256 for Ed25519, 0 when unknown. */
  readonly bits: number;
  /** WebCrypto curve name for EC keys (`'P-256'`), or the curve OID when WebCrypto lacks it. */
  readonly curve?: string;
  /** True when the SPKI names RSASSA-PSS rather than rsaEncryption. */
  readonly pssOnly?: boolean;
}

const CURVES: Record<string, { name: string; bits: number }> = {
  [OID.p256]: { name: 'P-256', bits: 256 },
  [OID.p384]: { name: 'P-384', bits: 384 },
  [OID.p521]: { name: 'P-521', bits: 521 },
  '1.3.36.3.3.2.8.1.1.7': { name: 'brainpoolP256r1', bits: 256 },
  '1.3.36.3.3.2.8.1.1.11': { name: 'brainpoolP384r1', bits: 384 },
  '1.3.36.3.3.2.8.1.1.13': { name: 'brainpoolP512r1', bits: 512 },
};

/** Bit length of an unsigned big-endian integer. */
export function bitLength(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]!));
}

/** Describes the key in `spki`. Never throws. */
export function describePublicKey(spki: pkijs.PublicKeyInfo): PublicKeyDescription {
  try {
    const oid = spki.algorithm.algorithmId;
    if (oid === OID.rsaEncryption || oid === OID.rsassaPss) {
      const parsed = asn1js.fromBER(spki.subjectPublicKey.valueBlock.valueHexView);
      const seq = parsed.result as asn1js.Sequence;
      const modulus = parsed.offset !== -1 && seq instanceof asn1js.Sequence ? seq.valueBlock.value[0] : undefined;
      const bits = modulus instanceof asn1js.Integer ? bitLength(modulus.valueBlock.valueHexView) : 0;
      return oid === OID.rsassaPss ? { type: 'RSA', bits, pssOnly: true } : { type: 'RSA', bits };
    }
    if (oid === OID.ecPublicKey) {
      const params = spki.algorithm.algorithmParams;
      const curveOid = params instanceof asn1js.ObjectIdentifier ? params.valueBlock.toString() : '';
      const curve = CURVES[curveOid];
      return curve ? { type: 'EC', bits: curve.bits, curve: curve.name } : { type: 'EC', bits: 0, curve: curveOid || 'explicit' };
    }
    if (oid === OID.ed25519) return { type: 'Ed25519', bits: 256 };
    if (oid === OID.dsa) return { type: 'DSA', bits: 0 };
  } catch {
    // fall through
  }
  return { type: 'unknown', bits: 0 };
}

/** A short display form: `'RSA 2048'`, `'EC P-256'`. */
export function keyLabel(key: PublicKeyDescription): string {
  if (key.type === 'EC') return `EC ${key.curve ?? ''}`.trim();
  if (key.type === 'RSA') return `RSA ${key.bits}`;
  return key.type;
}
