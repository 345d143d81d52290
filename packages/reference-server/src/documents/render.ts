import { PDFDocument, rgb, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import fontkit from '@pdf-lib/fontkit';
import { beVietnamPro, type FontWeight } from './fonts.js';

/** What a result document says. */
export interface ResultDocumentContent {
  /** The government the agency belongs to, e.g. `UBND TỈNH THÁI NGUYÊN`. */
  parentAgency: string;
  /** The agency that issues it. */
  agencyName: string;
  /** The agency that decided the dossier (the procedure's). */
  decidedBy: string;
  /** Its number, e.g. `0042/KQ-TTPVHCC`. */
  number: string;
  /** The place written before the date. */
  place: string;
  issuedAt: Date;
  /** The document's title (upper-cased when drawn). */
  title: string;
  outcome: 'approved' | 'rejected';
  dossierCode: string;
  procedureCode: string;
  procedureName: string;
  applicant: { fullName: string; idNumber: string; address?: string };
  /** The decision's note, e.g. the reason for a rejection. */
  note?: string;
  /** Who signs, e.g. `GIÁM ĐỐC`, and the signing organisation. */
  signerTitle: string;
  signerName: string;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { left: 70, right: 56 };

interface FontPair {
  latin: PDFFont;
  vietnamese: PDFFont;
  latinChars: Set<number>;
  vietnameseChars: Set<number>;
}

/** Draws Vietnamese text with the two font subsets, run by run. */
class Painter {
  constructor(private readonly page: PDFPage, private readonly fonts: Record<FontWeight, FontPair>) {}

  #runs(text: string, weight: FontWeight): { font: PDFFont; text: string }[] {
    const pair = this.fonts[weight];
    const runs: { font: PDFFont; text: string }[] = [];
    for (const char of text.normalize('NFC')) {
      const cp = char.codePointAt(0)!;
      const font = pair.latinChars.has(cp) || !pair.vietnameseChars.has(cp) ? pair.latin : pair.vietnamese;
      const drawable = font === pair.latin && !pair.latinChars.has(cp) ? '?' : char;
      const last = runs.at(-1);
      if (last && last.font === font) last.text += drawable;
      else runs.push({ font, text: drawable });
    }
    return runs;
  }

  width(text: string, size: number, weight: FontWeight = 400): number {
    return this.#runs(text, weight).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, size), 0);
  }

  draw(text: string, x: number, y: number, size: number, weight: FontWeight = 400, color = rgb(0, 0, 0)): void {
    let at = x;
    for (const run of this.#runs(text, weight)) {
      this.page.drawText(run.text, { x: at, y, size, font: run.font, color });
      at += run.font.widthOfTextAtSize(run.text, size);
    }
  }

  centered(text: string, centerX: number, y: number, size: number, weight: FontWeight = 400): void {
    this.draw(text, centerX - this.width(text, size, weight) / 2, y, size, weight);
  }

  /** Splits `text` into lines no wider than `maxWidth`. */
  lines(text: string, size: number, maxWidth: number, weight: FontWeight = 400): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && this.width(candidate, size, weight) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    if (line) lines.push(line);
    return lines;
  }

  /** Draws `text` wrapped to `maxWidth` from `y` down; returns the y under the last line. */
  paragraph(text: string, x: number, y: number, size: number, maxWidth: number, weight: FontWeight = 400, leading = 1.45): number {
    let at = y;
    for (const line of this.lines(text, size, maxWidth, weight)) {
      this.draw(line, x, at, size, weight);
      at -= size * leading;
    }
    return at;
  }
}

function vietnameseDate(place: string, at: Date): string {
  const local = new Date(at.getTime() + 7 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${place}, ngày ${pad(local.getUTCDate())} tháng ${pad(local.getUTCMonth() + 1)} năm ${local.getUTCFullYear()}`;
}

async function embedPair(doc: PDFDocument, weight: FontWeight): Promise<FontPair> {
  const files = beVietnamPro(weight);
  const latin = await doc.embedFont(files.latin, { subset: false });
  const vietnamese = await doc.embedFont(files.vietnamese, { subset: false });
  return { latin, vietnamese, latinChars: new Set(latin.getCharacterSet()), vietnameseChars: new Set(vietnamese.getCharacterSet()) };
}

/**
 * Lays out a result document on one A4 page in the administrative style (Decree 30/2020): the
 * agency and the national motto side by side, number, place and date, title, body, the signer.
 * The page states that the digital signature, not the page, is what proves the document. Saved
 * without object streams, so a signature placeholder can be added after.
 */
export async function renderResultDocument(content: ResultDocumentContent): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkit);
  doc.setTitle(`${content.title} – ${content.dossierCode}`, { showInWindowTitleBar: true });
  doc.setAuthor(content.agencyName);
  doc.setSubject(`${content.procedureCode} ${content.procedureName}`);
  doc.setProducer('egov-kit reference server');
  doc.setCreator('egov-kit reference server');
  doc.setLanguage('vi-VN');
  doc.setCreationDate(content.issuedAt);
  doc.setModificationDate(content.issuedAt);
  const fonts = { 400: await embedPair(doc, 400), 700: await embedPair(doc, 700) } as Record<FontWeight, FontPair>;
  const page = doc.addPage([A4.width, A4.height]);
  const p = new Painter(page, fonts);
  const leftCenter = MARGIN.left + 95;
  const rightCenter = A4.width - MARGIN.right - 135;
  const top = A4.height - 60;

  // Left: the government, the agency (wrapped), the number. Right: the national name and motto, the date.
  let left = top;
  p.centered(content.parentAgency.toUpperCase(), leftCenter, left, 10.5);
  for (const line of p.lines(content.agencyName.toUpperCase(), 10, 190, 700)) {
    left -= 14;
    p.centered(line, leftCenter, left, 10, 700);
  }
  page.drawLine({ start: { x: leftCenter - 30, y: left - 4 }, end: { x: leftCenter + 30, y: left - 4 }, thickness: 0.6 });
  let right = top;
  p.centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightCenter, right, 10.5, 700);
  right -= 14;
  p.centered('Độc lập – Tự do – Hạnh phúc', rightCenter, right, 11, 700);
  const mottoWidth = p.width('Độc lập – Tự do – Hạnh phúc', 11, 700);
  page.drawLine({ start: { x: rightCenter - mottoWidth / 2, y: right - 4 }, end: { x: rightCenter + mottoWidth / 2, y: right - 4 }, thickness: 0.6 });
  let y = Math.min(left, right) - 24;
  p.centered(`Số: ${content.number}`, leftCenter, y, 10.5);
  p.centered(vietnameseDate(content.place, content.issuedAt), rightCenter, y, 10.5);

  y -= 48;
  const width = A4.width - MARGIN.left - MARGIN.right;
  for (const line of content.title.toUpperCase().split('\n')) {
    p.centered(line, A4.width / 2, y, 14, 700);
    y -= 20;
  }
  y -= 14;
  const applicantLine = `Ông/bà: ${content.applicant.fullName} – Số định danh cá nhân: ${content.applicant.idNumber}`;
  const body = content.outcome === 'approved'
    ? [
      `Căn cứ hồ sơ số ${content.dossierCode} đề nghị giải quyết thủ tục “${content.procedureName}” (mã thủ tục ${content.procedureCode});`,
      `${content.decidedBy} đã giải quyết hồ sơ; ${content.agencyName} trả kết quả cho:`,
      applicantLine,
      ...(content.applicant.address ? [`Địa chỉ: ${content.applicant.address}`] : []),
      ...(content.note ? [`Nội dung: ${content.note}`] : []),
      'Văn bản này có giá trị kể từ ngày ký.',
    ]
    : [
      `Căn cứ hồ sơ số ${content.dossierCode} đề nghị giải quyết thủ tục “${content.procedureName}” (mã thủ tục ${content.procedureCode});`,
      `Sau khi xem xét, ${content.decidedBy} trả lời:`,
      applicantLine,
      `Hồ sơ không đủ điều kiện giải quyết. Lý do: ${content.note ?? 'không đáp ứng yêu cầu, điều kiện của thủ tục.'}`,
      'Ông/bà có quyền khiếu nại hoặc khởi kiện theo quy định của pháp luật.',
    ];
  for (const paragraph of body) y = p.paragraph(paragraph, MARGIN.left, y, 11.5, width) - 4;

  y -= 24;
  p.centered(content.signerTitle.toUpperCase(), rightCenter, y, 11, 700);
  y -= 16;
  p.centered('(Đã ký số)', rightCenter, y, 10);
  y -= 44;
  p.centered(content.signerName, rightCenter, y, 11, 700);

  p.paragraph(
    'Văn bản điện tử được ký số theo chuẩn PAdES. Chữ ký số nhúng trong tệp là căn cứ xác thực; hình thức trình bày trên trang không thay thế việc kiểm tra chữ ký. Mã hồ sơ: '
      + content.dossierCode,
    MARGIN.left, 60, 8.5, width,
  );
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}
