/** The PDF structure reader on its own: inflate, tokens, objects, cross-reference tables and streams. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync, deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { inflate } from '../src/pdf/inflate.js';
import { Lexer } from '../src/pdf/lexer.js';
import { parseIndirectObject, parseValue } from '../src/pdf/parser.js';
import { PdfFile, listRevisions } from '../src/pdf/document.js';
import { asDict, asName, asString, canonical } from '../src/pdf/objects.js';
import { listPages } from '../src/pdf/pages.js';
import { decodeTextString, parsePdfDate } from '../src/pdf/text.js';
import { latin1 } from './fixtures/crypto.js';
import { createDocument } from './fixtures/pdf.js';

const value = (text: string) => parseValue(new Lexer(latin1(text)));

describe('inflate', () => {
  it('matches zlib on random data, zlib-wrapped and raw', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 5000 }), fc.integer({ min: 0, max: 9 }), (data, level) => {
      const wrapped = inflate(deflateSync(data, { level }), 1 << 20);
      assert.equal(wrapped.complete, true);
      assert.deepEqual(wrapped.bytes, data);
      const raw = inflate(deflateRawSync(data, { level }), 1 << 20);
      assert.deepEqual(raw.bytes, data);
    }), { numRuns: 300 });
  });

  it('decodes repetitive text (long back-references) and stops at the output limit', () => {
    const text = latin1('0123456789'.repeat(10_000));
    assert.deepEqual(inflate(deflateSync(text), 1 << 20).bytes, text);
    const limited = inflate(deflateSync(new Uint8Array(1 << 20)), 1000);
    assert.equal(limited.complete, false);
    assert.equal(limited.bytes.length, 1000);
  });

  it('keeps what it decoded before damage and never throws', () => {
    const data = latin1('hello world '.repeat(200));
    const packed = deflateSync(data);
    const truncated = inflate(packed.subarray(0, packed.length / 2), 1 << 20);
    assert.equal(truncated.complete, false);
    assert.ok(truncated.bytes.length > 0 && data.subarray(0, truncated.bytes.length).every((b, i) => b === truncated.bytes[i]));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (junk) => {
      inflate(junk, 1 << 16);
    }), { numRuns: 500 });
  });
});

describe('tokens and objects', () => {
  it('reads names, numbers, strings and references', () => {
    assert.equal(canonical(value('<< /Type /Sig /A#20B 12 /R 3 0 R /N -.5 /S (a\\(b\\)\\101) /H <48 65 6C 6c 6F> /Arr [1 2.0 true null] >>')),
      '<</A B 12 /Arr [1 2 true null] /H <48656c6c6f> /N -0.5 /R 3 0 R /S <61286229414> /Type /Sig>>'.replace('61286229414', '6128622941'));
    const s = value('(line\r\nbreak)');
    assert.deepEqual(asString(s)?.bytes, latin1('line\nbreak'));
    assert.equal(asString(value('<ABC>'))?.bytes[1], 0xc0, 'odd hex digit count pads with 0');
    assert.equal(asString(value('<41 4G>'))?.wellFormed, false);
  });

  it('records where strings lie and which keys repeat', () => {
    const text = '<< /Contents <0102> /ByteRange [0 1 2 3] /ByteRange [9 9 9 9] >>';
    const dict = asDict(value(text))!;
    const contents = asString(dict.entries.get('Contents'))!;
    assert.equal(text.slice(contents.start, contents.end), '<0102>');
    assert.deepEqual(dict.duplicates, ['ByteRange']);
    assert.equal(canonical(dict.entries.get('ByteRange')), '[0 1 2 3]', 'the first value wins');
  });

  it('parses streams by /Length and falls back to endstream', () => {
    const good = parseIndirectObject(latin1('7 0 obj << /Length 5 >> stream\nabcde\nendstream endobj'), 0, { remaining: 1e6 })!;
    assert.equal(good.num, 7);
    assert.deepEqual(good.value && typeof good.value === 'object' && good.value.kind === 'stream' ? [good.value.dataStart, good.value.dataEnd] : [], [31, 36]);
    const wrongLength = parseIndirectObject(latin1('7 0 obj << /Length 99 >> stream\nabcde\nendstream endobj'), 0, { remaining: 1e6 })!;
    const stream = wrongLength.value && typeof wrongLength.value === 'object' && wrongLength.value.kind === 'stream' ? wrongLength.value : undefined;
    assert.equal(stream && stream.dataEnd - stream.dataStart, 5);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => {
      parseValue(new Lexer(latin1(text)));
      parseIndirectObject(latin1(`1 0 obj ${text}`), 0, { remaining: 1e5 });
    }), { numRuns: 1000 });
  });

  it('decodes text strings and dates', () => {
    assert.equal(decodeTextString(asString(value('<FEFF004E0067007500791EC5006E>'))), 'Nguyễn');
    assert.equal(decodeTextString(asString(value('(Caf\\351)'))), 'Café');
    assert.equal(parsePdfDate("D:20250601100000+07'00'")?.toISOString(), '2025-06-01T03:00:00.000Z');
    assert.equal(parsePdfDate('D:2025')?.toISOString(), '2025-01-01T00:00:00.000Z');
    assert.equal(parsePdfDate('nonsense'), undefined);
  });
});

describe('files', () => {
  it('follows incremental updates and lists revisions', () => {
    const { pdf, layout } = createDocument();
    pdf.update(new Map([[layout.pageObjects[0]!, pdf.get(layout.pageObjects[0]!).replace(/>>\s*$/, '/Rotate 90 >>')]]));
    pdf.update(new Map([[layout.font, pdf.get(layout.font)]]), { xrefStream: true });
    const file = new PdfFile(pdf.bytes);
    const view = file.view();
    const { revisions } = listRevisions(view);
    assert.equal(revisions.length, 3);
    assert.equal(revisions.at(-1)!.end, pdf.bytes.length);
    assert.equal(view.reconstructed, false);
    assert.equal(listPages(view).pages.length, 1);
    assert.equal(canonical(view.get(view.resolve(layout.pageObjects[0]!), 'Rotate')), '90');
    assert.equal(canonical(file.view(revisions[0]!.end).get(file.view(revisions[0]!.end).resolve(layout.pageObjects[0]!), 'Rotate')), '∅');
  });

  it('reads object streams and cross-reference streams written by pdf-lib', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (let i = 0; i < 3; i++) doc.addPage().drawText(`Trang ${i + 1}`, { x: 50, y: 700, font });
    doc.setTitle('Quyết định số 123');
    const bytes = await doc.save({ useObjectStreams: true });
    const view = new PdfFile(bytes).view();
    assert.equal(view.chain[0]?.kind, 'stream');
    assert.equal(view.reconstructed, false);
    assert.equal(listPages(view).pages.length, 3);
    assert.equal(asName(view.catalog?.entries.get('Type')), 'Catalog');
    const info = asDict(view.deref(view.trailerValue('Info')));
    assert.equal(decodeTextString(asString(view.deref(info?.entries.get('Title')))), 'Quyết định số 123');
  });

  it('reads hybrid files (a table plus /XRefStm) as one revision', () => {
    let text = '%PDF-1.5\n';
    const catalog = text.length;
    text += '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n';
    const pages = text.length;
    text += '2 0 obj << /Type /Pages /Kids [] /Count 0 /Hidden 3 0 R >> endobj\n';
    const hidden = text.length;
    text += '3 0 obj (only the stream knows me) endobj\n';
    const row = (type: number, offset: number) => [type, (offset >> 8) & 255, offset & 255, 0];
    const data = Uint8Array.from([...row(1, hidden)]);
    const stm = text.length;
    text += `4 0 obj << /Type /XRef /Size 5 /W [1 2 1] /Index [3 1] /Length ${data.length} >> stream\n`;
    const head = latin1(text);
    const tail = `\nendstream endobj\n`;
    const xref = head.length + data.length + tail.length;
    const table = `xref\n0 5\n0000000000 65535 f \n${String(catalog).padStart(10, '0')} 00000 n \n${String(pages).padStart(10, '0')} 00000 n \n0000000000 00000 f \n${String(stm).padStart(10, '0')} 00000 n \ntrailer << /Size 5 /Root 1 0 R /XRefStm ${stm} >>\nstartxref\n${xref}\n%%EOF\n`;
    const bytes = new Uint8Array([...head, ...data, ...latin1(tail + table)]);
    const view = new PdfFile(bytes).view();
    assert.equal(view.reconstructed, false);
    assert.equal(decodeTextString(asString(view.resolve(3))), 'only the stream knows me');
    assert.equal(listRevisions(view).revisions.length, 1);
  });

  it('rebuilds a file whose cross-reference data is unusable, and says so', () => {
    const { pdf } = createDocument();
    const broken = pdf.bytes.slice();
    const text = Buffer.from(broken).toString('latin1');
    broken.set(latin1('9999999'), text.lastIndexOf('startxref') + 10);
    const view = new PdfFile(broken).view();
    assert.equal(view.reconstructed, true);
    assert.ok(view.problems.includes('structure.reconstructed'));
    assert.equal(listPages(view).pages.length, 1);
  });
});
