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

/** A PDF text string (ISO 32000-1 §7.9.2.2) as a hex string: UTF-16BE after the byte order mark. */
function pdfTextHex(text: string): string {
  const utf16be = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
  return `<${utf16be.toString('hex').toUpperCase()}>`;
}

/**
 * Text members of the signature dictionary, written right. The placeholder library encodes
 * non-ASCII text as UTF-16BE but then writes those bytes out as UTF-8, which readers (`pdfsig`,
 * Acrobat) show as mojibake. So each non-ASCII member is first written as an ASCII stand-in of
 * exactly the length of its hex string, then the stand-in is replaced in place: no offset in the
 * cross-reference table moves, and the signature, made afterwards, covers the right bytes.
 */
function textMembers(description: SignatureDescription): { given: Record<'name' | 'reason' | 'location' | 'contactInfo', string>; fix: (pdf: Buffer) => Buffer } {
  const replacements: [Buffer, Buffer][] = [];
  const member = (text: string, index: number): string => {
    if (/^[\x20-\x7e]*$/.test(text)) return text;
    const hex = pdfTextHex(text);
    const standIn = `egov${index}`.padEnd(hex.length - 2, '_');
    replacements.push([Buffer.from(`(${standIn})`, 'latin1'), Buffer.from(hex, 'latin1')]);
    return standIn;
  };
  const given = {
    name: member(description.name, 0), reason: member(description.reason, 1),
    location: member(description.location, 2), contactInfo: member(description.contactInfo, 3),
  };
  const fix = (pdf: Buffer) => {
    for (const [standIn, hex] of replacements) {
      const at = pdf.lastIndexOf(standIn);
      if (at < 0) throw new Error('signature dictionary text not found');
      hex.copy(pdf, at);
    }
    return pdf;
  };
  return { given, fix };
}

/**
 * Adds a signature field to `pdf` and signs it with `signer` (PAdES B-B, `ETSI.CAdES.detached`).
 * The signing time goes in the dictionary's `/M`; its text members are PDF text strings.
 */
export async function signPdf(pdf: Buffer, signer: PadesSigner, description: SignatureDescription): Promise<Buffer> {
  const { given, fix } = textMembers(description);
  const prepared = plainAddPlaceholder({
    pdfBuffer: pdf,
    ...given,
    signingTime: description.signingTime,
    signatureLength: SIGNATURE_ROOM,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'egov-kit-reference-server', // written as a PDF name: no spaces
  });
  return new SignPdf().sign(fix(prepared), signer, description.signingTime);
}
