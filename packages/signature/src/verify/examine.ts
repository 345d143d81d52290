/**
 * The first pass over one signature: its byte range, its CMS structure and its cryptographic
 * validity — everything that depends only on the bytes. Trust and time come later, once every
 * signature's certificates and revocation data are known.
 */
import { parseSignedData, type SignedData } from '../cms/signed-data.js';
import { readAdobeRevocationInfo } from '../cms/attributes.js';
import { verifySigner, type SignerVerification, type SignedContent } from '../cms/verify.js';
import { digestParts } from '../crypto/digest.js';
import { OID } from '../crypto/oids.js';
import { checkByteRange, type ByteRangeCheck } from '../pdf/byte-range.js';
import type { PdfView, Revision } from '../pdf/document.js';
import type { Quirk } from '../pdf/objects.js';
import { usedObjects } from '../changes/uses.js';
import type { FoundSignature } from '../pdf/signatures.js';
import { FindingList } from '../policy/findings.js';
import { asArray, asDict } from '../pdf/objects.js';
import { sameValue } from '../changes/diff.js';
import { bytesEqual } from '../util/bytes.js';
import { checkTimestampToken, type TimestampCheck } from '../time/timestamp.js';
import type { VerificationContext } from './context.js';

const DETACHED = new Set(['adbe.pkcs7.detached', 'ETSI.CAdES.detached']);
const SUPPORTED = new Set([...DETACHED, 'adbe.pkcs7.sha1', 'ETSI.RFC3161']);

/** The outcome of the first pass. */
export interface Examined {
  readonly found: FoundSignature;
  readonly isTimestamp: boolean;
  readonly coverage: ByteRangeCheck;
  readonly signedData?: SignedData;
  readonly signer?: SignerVerification;
  /** For document timestamps: the token checked against the byte range. */
  readonly documentTimestamp?: TimestampCheck;
  readonly formatFailures: string[];
  readonly unsupportedFormat: boolean;
  readonly hashMismatch: boolean;
  readonly findings: FindingList;
}

/**
 * Quirks on which conforming readers are known to part ways (not those they all tolerate alike,
 * such as a missing `endobj` or a wrong `/Length`).
 */
const DIVERGENT = new Set<Quirk>(['duplicate-keys', 'long-number', 'long-token', 'malformed-string', 'generation', 'duplicate-object']);

/**
 * True when what the signed revision shows may differ between readers: its trailer, or an object
 * its catalog reaches, holds a quirk readers read differently, or a reference names another
 * generation. The signer may then have seen something other than what a verifier's viewer shows.
 */
function readersMayDiffer(view: PdfView): boolean {
  const used = usedObjects(view);
  if ((view.chain[0]?.quirks ?? []).some((q) => DIVERGENT.has(q))) return true;
  for (const num of used.objects) if (view.quirks(num).some((q) => DIVERGENT.has(q))) return true;
  return view.generationMismatches.size > 0;
}

/** The signed bytes as two pieces, or `undefined` when the byte range is unusable. */
export function signedParts(bytes: Uint8Array, coverage: ByteRangeCheck): Uint8Array[] | undefined {
  const ranges = coverage.ranges;
  if (!ranges) return undefined;
  const [[a0, a1], [b0, b1]] = ranges;
  if (a1 > bytes.length || b1 > bytes.length || a0 > a1 || b0 > b1) return undefined;
  return [bytes.subarray(a0, a1), bytes.subarray(b0, b1)];
}

/**
 * The signature dictionary as the signed revision has it. A later revision may rewrite the object
 * unchanged (some writers re-save everything); the copy inside the signed bytes is the one whose
 * `/Contents` fills the gap. A copy that differs is left alone, to fail the byte-range checks.
 */
function asSigned(context: VerificationContext, found: FoundSignature): FoundSignature {
  const range = asArray(found.dict.entries.get('ByteRange'));
  if (found.dictNum === undefined || !range || range.length !== 4) return found;
  const end = range.map((v) => (v && typeof v === 'object' && v.kind === 'number' ? v.value : NaN)).slice(2).reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(end) || end <= 0 || end > context.file.bytes.length) return found;
  const view = context.file.view(end);
  const location = view.location(found.dictNum);
  if (!location || location.type !== 'file' || (found.location?.type === 'file' && found.location.offset === location.offset)) return found;
  const dict = asDict(view.resolve(found.dictNum));
  if (!dict || !sameValue(dict, found.dict, context.file.bytes)) return found;
  return { ...found, dict, location };
}

/** Runs the first pass on `found`. Never throws. */
export async function examineSignature(context: VerificationContext, declared: FoundSignature, revisions: readonly Revision[]): Promise<Examined> {
  const findings = new FindingList();
  const bytes = context.file.bytes;
  let unsupportedFormat = false;
  const found = asSigned(context, declared);
  const coverage = checkByteRange(bytes, found, revisions);
  const formatFailures: string[] = [...coverage.problems];
  for (const code of coverage.problems) findings.error(code);
  const signedView = coverage.signedEnd !== undefined ? context.file.view(coverage.signedEnd) : undefined;
  signedView?.checkEntries();
  if (signedView?.damaged) {
    findings.error('structure.signed-revision-damaged');
    unsupportedFormat = true;
  } else if (signedView && readersMayDiffer(signedView)) {
    findings.error('structure.signed-revision-ambiguous');
    unsupportedFormat = true;
  }
  if (found.outsideForm) findings.warning('signature.outside-form');
  if (!found.presentInFinal) {
    formatFailures.push('signature.removed');
    findings.error('signature.removed');
  }
  const subFilter = found.subFilter ?? 'adbe.pkcs7.detached';
  const isTimestamp = found.type === 'DocTimeStamp' || subFilter === 'ETSI.RFC3161';
  if (!SUPPORTED.has(subFilter)) {
    unsupportedFormat = true;
    findings.warning('signature.subfilter-unsupported', { subFilter });
  }
  const result = (extra: Partial<Examined>): Examined => ({
    found, isTimestamp, coverage, formatFailures, unsupportedFormat, hashMismatch: false, findings, ...extra,
  });
  if (!coverage.contents || coverage.problems.some((p) => p.startsWith('contents.')) || !SUPPORTED.has(subFilter)) return result({});

  const signedData = parseSignedData(coverage.contents);
  if (typeof signedData === 'string') {
    formatFailures.push(signedData);
    findings.error(signedData);
    return result({});
  }
  if (signedData.trailingGarbage) findings.warning('cms.trailing-data');
  if (signedData.signers.length !== 1) {
    formatFailures.push('cms.multiple-signers');
    findings.error('cms.multiple-signers', { count: signedData.signers.length });
  }
  const signer = signedData.signers[0]!;
  context.addCertificates(signedData.certificates, isTimestamp ? 'timestamp' : 'signature');
  const archival = readAdobeRevocationInfo(signer.signedAttributes);
  context.addRevocationData([...signedData.crls, ...archival.crls], [...signedData.ocspResponses, ...archival.ocspResponses], 'signature');

  const parts = signedParts(bytes, coverage);
  const rangeDigest = (algorithm: Parameters<typeof digestParts>[0]) => {
    if (!parts) return Promise.reject(new Error('no byte range'));
    return digestParts(algorithm, parts, context.hasher);
  };
  const verifyOptions = { keys: context.keys, hasher: context.hasher, otherCertificates: [...context.certificates(), ...context.trustList.entries.map((e) => e.certificate)] };

  if (isTimestamp) {
    const check = await checkTimestampToken(signedData, rangeDigest, verifyOptions);
    for (const code of check.problems) {
      if (code === 'timestamp.imprint-mismatch') continue;
      findings.error(code);
    }
    if (check.problems.includes('timestamp.malformed')) formatFailures.push('timestamp.malformed');
    const hashMismatch = !check.imprintMatches || check.signer?.digestMatches === false;
    return result({ signedData, ...(check.signer ? { signer: check.signer } : {}), documentTimestamp: check, hashMismatch });
  }

  let content: SignedContent;
  let hashMismatch = false;
  if (subFilter === 'adbe.pkcs7.sha1') {
    const eContent = signedData.eContent;
    if (!eContent || eContent.length === 0) {
      formatFailures.push('cms.econtent-type');
      findings.error('cms.econtent-type', { type: 'none' });
      return result({ signedData });
    }
    if (parts) hashMismatch = !bytesEqual(await digestParts('SHA-1', parts, context.hasher), eContent);
    if (hashMismatch) findings.error('signature.sha1-digest-mismatch');
    content = { digest: (algorithm) => digestParts(algorithm, [eContent], context.hasher), parts: () => [eContent] };
  } else {
    if (signedData.eContentType !== OID.data) {
      formatFailures.push('cms.econtent-type');
      findings.error('cms.econtent-type', { type: signedData.eContentType });
    }
    if (signedData.eContent !== undefined) {
      if (signedData.eContent.length === 0) {
        // Seen in Vietnamese documents: an empty eContent where a detached signature belongs.
        findings.warning('cms.econtent-empty');
      } else {
        formatFailures.push('cms.econtent-present');
        findings.error('cms.econtent-present');
      }
    }
    content = { digest: rangeDigest, parts: () => parts ?? [] };
  }
  const verification = await verifySigner(signedData, signer, content, verifyOptions);
  for (const code of verification.problems) {
    if (code === 'cms.signer-certificate-missing') continue; // reported by the verdict
    if (code === 'cms.digest-unsupported') findings.warning(code, { algorithm: verification.digestName });
    else if (code === 'cms.signing-certificate-mismatch') findings.error(code);
    else {
      findings.error(code);
      formatFailures.push(code);
    }
  }
  if (verification.problems.includes('cms.signer-certificate-missing')) findings.error('cms.signer-certificate-missing');
  if (verification.certificateSource === 'elsewhere') findings.warning('cms.signer-certificate-external');
  if (subFilter === 'ETSI.CAdES.detached' && verification.signingCertificateAttribute === 'absent' && verification.certificate) {
    findings.warning('cms.signing-certificate-absent');
  }
  if (verification.digestMatches === false) hashMismatch = true;
  return result({ signedData, signer: verification, hashMismatch });
}
