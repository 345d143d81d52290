/** Signature verification with WebCrypto. */
import * as asn1js from 'asn1js';
import { toHex } from '../util/bytes.js';
import type { PublicKeyDescription } from './keys.js';
import type { SignatureScheme } from './signature-algorithms.js';
import { OID } from './oids.js';

/** The outcome of checking one signature value. */
export type SignatureCheck = 'valid' | 'invalid' | 'unsupported';

/** Caches imported keys for the duration of one verification. */
export class KeyCache {
  private readonly keys = new Map<string, Promise<CryptoKey | undefined>>();

  /** Imports `spki` for `scheme`, once per key and scheme. */
  importKey(spki: Uint8Array, key: PublicKeyDescription, scheme: SignatureScheme): Promise<CryptoKey | undefined> {
    const params = importParams(key, scheme);
    if (!params) return Promise.resolve(undefined);
    const id = `${JSON.stringify(params)}|${toHex(spki)}`;
    let promise = this.keys.get(id);
    if (!promise) {
      const der = key.pssOnly ? asRsaEncryptionSpki(spki) : spki;
      promise = globalThis.crypto.subtle
        .importKey('spki', der as Uint8Array<ArrayBuffer>, params, false, ['verify'])
        .then((k) => k, () => undefined);
      this.keys.set(id, promise);
    }
    return promise;
  }
}

type ImportParams = RsaHashedImportParams | EcKeyImportParams | Algorithm;

function importParams(key: PublicKeyDescription, scheme: SignatureScheme): ImportParams | undefined {
  switch (scheme.kind) {
    case 'rsa-pkcs1':
      return key.type === 'RSA' ? { name: 'RSASSA-PKCS1-v1_5', hash: scheme.hash } : undefined;
    case 'rsa-pss':
      return key.type === 'RSA' ? { name: 'RSA-PSS', hash: scheme.hash } : undefined;
    case 'ecdsa':
      return key.type === 'EC' && key.curve && key.curve.startsWith('P-') ? { name: 'ECDSA', namedCurve: key.curve } : undefined;
    case 'ed25519':
      return key.type === 'Ed25519' ? { name: 'Ed25519' } : undefined;
    default:
      return undefined;
  }
}

/**
 * Verifies `signature` over `data` with the key in `spki`. `'unsupported'` when WebCrypto cannot
 * check this algorithm or key (DSA, brainpool curves, MD5…), `'invalid'` for a wrong signature or a
 * malformed value.
 */
export async function verifySignature(
  cache: KeyCache,
  spki: Uint8Array,
  key: PublicKeyDescription,
  scheme: SignatureScheme,
  data: Uint8Array,
  signature: Uint8Array,
): Promise<SignatureCheck> {
  if (scheme.kind === 'unsupported') return 'unsupported';
  const cryptoKey = await cache.importKey(spki, key, scheme);
  if (!cryptoKey) return 'unsupported';
  let value: Uint8Array | undefined = signature;
  let algorithm: AlgorithmIdentifier | RsaPssParams | EcdsaParams;
  switch (scheme.kind) {
    case 'rsa-pkcs1':
      algorithm = { name: 'RSASSA-PKCS1-v1_5' };
      break;
    case 'rsa-pss':
      algorithm = { name: 'RSA-PSS', saltLength: scheme.saltLength };
      break;
    case 'ecdsa':
      algorithm = { name: 'ECDSA', hash: scheme.hash };
      value = ecdsaDerToRaw(signature, key.bits);
      break;
    case 'ed25519':
      algorithm = { name: 'Ed25519' };
      break;
  }
  if (!value) return 'invalid';
  try {
    const ok = await globalThis.crypto.subtle.verify(algorithm, cryptoKey, value as Uint8Array<ArrayBuffer>, data as Uint8Array<ArrayBuffer>);
    return ok ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** Converts a DER `Ecdsa-Sig-Value` to the fixed-width r‖s form WebCrypto expects. */
export function ecdsaDerToRaw(der: Uint8Array, curveBits: number): Uint8Array | undefined {
  const size = Math.ceil(curveBits / 8);
  const parsed = asn1js.fromBER(der);
  if (parsed.offset !== der.length) return undefined;
  const seq = parsed.result;
  if (!(seq instanceof asn1js.Sequence) || seq.valueBlock.value.length !== 2) return undefined;
  const out = new Uint8Array(size * 2);
  for (let k = 0; k < 2; k++) {
    const int = seq.valueBlock.value[k];
    if (!(int instanceof asn1js.Integer)) return undefined;
    let bytes = int.valueBlock.valueHexView;
    while (bytes.length > 1 && bytes[0] === 0) bytes = bytes.subarray(1);
    if (bytes.length > size) return undefined;
    out.set(bytes, size * (k + 1) - bytes.length);
  }
  return out;
}

/** Rewrites an RSASSA-PSS SubjectPublicKeyInfo as rsaEncryption, which WebCrypto imports. */
function asRsaEncryptionSpki(spki: Uint8Array): Uint8Array {
  try {
    const parsed = asn1js.fromBER(spki);
    const seq = parsed.result as asn1js.Sequence;
    const key = seq.valueBlock.value[1];
    if (!key) return spki;
    const rewritten = new asn1js.Sequence({
      value: [new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: OID.rsaEncryption }), new asn1js.Null()] }), key],
    });
    return new Uint8Array(rewritten.toBER());
  } catch {
    return spki;
  }
}
