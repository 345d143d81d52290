/** Reads and verifies the one signature of a PDF with pkijs, for the tests (the full verifier lives in @egov-kit/signature). */
import { createHash, webcrypto } from 'node:crypto';
import * as pkijs from 'pkijs';
import type { TrustList } from '../src/contract.js';

pkijs.setEngine('test', new pkijs.CryptoEngine({ name: 'test', crypto: webcrypto as unknown as Crypto }));

const OID = { signingCertificateV2: '1.2.840.113549.1.9.16.2.47', signingTime: '1.2.840.113549.1.9.5', sha256: '2.16.840.1.101.3.4.2.1' };

/** What a signature says and whether it holds. */
export interface SignatureCheck {
  subFilter: string | undefined;
  coversWholeFile: boolean;
  signatureValid: boolean;
  chainValid: boolean;
  digestAlgorithm: string;
  signedAttributes: string[];
  signingCertificateV2Matches: boolean;
  signerSubject: string;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** Verifies the PDF's signature against the trust list's root and intermediate certificates. */
export async function checkPdfSignature(pdf: Buffer, trustList: TrustList): Promise<SignatureCheck> {
  const text = pdf.toString('latin1');
  const range = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(text);
  if (!range) throw new Error('no ByteRange');
  const [a, b, c, d] = range.slice(1).map(Number) as [number, number, number, number];
  const signed = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
  const hex = pdf.subarray(a + b + 1, c - 1).toString('latin1').replace(/(00)+$/, '');
  const cms = pkijs.ContentInfo.fromBER(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex'));
  const signedData = new pkijs.SignedData({ schema: cms.content });
  const trusted = trustList.certificates.map((entry) => {
    const der = Buffer.from(entry.certificate.replace(/-----[^-]+-----|\s/g, ''), 'base64');
    if (createHash('sha256').update(der).digest('hex') !== entry.sha256) throw new Error(`pin mismatch for ${entry.name}`);
    return pkijs.Certificate.fromBER(der);
  });
  const verdict = await signedData.verify({ signer: 0, data: toArrayBuffer(signed), trustedCerts: trusted, checkChain: true, extendedMode: true })
    .catch((error: { signatureVerified?: boolean; signerCertificateVerified?: boolean }) => ({
      signatureVerified: error.signatureVerified ?? false, signerCertificateVerified: error.signerCertificateVerified ?? false, signerCertificate: undefined,
    }));
  const signer = signedData.signerInfos[0]!;
  const attributes = signer.signedAttrs?.attributes ?? [];
  const signerCertificate = (signedData.certificates ?? []).find((cert): cert is pkijs.Certificate => cert instanceof pkijs.Certificate
    && cert.serialNumber.isEqual((signer.sid as pkijs.IssuerAndSerialNumber).serialNumber));
  const essAttribute = attributes.find((attribute) => attribute.type === OID.signingCertificateV2);
  const certHash = signerCertificate ? createHash('sha256').update(Buffer.from(signerCertificate.toSchema().toBER())).digest('hex') : '';
  const essHex = essAttribute ? Buffer.from(essAttribute.values[0]!.toBER()).toString('hex') : '';
  return {
    subFilter: /\/SubFilter\s*\/([\w.]+)/.exec(text)?.[1],
    coversWholeFile: a === 0 && c + d === pdf.length,
    signatureValid: verdict.signatureVerified === true,
    chainValid: verdict.signerCertificateVerified === true,
    digestAlgorithm: signer.digestAlgorithm.algorithmId,
    signedAttributes: attributes.map((attribute) => attribute.type),
    signingCertificateV2Matches: certHash !== '' && essHex.includes(certHash),
    signerSubject: signerCertificate?.subject.typesAndValues.map((tv) => `${tv.type}=${tv.value.valueBlock.value}`).join(', ') ?? '',
  };
}
