/**
 * Certification path building and checking (RFC 5280, simplified: no policy or name-constraint
 * processing; a critical extension the engine does not handle fails the path).
 */
import { OID } from '../crypto/oids.js';
import { verifySignature, type KeyCache } from '../crypto/verify.js';
import { bytesEqual } from '../util/bytes.js';
import { validAt, type Certificate } from '../x509/certificate.js';
import type { TrustPurpose, TrustedCertificate } from './trust-list.js';

/** What a certificate at the end of a path is used for. */
export type LeafPurpose = 'signature' | 'timestamp' | 'ocsp';

/** A problem on a path, with the position of the certificate (0 = the leaf). */
export interface ChainProblem {
  readonly code:
    | 'chain.expired' | 'chain.not-yet-valid' | 'chain.not-a-ca' | 'chain.ca-key-usage' | 'chain.path-length'
    | 'chain.unhandled-critical-extension' | 'chain.leaf-key-usage' | 'chain.leaf-extended-key-usage'
    | 'chain.signature-unsupported';
  readonly index: number;
}

/** A path from a certificate towards a trust anchor. */
export interface ChainResult {
  /** Leaf first; ends with the anchor when one was reached. */
  readonly path: readonly Certificate[];
  readonly anchor?: TrustedCertificate;
  /** Problems with the certificates on the path, checked at the validation time. */
  readonly problems: readonly ChainProblem[];
}

/** Inputs for {@link buildChain}. */
export interface ChainInput {
  readonly leaf: Certificate;
  /** Certificates that may be intermediates (embedded, from the DSS, trust-list intermediates). */
  readonly pool: readonly Certificate[];
  readonly trusted: readonly TrustedCertificate[];
  readonly purpose: LeafPurpose;
  /** When the path must be valid. */
  readonly time: Date;
  readonly keys: KeyCache;
}

const MAX_DEPTH = 12;
const MAX_STEPS = 256;

/** Caches "does `issuer` sign `cert`" answers across paths. */
export class IssuerCache {
  private readonly results = new Map<string, Promise<boolean | 'unsupported'>>();

  signs(issuer: Certificate, cert: Certificate, keys: KeyCache): Promise<boolean | 'unsupported'> {
    const id = `${issuer.serial}|${issuer.subject.matchKey}|${cert.serial}|${cert.issuer.matchKey}|${issuer.der.length}|${cert.der.length}`;
    let result = this.results.get(id);
    if (!result) {
      result = verifySignature(keys, issuer.spki, issuer.publicKey, cert.signatureAlgorithm.scheme, cert.tbs, cert.signatureValue)
        .then((check) => (check === 'unsupported' ? 'unsupported' : check === 'valid'));
      this.results.set(id, result);
    }
    return result;
  }
}

function sameCertificate(a: Certificate, b: Certificate): boolean {
  return a.der.length === b.der.length && bytesEqual(a.der, b.der);
}

function couldIssue(issuer: Certificate, cert: Certificate): boolean {
  if (issuer.subject.matchKey !== cert.issuer.matchKey) return false;
  if (cert.authorityKeyId && issuer.subjectKeyId && cert.authorityKeyId !== issuer.subjectKeyId) return false;
  return true;
}

/**
 * Builds the best path from `leaf`: one that reaches a trust anchor for the purpose if any does,
 * else the longest one found. Then checks it at `time`.
 */
export async function buildChain(input: ChainInput, cache: IssuerCache): Promise<ChainResult> {
  const purpose: TrustPurpose = input.purpose === 'timestamp' ? 'timestamp' : 'signature';
  const anchors = input.trusted.filter((t) => t.role === 'root' && t.purposes.includes(purpose));
  const intermediates = [...input.pool, ...input.trusted.filter((t) => t.role === 'intermediate' || !t.purposes.includes(purpose)).map((t) => t.certificate)];
  let best: Certificate[] = [input.leaf];
  let unsupported = false;

  const directAnchor = anchors.find((a) => sameCertificate(a.certificate, input.leaf));
  if (directAnchor) return { path: [input.leaf], anchor: directAnchor, problems: checkPath([input.leaf], input) };

  let steps = 0;
  const search = async (path: Certificate[]): Promise<{ path: Certificate[]; anchor: TrustedCertificate } | undefined> => {
    // Hostile pools (many cross-signed certificates with one name) must not make this explode.
    if (++steps > MAX_STEPS) return undefined;
    const current = path[path.length - 1]!;
    if (path.length > best.length) best = path;
    if (path.length > MAX_DEPTH) return undefined;
    for (const anchor of anchors) {
      if (!couldIssue(anchor.certificate, current)) continue;
      const signs = await cache.signs(anchor.certificate, current, input.keys);
      if (signs === 'unsupported') unsupported = true;
      if (signs === true) return { path: [...path, anchor.certificate], anchor };
    }
    if (current.selfIssued && path.length > 1) return undefined;
    for (const candidate of intermediates) {
      if (path.some((p) => sameCertificate(p, candidate)) || !couldIssue(candidate, current)) continue;
      const signs = await cache.signs(candidate, current, input.keys);
      if (signs === 'unsupported') unsupported = true;
      if (signs !== true) continue;
      const found = await search([...path, candidate]);
      if (found) return found;
    }
    return undefined;
  };

  const found = await search([input.leaf]);
  const path = found?.path ?? best;
  const problems = checkPath(path, input);
  if (!found && unsupported) problems.push({ code: 'chain.signature-unsupported', index: path.length - 1 });
  return found ? { path, anchor: found.anchor, problems } : { path, problems };
}

function checkPath(path: readonly Certificate[], input: ChainInput): ChainProblem[] {
  const problems: ChainProblem[] = [];
  const time = input.time;
  path.forEach((cert, index) => {
    if (!validAt(cert, time)) problems.push({ code: time < cert.notBefore ? 'chain.not-yet-valid' : 'chain.expired', index });
    if (cert.unhandledCriticalExtensions.length > 0) problems.push({ code: 'chain.unhandled-critical-extension', index });
    if (index > 0) {
      const isAnchor = index === path.length - 1;
      if (cert.version >= 3 || !isAnchor) {
        if (!cert.basicConstraints?.ca) problems.push({ code: 'chain.not-a-ca', index });
        if (cert.keyUsage && !cert.keyUsage.has('keyCertSign')) problems.push({ code: 'chain.ca-key-usage', index });
      }
      const limit = cert.basicConstraints?.pathLength;
      if (limit !== undefined) {
        // Non-self-issued intermediates between this CA and the leaf.
        let below = 0;
        for (let k = 1; k < index; k++) if (!path[k]!.selfIssued) below++;
        if (below > limit) problems.push({ code: 'chain.path-length', index });
      }
    }
  });
  const leaf = path[0]!;
  if (input.purpose === 'signature') {
    if (leaf.keyUsage && !leaf.keyUsage.has('digitalSignature') && !leaf.keyUsage.has('nonRepudiation')) problems.push({ code: 'chain.leaf-key-usage', index: 0 });
  } else if (input.purpose === 'timestamp') {
    if (!leaf.extendedKeyUsage?.includes(OID.kpTimeStamping)) problems.push({ code: 'chain.leaf-extended-key-usage', index: 0 });
  } else if (input.purpose === 'ocsp') {
    if (!leaf.extendedKeyUsage?.includes(OID.kpOcspSigning)) problems.push({ code: 'chain.leaf-extended-key-usage', index: 0 });
  }
  return problems;
}
