/** OCSP responses (RFC 6960), parsed with pkijs. */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from '../crypto/oids.js';
import { digestAlgorithmFromOid, type DigestAlgorithm } from '../crypto/digest.js';
import { readSignatureAlgorithm, type SignatureAlgorithm } from '../crypto/signature-algorithms.js';
import { toHex } from '../util/bytes.js';
import { fromPkijs, type Certificate } from '../x509/certificate.js';
import { parseDer } from '../x509/der.js';
import { readName, type DistinguishedName } from '../x509/names.js';
import { REVOCATION_REASONS, type RevocationReason } from './crl.js';

/** One certificate's status in a response. */
export interface OcspSingleResponse {
  readonly hashAlgorithm?: DigestAlgorithm;
  readonly issuerNameHash: string;
  readonly issuerKeyHash: string;
  readonly serial: string;
  readonly status: 'good' | 'revoked' | 'unknown';
  readonly revokedAt?: Date;
  readonly reason?: RevocationReason;
  readonly thisUpdate: Date;
  readonly nextUpdate?: Date;
}

/** A successful basic OCSP response. */
export interface OcspResponse {
  readonly der: Uint8Array;
  readonly producedAt: Date;
  readonly responder: { readonly byName: DistinguishedName } | { readonly byKey: string };
  readonly certificates: readonly Certificate[];
  readonly responses: readonly OcspSingleResponse[];
  readonly tbs: Uint8Array;
  readonly signatureAlgorithm: SignatureAlgorithm;
  readonly signatureValue: Uint8Array;
}

/** Reads a DER OCSPResponse (or a bare BasicOCSPResponse); `undefined` unless it is a successful basic response. */
export function parseOcspResponse(der: Uint8Array): OcspResponse | undefined {
  try {
    const decoded = parseDer(der);
    if (!decoded) return undefined;
    let basic: pkijs.BasicOCSPResponse;
    const first = (decoded.result as asn1js.Sequence).valueBlock?.value?.[0];
    if (first instanceof asn1js.Enumerated) {
      const response = new pkijs.OCSPResponse({ schema: decoded.result });
      if (response.responseStatus.valueBlock.valueDec !== 0 || !response.responseBytes || response.responseBytes.responseType !== OID.ocspBasic) return undefined;
      const inner = parseDer(response.responseBytes.response.valueBlock.valueHexView);
      if (!inner) return undefined;
      basic = new pkijs.BasicOCSPResponse({ schema: inner.result });
    } else {
      basic = new pkijs.BasicOCSPResponse({ schema: decoded.result });
    }
    const data = basic.tbsResponseData;
    const responderId = data.responderID as unknown;
    const responder = responderId instanceof pkijs.RelativeDistinguishedNames
      ? { byName: readName(responderId) }
      : { byKey: toHex((responderId as asn1js.OctetString)?.valueBlock?.valueHexView ?? new Uint8Array(0)) };
    const responses: OcspSingleResponse[] = data.responses.map((single) => {
      const status = single.certStatus as asn1js.BaseBlock;
      const tag = status?.idBlock?.tagNumber;
      let revokedAt: Date | undefined;
      let reason: RevocationReason | undefined;
      if (tag === 1) {
        const children = (status as asn1js.Constructed).valueBlock.value;
        const time = children[0];
        if (time instanceof asn1js.GeneralizedTime) revokedAt = time.toDate();
        const reasonWrapper = children[1] as asn1js.Constructed | undefined;
        const reasonValue = reasonWrapper?.valueBlock?.value?.[0];
        if (reasonValue instanceof asn1js.Enumerated) reason = REVOCATION_REASONS[reasonValue.valueBlock.valueDec];
      }
      const hashAlgorithm = digestAlgorithmFromOid(single.certID.hashAlgorithm.algorithmId);
      return {
        ...(hashAlgorithm ? { hashAlgorithm } : {}),
        issuerNameHash: toHex(single.certID.issuerNameHash.valueBlock.valueHexView),
        issuerKeyHash: toHex(single.certID.issuerKeyHash.valueBlock.valueHexView),
        serial: toHex(single.certID.serialNumber.valueBlock.valueHexView).replace(/^0+(?=.)/, ''),
        status: tag === 0 ? 'good' : tag === 1 ? 'revoked' : 'unknown',
        ...(revokedAt ? { revokedAt } : {}),
        ...(reason ? { reason } : {}),
        thisUpdate: single.thisUpdate,
        ...(single.nextUpdate ? { nextUpdate: single.nextUpdate } : {}),
      };
    });
    const certificates = (basic.certs ?? []).map((c) => fromPkijs(c)).filter((c): c is Certificate => c !== undefined);
    return {
      der: der.subarray(0, decoded.length),
      producedAt: data.producedAt,
      responder,
      certificates,
      responses,
      tbs: data.tbsView,
      signatureAlgorithm: readSignatureAlgorithm(basic.signatureAlgorithm),
      signatureValue: basic.signature.valueBlock.valueHexView,
    };
  } catch {
    return undefined;
  }
}
