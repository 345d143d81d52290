import './reflect-metadata.js';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

/** The signature algorithm of the demo PKI: RSA 2048 with SHA-256 (Circular 15/2025/TT-BKHCN's minimum). */
export const RSA_SHA256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 } as const;

/** `UID` (0.9.2342.19200300.100.1.1), which Vietnamese certificates use for `MST:`/`CCCD:` identifiers. */
const EXTRA_NAMES = { UID: '0.9.2342.19200300.100.1.1' };

/** One certificate of the demo PKI with its private key, as PEM. */
export interface PkiEntity {
  certificatePem: string;
  privateKeyPem: string;
}

/** The demo PKI: a root, an issuing CA under it, and the agency's signing certificate. */
export interface DemoPki {
  root: PkiEntity;
  issuingCa: PkiEntity;
  signer: PkiEntity;
}

/** The agency whose certificate signs result documents, and its tax code (a valid MST). */
export const SIGNING_AGENCY = {
  name: 'Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên',
  organization: 'Ủy ban nhân dân tỉnh Thái Nguyên',
  province: 'Thái Nguyên',
  locality: 'Phường Phan Đình Phùng',
  taxCode: '4600258311',
} as const;

const utf8 = (value: string) => [{ utf8String: value }];

const names = {
  root: new x509.Name([
    { C: [{ printableString: 'VN' }] },
    { O: utf8('egov-kit – Hạ tầng khóa công khai thử nghiệm') },
    { CN: utf8('Tổ chức chứng thực gốc thử nghiệm egov-kit (Demo Root CA)') },
  ]),
  issuingCa: new x509.Name([
    { C: [{ printableString: 'VN' }] },
    { O: utf8('egov-kit – Hạ tầng khóa công khai thử nghiệm') },
    { CN: utf8('CA cấp chứng thư số cho cơ quan nhà nước – thử nghiệm (Demo Issuing CA)') },
  ]),
  signer: new x509.Name([
    { C: [{ printableString: 'VN' }] },
    { ST: utf8(SIGNING_AGENCY.province) },
    { L: utf8(SIGNING_AGENCY.locality) },
    { O: utf8(SIGNING_AGENCY.organization) },
    { CN: utf8(SIGNING_AGENCY.name) },
    { UID: utf8(`MST:${SIGNING_AGENCY.taxCode}`) },
  ], EXTRA_NAMES),
};

function serialNumber(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0]! & 0x7f) | 0x10; // positive, no leading zero
  return Buffer.from(bytes).toString('hex');
}

function yearsFrom(start: Date, years: number): Date {
  const end = new Date(start);
  end.setUTCFullYear(end.getUTCFullYear() + years);
  return end;
}

async function privateKeyPem(key: CryptoKey): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key));
  return `-----BEGIN PRIVATE KEY-----\n${der.toString('base64').replace(/.{64}/g, '$&\n').trimEnd()}\n-----END PRIVATE KEY-----\n`;
}

/**
 * Creates the demo PKI: a self-signed root (10 years), an issuing CA (5 years, path length 0) and
 * the agency's signer (2 years; digitalSignature + nonRepudiation; subject in UTF8String with
 * `UID=MST:<tax code>`). Valid from 180 days back, so the seeded result documents (decided in the
 * last months) are signed on the day they were issued, and clocks that lag still accept it.
 */
export async function createDemoPki(now = new Date()): Promise<DemoPki> {
  const notBefore = new Date(now.getTime() - 180 * 86_400_000);
  const [rootKeys, caKeys, signerKeys] = await Promise.all([0, 1, 2].map(() =>
    webcrypto.subtle.generateKey(RSA_SHA256, true, ['sign', 'verify']) as Promise<CryptoKeyPair>));

  const root = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serialNumber(), name: names.root, notBefore, notAfter: yearsFrom(notBefore, 10),
    keys: rootKeys!, signingAlgorithm: RSA_SHA256,
    extensions: [
      new x509.BasicConstraintsExtension(true, 1, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(rootKeys!.publicKey),
    ],
  });
  const issuingCa = await x509.X509CertificateGenerator.create({
    serialNumber: serialNumber(), subject: names.issuingCa, issuer: root.subjectName, notBefore, notAfter: yearsFrom(notBefore, 5),
    publicKey: caKeys!.publicKey, signingKey: rootKeys!.privateKey, signingAlgorithm: RSA_SHA256,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(caKeys!.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(root, false),
    ],
  });
  const signer = await x509.X509CertificateGenerator.create({
    serialNumber: serialNumber(), subject: names.signer, issuer: issuingCa.subjectName, notBefore, notAfter: yearsFrom(notBefore, 2),
    publicKey: signerKeys!.publicKey, signingKey: caKeys!.privateKey, signingAlgorithm: RSA_SHA256,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true),
      await x509.SubjectKeyIdentifierExtension.create(signerKeys!.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(issuingCa, false),
    ],
  });
  return {
    root: { certificatePem: root.toString('pem'), privateKeyPem: await privateKeyPem(rootKeys!.privateKey) },
    issuingCa: { certificatePem: issuingCa.toString('pem'), privateKeyPem: await privateKeyPem(caKeys!.privateKey) },
    signer: { certificatePem: signer.toString('pem'), privateKeyPem: await privateKeyPem(signerKeys!.privateKey) },
  };
}

/** The DER bytes of a PEM certificate or key. */
export function derOfPem(pem: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(Buffer.from(pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64'));
}
