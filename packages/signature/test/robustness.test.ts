/**
 * The engine never throws, never hangs, and never passes a signature over bytes that changed:
 * fast-check mutations of signed PDFs, hostile structures, and time that grows with the file.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadTrustList, verifyPdf, type TrustList, type VerificationReport } from '../src/index.js';
import { nodeHasher } from '../src/node/hasher.js';
import { loadCorpus, type Fixture } from './fixtures/load.js';
import { DATES } from './fixtures/pki.js';
import { concat, latin1 } from './fixtures/crypto.js';
import { contradictions } from './fixtures/consistency.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1200);
let trustList: TrustList;
let single: Fixture;
let double: Fixture;

before(async () => {
  const corpus = await loadCorpus();
  trustList = (await loadTrustList(corpus.trustRoot)).trustList;
  single = corpus.fixtures.find((f) => f.name === 'pades-b-b')!;
  double = corpus.fixtures.find((f) => f.name === 'two-signatures')!;
});

const verify = (bytes: Uint8Array) => verifyPdf(bytes, { trustList, time: DATES.validation, hasher: nodeHasher });

function inSignedRange(report: VerificationReport['signatures'][number], position: number): boolean {
  const r = report.coverage.byteRange;
  if (!r || r.length !== 4) return false;
  return (position >= r[0]! && position < r[0]! + r[1]!) || (position >= r[2]! && position < r[2]! + r[3]!);
}

function assertShape(report: VerificationReport): void {
  assert.equal(report.reportVersion, 1);
  assert.ok(['TOTAL_PASSED', 'INDETERMINATE', 'TOTAL_FAILED', 'NO_SIGNATURE_FOUND'].includes(report.indication));
  for (const s of report.signatures) {
    assert.ok(['TOTAL_PASSED', 'INDETERMINATE', 'TOTAL_FAILED'].includes(s.indication));
    assert.equal(typeof s.summary, 'string');
  }
  JSON.stringify(report);
}

describe('fuzzing signed PDFs', () => {
  it('both baselines pass unmutated', async () => {
    assert.equal((await verify(single.bytes)).indication, 'TOTAL_PASSED');
    assert.equal((await verify(double.bytes)).indication, 'TOTAL_PASSED');
  });

  it('never passes a signature whose signed bytes were changed (byte substitutions)', async () => {
    const base = [single, double];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 1 }),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 4 }),
        async (which, edits) => {
          const original = base[which]!.bytes;
          const bytes = original.slice();
          const changed: number[] = [];
          for (const edit of edits) {
            const at = Math.floor(edit.at * bytes.length);
            bytes[at] = edit.byte;
          }
          for (let i = 0; i < bytes.length; i++) if (bytes[i] !== original[i]) changed.push(i);
          const report = await verify(bytes);
          assertShape(report);
          assert.deepEqual(contradictions(report), []);
          for (const s of report.signatures) {
            if (s.indication !== 'TOTAL_PASSED') continue;
            for (const position of changed) assert.ok(!inSignedRange(s, position), `${s.id} passed although byte ${position} of its signed range changed`);
          }
        },
      ),
      { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20250601) },
    );
  });

  it('survives structural mutations, and a shifted signed range never passes', async () => {
    const [, , start2, length2] = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\]/.exec(Buffer.from(single.bytes).toString('latin1'))!.slice(1).map(Number);
    const signedEnd = start2! + length2!;
    const tokens = ['%%EOF\n', 'startxref\n0\n', 'xref\n0 99999999\n', ' 0 obj <<', '>>', '[', ']', '(', '<', 'endstream', 'stream\n', ' 1 0 R ', '/ByteRange [0 0 0 0]', 'trailer << /Prev 0 >>'];
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 400 }) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), data: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
      fc.record({ kind: fc.constant('token' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), token: fc.constantFrom(...tokens) }),
      fc.record({ kind: fc.constant('duplicate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 2000 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        let bytes = single.bytes;
        let earliest = bytes.length;
        for (const m of mutations) {
          const at = Math.min(bytes.length, Math.floor(m.at * bytes.length));
          earliest = Math.min(earliest, at);
          switch (m.kind) {
            case 'truncate': bytes = bytes.subarray(0, at); break;
            case 'delete': bytes = concat(bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + m.length))); break;
            case 'insert': bytes = concat(bytes.subarray(0, at), m.data, bytes.subarray(at)); break;
            case 'token': bytes = concat(bytes.subarray(0, at), latin1(m.token), bytes.subarray(at)); break;
            case 'duplicate': bytes = concat(bytes.subarray(0, at + Math.min(m.length, bytes.length - at)), bytes.subarray(at)); break;
          }
        }
        const started = performance.now();
        const report = await verify(bytes);
        assert.ok(performance.now() - started < 5000, 'verification took too long');
        assertShape(report);
        // Any change before the end of the signed bytes shifts or alters them.
        if (earliest < signedEnd) assert.notEqual(report.indication, 'TOTAL_PASSED');
      }),
      { numRuns: Math.round(RUNS / 2), seed: Number(process.env.FUZZ_SEED ?? 20250601) + 1 },
    );
  });

  it('never passes an update that readers may read differently, whatever it changes', async () => {
    const baseline = await verify(appendUpdate(single.bytes, 4, []));
    assert.equal(baseline.signatures[0]?.indication, 'TOTAL_PASSED', 'an object saved again unchanged is harmless');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(1, 2, 3, 4, 5), fc.uniqueArray(fc.constantFrom(...FEATURES), { minLength: 1, maxLength: 3 }), async (num, features) => {
        const report = await verify(appendUpdate(single.bytes, num, features));
        assertShape(report);
        assert.deepEqual(contradictions(report), []);
        assert.notEqual(report.signatures[0]?.indication, 'TOTAL_PASSED', `object ${num} saved again with ${features.join(', ')} passed`);
      }),
      { numRuns: Math.round(RUNS / 6), seed: Number(process.env.FUZZ_SEED ?? 20250601) + 2 },
    );
  });

  it('never throws on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.boolean(), async (random, header) => {
        const bytes = header ? concat(latin1('%PDF-1.7\n'), random, latin1('\nstartxref\n9\n%%EOF\n')) : random;
        assertShape(await verify(bytes));
      }),
      { numRuns: Math.round(RUNS / 4) },
    );
  });
});

/**
 * Ways to save an object again that leave the engine's reading of it unchanged, yet readers may
 * read differently (the classes of issue 14); each alone must keep the signature from passing.
 */
const FEATURES = ['duplicate-key', 'long-number', 'generation', 'generation-header', 'stream-eol', 'unlisted', 'stray-bytes',
  'xref-conflict', 'trailer-no-root', 'trailer-duplicate-root', 'trailer-unknown-key', 'prev-skips'] as const;
type Feature = (typeof FEATURES)[number];

/** The body of the last definition of object `num` in a file written by the fixture writer. */
function lastBody(text: string, num: number): string {
  const at = text.lastIndexOf(`\n${num} 0 obj\n`) + 1;
  return text.slice(text.indexOf('\n', at) + 1, text.indexOf('\nendobj', at));
}

/** `body` with `feature` applied where it reads the same to the engine (or changes nothing else). */
function withFeature(body: string, feature: Feature): string {
  switch (feature) {
    case 'duplicate-key': return body.replace(/<<\s*\/(\w+)/, '<< /$1 null /$1');
    case 'long-number':
      if (/\d+ 0 R/.test(body)) return body.replace(/(\d+) 0 R/, `$1 ${'0'.repeat(40)} R`);
      if (/\/Length \d+/.test(body)) return body.replace(/\/Length (\d+)/, `/Length ${'0'.repeat(40)}$1`);
      return body.replace(/>>\s*$/, `/FirstChar ${'0'.repeat(40)}32 >>`);
    case 'stream-eol': return body.replace('stream\n', 'stream \n');
    default: return body;
  }
}

/**
 * Appends to `bytes` (a file written by the fixture writer) a revision that saves object `num`
 * again, unchanged, with `features` applied; `stream-eol` saves the page content (object 5) too.
 */
function appendUpdate(bytes: Uint8Array, num: number, features: readonly Feature[]): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const has = (f: Feature) => features.includes(f);
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const first = Number(/startxref\s+(\d+)/.exec(text)![1]);
  const size = Number([...text.matchAll(/\/Size (\d+)/g)].at(-1)![1]);
  let out = text;
  const entries: string[] = [];
  const object = (n: number, g: number, content: string, listed: boolean, xrefGen = g) => {
    if (listed) entries.push(`${n} 1\n${String(out.length).padStart(10, '0')} ${String(xrefGen).padStart(5, '0')} n \n`);
    out += `${n} ${g} obj\n${content}\nendobj\n`;
  };
  const gen = has('generation') || has('generation-header') ? 1 : 0;
  const body = features.reduce((b, f) => (num === 5 || f !== 'stream-eol' ? withFeature(b, f) : b), lastBody(text, num));
  object(num, gen, body, true, has('generation-header') ? 0 : gen);
  if (has('stream-eol') && num !== 5) object(5, 0, withFeature(lastBody(text, 5), 'stream-eol'), true);
  if (has('unlisted')) object(num === 3 ? 2 : 3, 0, lastBody(text, num === 3 ? 2 : 3).replace(/>>\s*$/, '/X 1 >>'), false);
  if (has('xref-conflict')) object(num, gen, lastBody(text, num).replace(/>>\s*$/, '/X 1 >>'), true);
  if (has('stray-bytes')) out += 'BT (x) Tj ET\n';
  const root = has('trailer-no-root') ? '' : has('trailer-duplicate-root') ? ` /Root ${size + 7} 0 R /Root 1 0 R` : ' /Root 1 0 R';
  const extra = has('trailer-unknown-key') ? ' /Foo 1' : '';
  const xref = out.length;
  out += `xref\n${entries.join('')}trailer\n<< /Size ${size}${root} /Prev ${has('prev-skips') ? first : prev}${extra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(out);
}

/** A minimal PDF around `body` objects, with a classic xref built from their offsets. */
function pdfWith(objects: string[], trailerExtra = ''): Uint8Array {
  let text = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(text);
}

async function timed(bytes: Uint8Array): Promise<{ ms: number; report: VerificationReport }> {
  const started = performance.now();
  const report = await verifyPdf(bytes);
  return { ms: performance.now() - started, report };
}

describe('hostile structures', () => {
  it('handles deep nesting, reference cycles and cyclic trees', async () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const cases = [
      pdfWith([`<< /Type /Catalog /Pages 2 0 R /Deep ${deep} >>`, '<< /Type /Pages /Kids [2 0 R] /Count 1 >>']),
      pdfWith(['<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [3 0 R] >> >>', '<< /Type /Pages /Kids [2 0 R 2 0 R] >>', '<< /FT /Sig /Kids [3 0 R] /V 4 0 R >>', '4 0 R']),
      pdfWith(['<< /Type /Catalog /Pages 1 0 R /AcroForm << /Fields [1 0 R] >> >>']),
      pdfWith(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Length 2 0 R >>\nstream\nxx\nendstream']),
    ];
    for (const bytes of cases) {
      const { ms, report } = await timed(bytes);
      assertShape(report);
      assert.ok(ms < 2000, `${ms} ms`);
    }
  });

  it('stops a decompression bomb at its limit', async () => {
    const { deflateSync } = await import('node:zlib');
    const bomb = deflateSync(new Uint8Array(200 << 20));
    const text = '%PDF-1.7\n';
    const obj = latin1(`1 0 obj\n<< /Type /XRef /Size 2 /W [1 4 1] /Root 1 0 R /Filter /FlateDecode /Length ${bomb.length} >>\nstream\n`);
    const tail = latin1(`\nendstream\nendobj\nstartxref\n${text.length}\n%%EOF\n`);
    const bytes = concat(latin1(text), obj, new Uint8Array(bomb), tail);
    const before = process.memoryUsage().arrayBuffers;
    const { ms, report } = await timed(bytes);
    assertShape(report);
    assert.ok(ms < 5000, `${ms} ms`);
    assert.ok(process.memoryUsage().arrayBuffers - before < 64 << 20, 'decompressed far beyond the limit');
  });

  it('reads huge declared counts without allocating them', async () => {
    const bytes = latin1('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 999999999\n0000000000 65535 f \ntrailer << /Size 999999999 /Root 1 0 R >>\nstartxref\n46\n%%EOF\n');
    const { ms, report } = await timed(bytes);
    assertShape(report);
    assert.ok(ms < 1000);
  });

  it('keeps time in proportion to the size: thousands of revisions, and a broken file rebuilt by scanning', async () => {
    const revisions = (count: number) => {
      let text = '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n';
      let prev = text.length;
      text += `xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \ntrailer << /Size 3 /Root 1 0 R >>\nstartxref\n${prev}\n%%EOF\n`;
      for (let i = 0; i < count; i++) {
        const at = text.length;
        text += `2 0 obj << /Type /Pages /Kids [] /Count 0 /N ${i} >> endobj\n`;
        const xref = text.length;
        text += `xref\n2 1\n${String(at).padStart(10, '0')} 00000 n \ntrailer << /Size 3 /Root 1 0 R /Prev ${prev} >>\nstartxref\n${xref}\n%%EOF\n`;
        prev = xref;
      }
      return latin1(text);
    };
    const small = await timed(revisions(300));
    const large = await timed(revisions(3000));
    assertShape(large.report);
    assert.equal(large.report.document.revisions.length, 3001);
    assert.ok(large.ms < Math.max(50, small.ms) * 40, `300 revisions: ${small.ms} ms, 3000: ${large.ms} ms`);

    const scanned = (count: number) => latin1(`%PDF-1.7\n${Array.from({ length: count }, (_, i) => `${i + 1} 0 obj << /Type /Catalog /N ${i} >> endobj\n`).join('')}startxref\n999999999\n%%EOF\n`);
    const a = await timed(scanned(5000));
    const b = await timed(scanned(50000));
    assertShape(b.report);
    assert.ok(b.ms < Math.max(50, a.ms) * 30, `5k objects: ${a.ms} ms, 50k: ${b.ms} ms`);
  });

  it('spends bounded work on unclosed strings referenced from many places', async () => {
    const body = Array.from({ length: 2000 }, (_, i) => `${i + 2} 0 R`).join(' ');
    const objects = ['<< /Type /Catalog /Pages 2 0 R /X [' + body + '] >>', ...Array.from({ length: 2000 }, () => '(' + 'x'.repeat(50))];
    const { ms, report } = await timed(pdfWith(objects));
    assertShape(report);
    assert.ok(ms < 3000, `${ms} ms`);
  });
});
