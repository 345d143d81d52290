import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createTransport } from '@egov-kit/sdk/transport';
import { lookupDossier } from '@egov-kit/sdk/tracking';
import { downloadDocument } from '@egov-kit/sdk/documents';
import '@egov-kit/elements/define/signature-viewer';
import { corpusFixture, seededDossiers, storyApiBase, type CorpusFixture } from './support/reference-server.js';

/** What a story shows: bytes (and their name), a URL, and whether to check against the server's trust list. */
interface Loaded {
  bytes?: Uint8Array;
  fileName?: string;
  trusted?: boolean;
  /** A corpus fixture brings its own trust list, validation time and policy. */
  fixture?: CorpusFixture;
}

/** A result document the stories' reference server signed: the newest returned dossier's first. */
async function resultDocument(): Promise<Uint8Array> {
  const seeded = (await seededDossiers()).find((dossier) => dossier.status === 'returned');
  if (!seeded) throw new Error('the stories’ server has no returned dossier');
  const api = createTransport({ baseUrl: storyApiBase });
  const dossier = await lookupDossier(api, seeded.code, seeded.phone);
  return downloadDocument(api, dossier.code, dossier.documents[0]!.id, dossier.access ?? seeded.phone);
}

/** One byte changed inside the signed part (the first content stream). */
function tampered(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const at = new TextDecoder('latin1').decode(copy).indexOf('stream\n') + 'stream\n'.length + 10;
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}

/** A one-page PDF without any signature, written out by hand (offsets computed). */
function unsignedPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 58 >>\nstream\nBT /F1 18 Tf 72 760 Td (Giay xac nhan - khong ky so) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let text = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(text.length);
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(text);
}

const meta: Meta = {
  title: 'Features/Signature viewer',
  component: 'egov-signature-viewer',
  tags: ['autodocs'],
  render: (_args, context: StoryContext) => {
    const loaded = (context.loaded ?? {}) as Loaded;
    const fixture = loaded.fixture;
    if (fixture) {
      return html`<egov-signature-viewer file-name=${loaded.fileName ?? ''} .trustList=${fixture.trustList ?? undefined}
        .validationTime=${fixture.time} .policy=${fixture.policy} .bytes=${fixture.bytes}></egov-signature-viewer>`;
    }
    return html`<egov-signature-viewer trust-list=${loaded.trusted === false ? '' : `${storyApiBase}/trust-list`}
      file-name=${loaded.fileName ?? ''} .bytes=${loaded.bytes}></egov-signature-viewer>`;
  },
};
export default meta;
type Story = StoryObj;

const story = (load: () => Promise<Loaded>): Story => ({ loaders: [load] });

/** Nothing chosen yet: the pick button and the drop area. */
export const Empty: Story = {};
/** Hợp lệ (TOTAL_PASSED): a result document the agency signed, checked against the server's trust list. */
export const Valid = story(async () => ({ bytes: await resultDocument(), fileName: 'quyet-dinh.pdf' }));
/** Không hợp lệ (TOTAL_FAILED / HASH_FAILURE): one byte changed inside the signed part; the changes row says the signed content was altered. */
export const Tampered = story(async () => ({ bytes: tampered(await resultDocument()), fileName: 'quyet-dinh-da-sua.pdf' }));
/** Chưa xác định (INDETERMINATE / NO_CERTIFICATE_CHAIN_FOUND): the same document with no trust list, so its signer's chain is trusted by nothing. */
export const Untrusted = story(async () => ({ bytes: await resultDocument(), fileName: 'quyet-dinh.pdf', trusted: false }));
/** A PDF with no digital signature: the headline says so (a drawn stamp proves nothing). */
export const NoSignatures = story(async () => ({ bytes: unsignedPdf(), fileName: 'giay-xac-nhan.pdf' }));
/** Not a PDF: the headline says so, not "no signatures". */
export const NotAPdf = story(async () => ({ bytes: new TextEncoder().encode('Đây là một tệp văn bản, không phải PDF.'), fileName: 'ghi-chu.txt' }));
/** A damaged PDF: it starts as a PDF, but its pages cannot be read. */
export const Damaged = story(async () => ({ bytes: new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> ...'), fileName: 'hong.pdf' }));

/** A fixture of the engine's corpus, verified as its tests verify it (same trust list, time and policy). */
const fromCorpus = (name: string): Story => story(async () => ({ fixture: await corpusFixture(name), fileName: `${name}.pdf` }));

// One story per verdict and sub-indication the engine's corpus produces.
/** Hợp lệ (TOTAL_PASSED) with a timestamp proving the signing time (PAdES B-T). */
export const CorpusPassedWithTimestamp = fromCorpus('pades-b-t');
/** Không hợp lệ (TOTAL_FAILED / HASH_FAILURE): a byte changed inside the signed range. */
export const CorpusHashFailure = fromCorpus('byte-changed');
/** Không hợp lệ (TOTAL_FAILED / SIG_CRYPTO_FAILURE): the signature value does not verify. */
export const CorpusSignatureValueFailure = fromCorpus('signature-value-corrupted');
/** Không hợp lệ (TOTAL_FAILED / FORMAT_FAILURE): a change the certification (DocMDP P=1) forbids. */
export const CorpusFormatFailure = fromCorpus('certified-p1-then-signature');
/** Không hợp lệ (TOTAL_FAILED / REVOKED): the signer's certificate was revoked before the signing time. */
export const CorpusRevoked = fromCorpus('revoked-crl');
/** Không hợp lệ (TOTAL_FAILED / EXPIRED): signed after the certificate expired. */
export const CorpusSignedAfterExpiry = fromCorpus('signed-after-expiry');
/** Chưa xác định (INDETERMINATE / SIG_CONSTRAINTS_FAILURE): content changed after signing beyond what is allowed. */
export const CorpusChangedAfterSigning = fromCorpus('approval-form-fill');
/** Chưa xác định (INDETERMINATE / TRY_LATER): the revocation data is out of date. */
export const CorpusTryLater = fromCorpus('pades-b-b-stale-crl');
/** Chưa xác định (INDETERMINATE / OUT_OF_BOUNDS_NO_POE): the certificate has expired and no timestamp proves the signing time. */
export const CorpusExpiredWithoutProof = fromCorpus('expired-signer');
/** Chưa xác định (INDETERMINATE / NO_CERTIFICATE_CHAIN_FOUND): no trusted chain. */
export const CorpusNoTrustedChain = fromCorpus('untrusted');
/** Chưa xác định (INDETERMINATE / CHAIN_CONSTRAINTS_FAILURE): an issuer that is not a CA. */
export const CorpusIssuerNotACa = fromCorpus('not-a-ca');
/** Chưa xác định (INDETERMINATE / NO_SIGNING_CERTIFICATE_FOUND): the signed attributes name another certificate. */
export const CorpusSigningCertificateMismatch = fromCorpus('ess-mismatch');
/** Chưa xác định (INDETERMINATE / CRYPTO_CONSTRAINTS_FAILURE_NO_POE): SHA-1, no longer accepted. */
export const CorpusWeakAlgorithm = fromCorpus('sha1-signer');
/** Chưa xác định (INDETERMINATE / CRYPTO_CONSTRAINTS_FAILURE): a digest algorithm the engine does not accept. */
export const CorpusDigestSwapped = fromCorpus('digest-algorithm-swapped');
/** Chưa xác định (INDETERMINATE / FORMAT_FAILURE): the signed revision's structure is damaged. */
export const CorpusDamagedSignedRevision = fromCorpus('damaged-xref-signed');
