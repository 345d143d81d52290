/**
 * RFC 3161 timestamp tokens: signature timestamps (over a signature value) and document
 * timestamps (over a PDF byte range). A token proves the data existed at its `genTime` only when
 * its imprint matches, its CMS signature verifies, and its TSA chains to a trusted anchor.
 */
import * as pkijs from 'pkijs';
import { digestAlgorithmFromOid, digestName, type DigestAlgorithm } from '../crypto/digest.js';
import { OID } from '../crypto/oids.js';
import { bytesEqual, toHex } from '../util/bytes.js';
import { parseDer } from '../x509/der.js';
import { parseSignedData, type SignedData } from '../cms/signed-data.js';
import { verifySigner, type SignedContent, type SignerVerification, type VerifySignerOptions } from '../cms/verify.js';
import { digestParts } from '../crypto/digest.js';

/** A timestamp token's TSTInfo, read. */
export interface TimestampInfo {
  readonly genTime: Date;
  readonly imprintAlgorithmOid: string;
  readonly imprintAlgorithm?: DigestAlgorithm;
  readonly imprint: Uint8Array;
  readonly serial: string;
  readonly policy: string;
  /** Accuracy in milliseconds, when stated. */
  readonly accuracyMs?: number;
}

/** A timestamp token checked cryptographically (trust is judged separately). */
export interface TimestampCheck {
  readonly signedData?: SignedData;
  readonly info?: TimestampInfo;
  /** Whether the imprint equals the digest of the timestamped data. */
  readonly imprintMatches: boolean;
  readonly signer?: SignerVerification;
  /** Stable codes: `timestamp.malformed`, `timestamp.imprint-mismatch`… */
  readonly problems: readonly string[];
}

/** Reads the TSTInfo of a parsed token. */
export function readTimestampInfo(signedData: SignedData): TimestampInfo | undefined {
  if (signedData.eContentType !== OID.tstInfo || !signedData.eContent) return undefined;
  try {
    const decoded = parseDer(signedData.eContent);
    if (!decoded) return undefined;
    const info = new pkijs.TSTInfo({ schema: decoded.result });
    const imprintAlgorithmOid = info.messageImprint.hashAlgorithm.algorithmId;
    const imprintAlgorithm = digestAlgorithmFromOid(imprintAlgorithmOid);
    let accuracyMs: number | undefined;
    if (info.accuracy) accuracyMs = (info.accuracy.seconds ?? 0) * 1000 + (info.accuracy.millis ?? 0) + (info.accuracy.micros ?? 0) / 1000;
    if (Number.isNaN(info.genTime.getTime())) return undefined;
    return {
      genTime: info.genTime,
      imprintAlgorithmOid,
      ...(imprintAlgorithm ? { imprintAlgorithm } : {}),
      imprint: info.messageImprint.hashedMessage.valueBlock.valueHexView,
      serial: toHex(info.serialNumber.valueBlock.valueHexView),
      policy: info.policy,
      ...(accuracyMs !== undefined ? { accuracyMs } : {}),
    };
  } catch {
    return undefined;
  }
}

/**
 * Checks a token: its TSTInfo, its imprint against `imprintOf` (the digest of the timestamped
 * data, computed with the imprint's algorithm) and its CMS signature. Never throws.
 */
export async function checkTimestampToken(
  token: Uint8Array | SignedData,
  imprintOf: (algorithm: DigestAlgorithm) => Promise<Uint8Array>,
  options: VerifySignerOptions,
): Promise<TimestampCheck> {
  const signedData = token instanceof Uint8Array ? parseSignedData(token) : token;
  if (typeof signedData === 'string') return { imprintMatches: false, problems: ['timestamp.malformed'] };
  const info = readTimestampInfo(signedData);
  if (!info) return { signedData, imprintMatches: false, problems: ['timestamp.malformed'] };
  const problems: string[] = [];
  let imprintMatches = false;
  if (!info.imprintAlgorithm) {
    problems.push('timestamp.imprint-algorithm-unsupported');
  } else {
    try {
      imprintMatches = bytesEqual(await imprintOf(info.imprintAlgorithm), info.imprint);
    } catch {
      imprintMatches = false;
    }
    if (!imprintMatches) problems.push('timestamp.imprint-mismatch');
  }
  const tstInfo = signedData.eContent!;
  const content: SignedContent = {
    digest: (algorithm) => digestParts(algorithm, [tstInfo], options.hasher),
    parts: () => [tstInfo],
  };
  const signer = signedData.signers[0];
  if (!signer) return { signedData, info, imprintMatches, problems: [...problems, 'timestamp.malformed'] };
  const verification = await verifySigner(signedData, signer, content, options);
  return { signedData, info, imprintMatches, signer: verification, problems: [...problems, ...verification.problems] };
}

/** A display name for an imprint algorithm. */
export function imprintName(info: TimestampInfo): string {
  return digestName(info.imprintAlgorithmOid);
}
