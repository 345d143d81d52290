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
import { asArray, asDict, asName, asString, canonical } from '../src/pdf/objects.js';
import { readRevisionBody } from '../src/pdf/revision-body.js';
import { drawsNothing } from '../src/pdf/annotations.js';
import { listPages } from '../src/pdf/pages.js';
import { decodeTextString, parsePdfDate } from '../src/pdf/text.js';
import { latin1 } from './fixtures/crypto.js';
import { createDocument } from './fixtures/pdf.js';
import { appendRaw, streamBody } from './fixtures/raw.js';

const latin1ToText = (bytes: Uint8Array) => String.fromCharCode(...bytes);

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
    assert.equal(canonical(dict.entries.get('ByteRange')), '[9 9 9 9]', 'the last value wins, as in pdf.js and Poppler');
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

describe('reading what other readers read', () => {
  const quirksOf = (text: string) => {
    const lexer = new Lexer(latin1(text));
    return { value: parseValue(lexer), quirks: [...lexer.quirks] };
  };

  it('reads a number of any length whole, never as two numbers', () => {
    const rect = quirksOf(`[60 684 ${'0'.repeat(70)}540 708]`);
    assert.equal(canonical(rect.value), '[60 684 540 708]');
    assert.deepEqual(rect.quirks, ['long-number']);
    assert.equal(canonical(quirksOf(`<< /Contents 5 ${'0'.repeat(70)} R >>`).value), '<</Contents 5 0 R>>');
    const huge = quirksOf(`[9${'0'.repeat(70)} 0 R]`);
    assert.equal(asArray(huge.value)?.length, 3, 'a number no reader holds exactly is not an object number');
    assert.deepEqual(quirksOf(`[1 -2.5 +3 0.000001 1234567890 612.${'0'.repeat(40)}]`).quirks, [], 'reals of any length read alike');
  });

  it('reads overlong names and keywords whole', () => {
    const dict = asDict(quirksOf(`<< /${'N'.repeat(3000)} 1 /Next 2 >>`).value)!;
    assert.deepEqual([...dict.entries.keys()].map((k) => k.length), [3000, 4]);
    const keyword = quirksOf(`[${'x'.repeat(500)} 1]`);
    assert.equal(asArray(keyword.value)?.length, 2);
    assert.deepEqual(keyword.quirks, ['long-token']);
  });

  it('keeps the last of repeated keys, and notes it when their values differ', () => {
    const differ = quirksOf('<< /Contents 5 0 R /Type /Page /Contents 9 0 R >>');
    assert.equal(canonical(asDict(differ.value)?.entries.get('Contents')), '9 0 R');
    assert.deepEqual(differ.quirks, ['duplicate-keys']);
    assert.deepEqual(quirksOf('<< /Type /Page /Type /Page >>').quirks, []);
    assert.deepEqual(quirksOf('<< /Resources << /Font << /F1 3 0 R /F1 4 0 R >> >> >>').quirks, ['duplicate-keys']);
  });

  it('starts stream data after the next end of line when “stream” is not followed by one, as viewers do', () => {
    const object = parseIndirectObject(latin1('7 0 obj << /Length 3 >> stream abc\nxyz\nendstream endobj'), 0, { remaining: 1e6 })!;
    const stream = object.value && typeof object.value === 'object' && object.value.kind === 'stream' ? object.value : undefined;
    assert.equal(latin1ToText(latin1('7 0 obj << /Length 3 >> stream abc\nxyz\nendstream endobj').subarray(stream!.dataStart, stream!.dataEnd)), 'xyz');
    assert.deepEqual(object.quirks, ['stream-eol']);
    const clean = parseIndirectObject(latin1('7 0 obj << /Length 3 >> stream\r\nxyz\nendstream endobj'), 0, { remaining: 1e6 })!;
    assert.equal(clean.quirks, undefined);
    const wrongLength = parseIndirectObject(latin1('7 0 obj << /Length 9 >> stream\nxyz\nendstream endobj'), 0, { remaining: 1e6 })!;
    assert.deepEqual(wrongLength.quirks, ['stream-length']);
  });

  it('takes only the newest trailer: one without /Root sends the reader to rebuild the file', () => {
    const { pdf } = createDocument();
    const good = new PdfFile(pdf.bytes).view();
    assert.equal(good.reconstructed, false);
    appendRaw(pdf, [{ num: 5, body: streamBody('', 'BT ET') }], ({ size, prev }) => `<< /Size ${size} /Prev ${prev} >>`);
    const view = new PdfFile(pdf.bytes).view();
    assert.equal(view.reconstructed, true);
    assert.ok(view.problems.includes('structure.reconstructed'));
  });

  it('notes generations that disagree: header and entry, reference and object', () => {
    const { pdf } = createDocument();
    appendRaw(pdf, [{ num: 5, gen: 1, xrefGen: 0, body: streamBody('', 'BT ET') }]);
    const mismatch = new PdfFile(pdf.bytes).view();
    assert.deepEqual(mismatch.quirks(5), ['generation']);
    const bumped = createDocument().pdf;
    appendRaw(bumped, [{ num: 5, gen: 1, body: streamBody('', 'BT ET') }]);
    const view = new PdfFile(bumped.bytes).view();
    assert.deepEqual(view.quirks(5), [], 'header and entry agree');
    view.deref(asDict(view.resolve(4))!.entries.get('Contents'));
    assert.ok(view.generationMismatches.has(5), 'the page still names 5 0 R');
  });

  it('finds the objects a revision holds but does not list, and bytes that belong to no object', () => {
    const { pdf } = createDocument();
    appendRaw(pdf, [{ num: 5, body: streamBody('', 'BT ET'), listed: false }, { num: 3, body: '<< /Type /Font >>' }]);
    const file = new PdfFile(pdf.bytes);
    const { revisions } = listRevisions(file.view());
    assert.deepEqual(readRevisionBody(file, revisions[1]!), { unlisted: [5], redefined: [] });
    const stray = createDocument().pdf;
    appendRaw(stray, [{ num: 3, body: '<< /Type /Font >>\nendobj\nBT (hidden) Tj ET' }]);
    const strayFile = new PdfFile(stray.bytes);
    assert.notEqual(readRevisionBody(strayFile, listRevisions(strayFile.view()).revisions[1]!).strayAt, undefined);
    const clean = createDocument().pdf;
    clean.update(new Map([[3, '<< /Type /Font >>']]), { xrefStream: true });
    const cleanFile = new PdfFile(clean.bytes);
    assert.deepEqual(readRevisionBody(cleanFile, listRevisions(cleanFile.view()).revisions[1]!), { unlisted: [], redefined: [] });
  });
});

describe('annotations that draw nothing', () => {
  it('counts a link without appearance as quiet only when its border has no width or no colour, as Poppler strokes it', () => {
    const view = new PdfFile(createDocument().pdf.bytes).view();
    const quiet = (text: string) => drawsNothing(view, asDict(value(text))!);
    assert.equal(quiet('<< /Subtype /Link /Border [0 0 0] >>'), true);
    assert.equal(quiet('<< /Subtype /Link /BS << /W 0 >> /C [1 1 1] >>'), true);
    assert.equal(quiet('<< /Subtype /Link /Border [0 0 40] /C [] >>'), true);
    assert.equal(quiet('<< /Subtype /Link >>'), false, 'a 1-point black border by default');
    assert.equal(quiet('<< /Subtype /Link /Border [0 0 40] /C [1 1 1] >>'), false);
    assert.equal(quiet('<< /Subtype /Link /Border [0 0 0] /AP << /N 9 0 R >> >>'), false, 'an appearance draws');
    assert.equal(quiet('<< /Subtype /Popup >>'), true);
    assert.equal(quiet('<< /Subtype /Popup /Open true >>'), false);
    assert.equal(quiet('<< /Subtype /FreeText /F 2 /AP << /N 9 0 R >> >>'), true, 'hidden');
    assert.equal(quiet('<< /Subtype /FreeText /F 32 /AP << /N 9 0 R >> >>'), true, 'not viewed, not printed');
    assert.equal(quiet('<< /Subtype /FreeText /F 36 /AP << /N 9 0 R >> >>'), false, 'not viewed, but printed');
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
