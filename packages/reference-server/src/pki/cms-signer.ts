import { createHash, webcrypto } from 'node:crypto';
import { Signer } from '@signpdf/utils';
import * as x509 from '@peculiar/x509';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { derOfPem, RSA_SHA256, type PkiEntity } from './authority.js';

pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto }));

const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
} as const;

function certificateOf(pem: string): pkijs.Certificate {
  return pkijs.Certificate.fromBER(derOfPem(pem));
}

function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/**
 * ESS signing-certificate-v2 (RFC 5035): binds the signature to the signer's certificate by its
 * SHA-256 (the default algorithm, so omitted) and its issuer and serial number.
 */
function signingCertificateV2(certificate: pkijs.Certificate, der: Uint8Array): pkijs.Attribute {
  const issuerSerial = new asn1js.Sequence({
    value: [
      new pkijs.GeneralNames({ names: [new pkijs.GeneralName({ type: 4, value: certificate.issuer })] }).toSchema(),
      certificate.serialNumber,
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: arrayBufferOf(createHash('sha256').update(der).digest()) }), issuerSerial],
  });
  return new pkijs.Attribute({
    type: OID.signingCertificateV2,
    values: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] })],
  });
}

/**
 * Signs PDF byte ranges as PAdES baseline B-B (ETSI EN 319 142-1): a detached CMS SignedData
 * (SubFilter `ETSI.CAdES.detached`) with RSA-SHA256, signed attributes content-type,
 * message-digest and signing-certificate-v2, and no signing-time attribute (the time is the
 * signature dictionary's `/M`). The signer's and issuing CA's certificates are embedded.
 */
export class PadesSigner extends Signer {
  readonly #signer: PkiEntity;
  readonly #chain: readonly string[];
  #key: Promise<CryptoKey> | undefined;

  /** @param signer the signing certificate and key; @param chain the certificates to embed after it (issuing CA). */
  constructor(signer: PkiEntity, chain: readonly string[]) {
    super();
    this.#signer = signer;
    this.#chain = chain;
  }

  /** From when the signing certificate is valid: no signature may claim an earlier time. */
  get validFrom(): Date {
    return new x509.X509Certificate(this.#signer.certificatePem).notBefore;
  }

  #privateKey(): Promise<CryptoKey> {
    this.#key ??= webcrypto.subtle.importKey('pkcs8', derOfPem(this.#signer.privateKeyPem), RSA_SHA256, false, ['sign']) as Promise<CryptoKey>;
    return this.#key;
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    const signerDer = derOfPem(this.#signer.certificatePem);
    const certificate = pkijs.Certificate.fromBER(signerDer);
    const digest = createHash('sha256').update(pdfBuffer).digest();
    const signedData = new pkijs.SignedData({
      version: 1,
      encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
      signerInfos: [new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
            new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: arrayBufferOf(digest) })] }),
            signingCertificateV2(certificate, signerDer),
          ],
        }),
      })],
      certificates: [certificate, ...this.#chain.map(certificateOf)],
    });
    await signedData.sign(await this.#privateKey(), 0, 'SHA-256');
    const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
    return Buffer.from(contentInfo.toSchema().toBER(false));
  }
}
