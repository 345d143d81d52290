/**
 * Trust lists: the certificates a verifier trusts, in a JSON bundle with each certificate's SHA-256
 * fingerprint pinned beside it. Vietnam publishes no machine-readable (ETSI TS 119 612) list, so an
 * agency keeps its own: the national root (NEAC), the CAs it recognises, and the TSAs.
 * The format is described by `trust/trust-list.schema.json`.
 */
import { digestParts } from '../crypto/digest.js';
import { toHex } from '../util/bytes.js';
import { parseCertificate, type Certificate } from '../x509/certificate.js';

/** What a trusted certificate may anchor. */
export type TrustPurpose = 'signature' | 'timestamp';

/** A trust list entry as written in JSON. */
export interface TrustListEntryJson {
  /** A name for people, e.g. `"Root CA (NEAC) SHA-256 G2"`. */
  name: string;
  organization?: string;
  /** `root`: a trust anchor. `intermediate`: not trusted by itself, used to complete chains that embed only the signer. */
  role: 'root' | 'intermediate';
  /** What a root anchors; both when absent. */
  purposes?: TrustPurpose[];
  /** SHA-256 of the certificate's DER, hex (colons and spaces allowed). */
  sha256: string;
  /** The certificate: base64 DER or PEM. */
  certificate: string;
  /** Where the certificate was obtained (URL, document). */
  source?: string;
  notes?: string;
}

/** A trust list as written in JSON. */
export interface TrustListJson {
  $schema?: string;
  format: 'egov-kit-trust-list';
  version: 1;
  name: string;
  description?: string;
  /** When the list was compiled (ISO date). */
  issued?: string;
  /** True for lists meant for tests and demonstrations; reports then say the result has no legal value. */
  demo?: boolean;
  /**
   * The revocation policy for this list's certificates unless the caller sets one: `soft-fail` for a
   * PKI that publishes no CRL or OCSP responder (the reference server's demo PKI).
   */
  revocation?: 'require' | 'soft-fail';
  certificates: TrustListEntryJson[];
}

/** A certificate the verifier trusts or uses, with its list metadata. */
export interface TrustedCertificate {
  readonly certificate: Certificate;
  readonly name: string;
  readonly organization?: string;
  readonly role: 'root' | 'intermediate';
  readonly purposes: readonly TrustPurpose[];
  readonly sha256: string;
  readonly source?: string;
}

/** A loaded trust list. */
export interface TrustList {
  readonly name: string;
  readonly entries: readonly TrustedCertificate[];
  /** A list for tests and demonstrations only. */
  readonly demo?: boolean;
  /** The list's revocation policy, when it sets one (see {@link TrustListJson.revocation}). */
  readonly revocation?: 'require' | 'soft-fail';
}

/** A trust list entry that was refused, and why. */
export interface TrustListProblem {
  readonly index: number;
  readonly name?: string;
  readonly code: 'trust-list.not-an-object' | 'trust-list.entry-malformed' | 'trust-list.certificate-unreadable' | 'trust-list.fingerprint-mismatch';
}

/** An empty trust list: nothing is trusted. */
export const emptyTrustList: TrustList = { name: 'empty', entries: [] };

/** Decodes base64 or PEM text to bytes; `undefined` when it is neither. */
export function decodeCertificateText(text: string): Uint8Array | undefined {
  const body = text.replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return undefined;
  try {
    const binary = globalThis.atob(body);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

/** Normalises a fingerprint written with colons, spaces or capitals. */
export function normalizeFingerprint(text: string): string {
  return text.replace(/[\s:]/g, '').toLowerCase();
}

/**
 * Loads a trust list from its JSON (text or parsed). Every certificate's SHA-256 must equal its
 * pinned fingerprint; entries that fail are left out and reported. Never throws.
 */
export async function loadTrustList(json: unknown): Promise<{ trustList: TrustList; problems: TrustListProblem[] }> {
  let value = json;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return { trustList: emptyTrustList, problems: [{ index: -1, code: 'trust-list.not-an-object' }] };
    }
  }
  if (!value || typeof value !== 'object' || !Array.isArray((value as TrustListJson).certificates)) {
    return { trustList: emptyTrustList, problems: [{ index: -1, code: 'trust-list.not-an-object' }] };
  }
  const list = value as TrustListJson;
  const entries: TrustedCertificate[] = [];
  const problems: TrustListProblem[] = [];
  for (const [index, entry] of list.certificates.entries()) {
    if (!entry || typeof entry !== 'object' || typeof entry.certificate !== 'string' || typeof entry.sha256 !== 'string' || typeof entry.name !== 'string' || (entry.role !== 'root' && entry.role !== 'intermediate')) {
      problems.push({ index, code: 'trust-list.entry-malformed', ...(typeof entry?.name === 'string' ? { name: entry.name } : {}) });
      continue;
    }
    const der = decodeCertificateText(entry.certificate);
    const certificate = der && parseCertificate(der);
    if (!certificate) {
      problems.push({ index, name: entry.name, code: 'trust-list.certificate-unreadable' });
      continue;
    }
    const sha256 = toHex(await digestParts('SHA-256', [certificate.der]));
    if (sha256 !== normalizeFingerprint(entry.sha256)) {
      problems.push({ index, name: entry.name, code: 'trust-list.fingerprint-mismatch' });
      continue;
    }
    const purposes = Array.isArray(entry.purposes) && entry.purposes.length > 0
      ? entry.purposes.filter((p): p is TrustPurpose => p === 'signature' || p === 'timestamp')
      : (['signature', 'timestamp'] as TrustPurpose[]);
    entries.push({
      certificate,
      name: entry.name,
      ...(typeof entry.organization === 'string' ? { organization: entry.organization } : {}),
      role: entry.role,
      purposes,
      sha256,
      ...(typeof entry.source === 'string' ? { source: entry.source } : {}),
    });
  }
  const revocation = list.revocation === 'require' || list.revocation === 'soft-fail' ? list.revocation : undefined;
  return {
    trustList: { name: typeof list.name === 'string' ? list.name : 'unnamed', entries, ...(list.demo === true ? { demo: true } : {}), ...(revocation ? { revocation } : {}) },
    problems,
  };
}

/** Builds a trust list from certificates directly (DER), for programs that manage trust themselves. */
export async function trustListFromCertificates(name: string, certificates: readonly { der: Uint8Array; role?: 'root' | 'intermediate'; name?: string; purposes?: TrustPurpose[] }[]): Promise<TrustList> {
  const entries: TrustedCertificate[] = [];
  for (const item of certificates) {
    const certificate = parseCertificate(item.der);
    if (!certificate) continue;
    entries.push({
      certificate,
      name: item.name ?? certificate.subject.text,
      role: item.role ?? 'root',
      purposes: item.purposes ?? ['signature', 'timestamp'],
      sha256: toHex(await digestParts('SHA-256', [certificate.der])),
    });
  }
  return { name, entries };
}
