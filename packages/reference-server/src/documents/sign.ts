import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import type { PadesSigner } from '../pki/cms-signer.js';

/** Room for the CMS in the signature dictionary (bytes): two 2048-bit certificates and the signature fit in ~4 KB. */
const SIGNATURE_ROOM = 8192;

/** How a signature is described in its dictionary. */
export interface SignatureDescription {
  /** The signer's name (`/Name`). */
  name: string;
  reason: string;
  location: string;
  contactInfo: string;
  signingTime: Date;
}

/**
 * Adds a signature field to `pdf` and signs it with `signer` (PAdES B-B, `ETSI.CAdES.detached`).
 * The signing time goes in the dictionary's `/M`.
 */
export async function signPdf(pdf: Buffer, signer: PadesSigner, description: SignatureDescription): Promise<Buffer> {
  const prepared = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: description.reason,
    contactInfo: description.contactInfo,
    name: description.name,
    location: description.location,
    signingTime: description.signingTime,
    signatureLength: SIGNATURE_ROOM,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'egov-kit-reference-server', // written as a PDF name: no spaces
  });
  return new SignPdf().sign(prepared, signer, description.signingTime);
}
