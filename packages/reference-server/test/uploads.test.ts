import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { encodeUploadMetadata, uploadSchema } from '../src/contract.js';
import { loadDossier, refreshDossier } from '../src/dossiers/repository.js';
import { absenceSubmission, call, databaseKind, sleep, startTestServer, submit, type TestServer } from './helpers.js';

const TUS = { 'tus-resumable': '1.0.0' };

/** A PDF-looking file of `size` bytes (starts with `%PDF-`). */
function pdfBytes(size: number): Buffer {
  const bytes = randomBytes(size);
  bytes.write('%PDF-1.7\n', 0, 'latin1');
  return bytes;
}

describe(`uploads, tus 1.0 (${databaseKind})`, () => {
  let server: TestServer;
  let base: string;
  before(async () => {
    server = await startTestServer({ uploadMaxBytes: 2 * 1024 * 1024 });
    base = server.url;
  });
  after(() => server.stop());

  async function create(name: string, size: number, type = 'application/pdf', extra: Record<string, string> = {}) {
    return call(base, 'POST', '/api/v1/uploads', {
      headers: { ...TUS, 'upload-length': String(size), 'upload-metadata': encodeUploadMetadata({ filename: name, filetype: type, ...extra }) },
    });
  }
  const patch = (location: string, offset: number, body: Buffer, headers: Record<string, string> = {}) => call(base, 'PATCH', location, {
    headers: { ...TUS, 'content-type': 'application/offset+octet-stream', 'upload-offset': String(offset), ...headers }, body: new Uint8Array(body),
  });
  const offsetOf = async (location: string) => {
    const head = await fetch(`${base}${location}`, { method: 'HEAD', headers: TUS });
    return { status: head.status, offset: Number(head.headers.get('upload-offset')), length: Number(head.headers.get('upload-length')) };
  };
  const sha1 = (bytes: Buffer) => `sha1 ${createHash('sha1').update(bytes).digest('base64')}`;

  test('OPTIONS announces the tus version, extensions, maximum size and checksum algorithms', async () => {
    const answer = await call(base, 'OPTIONS', '/api/v1/uploads');
    assert.equal(answer.status, 204);
    assert.equal(answer.headers.get('tus-version'), '1.0.0');
    assert.equal(answer.headers.get('tus-extension'), 'creation,checksum,expiration,termination');
    assert.equal(answer.headers.get('tus-max-size'), String(2 * 1024 * 1024));
    assert.equal(answer.headers.get('tus-checksum-algorithm'), 'sha1,sha256');
  });

  test('a client address may start only so many uploads an hour (they need no login and are kept a day)', async () => {
    const limited = await startTestServer({ uploadLimit: 2 });
    try {
      const start = () => call(limited.url, 'POST', '/api/v1/uploads', {
        headers: { ...TUS, 'upload-length': '10', 'upload-metadata': encodeUploadMetadata({ filename: 'a.pdf', filetype: 'application/pdf' }) },
      });
      assert.deepEqual([(await start()).status, (await start()).status], [201, 201]);
      const refused = await start();
      assert.equal(refused.status, 429);
      assert.equal(refused.body.type, 'urn:egov-kit:problem:rate-limited');
      assert.ok(Number(refused.headers.get('retry-after')) > 3000);
    } finally {
      await limited.stop();
    }
  });

  test('an upload is created, sent in checksummed chunks, and described once complete', async () => {
    const file = pdfBytes(300_000);
    const created = await create('Giấy chứng sinh.pdf', file.length);
    assert.equal(created.status, 201);
    const location = created.headers.get('location')!;
    assert.match(location, /^\/api\/v1\/uploads\/[\w-]{22}$/);
    assert.ok(created.headers.get('upload-expires'));
    assert.deepEqual(await offsetOf(location), { status: 200, offset: 0, length: file.length });
    const first = file.subarray(0, 100_000);
    const sent = await patch(location, 0, first, { 'upload-checksum': sha1(first) });
    assert.equal(sent.status, 204, sent.text);
    assert.equal(sent.headers.get('upload-offset'), '100000');
    assert.equal(sent.headers.get('tus-resumable'), '1.0.0');
    const rest = file.subarray(100_000);
    const last = await patch(location, 100_000, rest, { 'upload-checksum': `sha256 ${createHash('sha256').update(rest).digest('base64')}` });
    assert.equal(last.status, 204);
    const described = await call(base, 'GET', location);
    const upload = uploadSchema.parse(described.body);
    assert.equal(upload.status, 'complete');
    assert.equal(upload.name, 'Giấy chứng sinh.pdf');
    assert.equal(upload.sha256, createHash('sha256').update(file).digest('hex'));
  });

  test('a wrong checksum is 460 and keeps nothing; a wrong offset is 409; an unknown algorithm is 400', async () => {
    const file = pdfBytes(20_000);
    const location = (await create('a.pdf', file.length)).headers.get('location')!;
    const corrupted = Buffer.from(file);
    corrupted[500] = corrupted[500]! ^ 0xff;
    const bad = await patch(location, 0, corrupted, { 'upload-checksum': sha1(file) });
    assert.equal(bad.status, 460);
    assert.equal(bad.body.type, 'urn:egov-kit:problem:upload-checksum-mismatch');
    assert.equal((await offsetOf(location)).offset, 0);
    const wrongOffset = await patch(location, 10, file.subarray(10));
    assert.equal(wrongOffset.status, 409);
    assert.deepEqual(wrongOffset.body.params, { expected: 0, received: 10 });
    const md5 = await patch(location, 0, file, { 'upload-checksum': 'md5 abc=' });
    assert.equal(md5.status, 400);
    assert.equal(md5.body.type, 'urn:egov-kit:problem:upload-checksum-unsupported');
    const ok = await patch(location, 0, file, { 'upload-checksum': sha1(file) });
    assert.equal(ok.status, 204);
  });

  test('a connection dropped mid-chunk keeps what arrived; the client resumes from HEAD', async () => {
    const file = pdfBytes(600_000);
    const location = (await create('resume.pdf', file.length)).headers.get('location')!;
    const { port } = new URL(base);
    const sentBeforeDrop = 250_000;
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(`PATCH ${location} HTTP/1.1\r\nHost: 127.0.0.1\r\nTus-Resumable: 1.0.0\r\nContent-Type: application/offset+octet-stream\r\nUpload-Offset: 0\r\nContent-Length: ${file.length}\r\n\r\n`);
        socket.write(file.subarray(0, sentBeforeDrop), () => setTimeout(() => {
          socket.destroy();
          resolve();
        }, 150));
      });
      socket.on('error', reject);
    });
    let state = await offsetOf(location);
    for (let i = 0; i < 20 && state.offset === 0; i++) {
      await sleep(50);
      state = await offsetOf(location);
    }
    assert.equal(state.offset, sentBeforeDrop, 'the bytes that arrived are kept');
    const rest = file.subarray(state.offset);
    const resumed = await patch(location, state.offset, rest, { 'upload-checksum': sha1(rest) });
    assert.equal(resumed.status, 204, resumed.text);
    const upload = (await call(base, 'GET', location)).body;
    assert.equal(upload.status, 'complete');
    assert.equal(upload.sha256, createHash('sha256').update(file).digest('hex'), 'the resumed file is byte for byte the original');
  });

  test('while one request writes a chunk, another at the same offset is 409 and writes nothing; the first completes the file', async () => {
    const file = pdfBytes(300_000);
    const location = (await create('two-writers.pdf', file.length)).headers.get('location')!;
    const { port } = new URL(base);
    const socket = connect(Number(port), '127.0.0.1');
    const answer = new Promise<string>((resolve, reject) => {
      let text = '';
      socket.on('data', (chunk) => {
        text += chunk.toString('latin1');
        if (text.includes('\r\n\r\n')) resolve(text);
      });
      socket.on('error', reject);
    });
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    socket.write(`PATCH ${location} HTTP/1.1\r\nHost: 127.0.0.1\r\nTus-Resumable: 1.0.0\r\nContent-Type: application/offset+octet-stream\r\nUpload-Offset: 0\r\nContent-Length: ${file.length}\r\nConnection: close\r\n\r\n`);
    await new Promise<void>((resolve) => socket.write(file.subarray(0, 100_000), () => resolve()));
    await sleep(300);
    const second = await patch(location, 0, file);
    assert.equal(second.status, 409, second.text);
    assert.equal(second.body.type, 'urn:egov-kit:problem:upload-offset-mismatch');
    socket.write(file.subarray(100_000));
    assert.match(await answer, /^HTTP\/1\.1 204/);
    socket.destroy();
    const upload = (await call(base, 'GET', location)).body;
    assert.equal(upload.status, 'complete');
    assert.equal(upload.sha256, createHash('sha256').update(file).digest('hex'), 'the file is the first writer\'s, byte for byte');
  });

  test('a dropped chunk sent with a checksum is not kept (it cannot be verified)', async () => {
    const file = pdfBytes(400_000);
    const location = (await create('checked.pdf', file.length)).headers.get('location')!;
    const { port } = new URL(base);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(`PATCH ${location} HTTP/1.1\r\nHost: 127.0.0.1\r\nTus-Resumable: 1.0.0\r\nContent-Type: application/offset+octet-stream\r\nUpload-Offset: 0\r\nUpload-Checksum: ${sha1(file)}\r\nContent-Length: ${file.length}\r\n\r\n`);
        socket.write(file.subarray(0, 150_000), () => setTimeout(() => {
          socket.destroy();
          resolve();
        }, 150));
      });
      socket.on('error', reject);
    });
    await sleep(200);
    assert.equal((await offsetOf(location)).offset, 0);
  });

  test('limits: type, size, content sniffing, whole-file digest, protocol version', async () => {
    const exe = await create('virus.exe', 1000, 'application/x-msdownload', {});
    assert.equal(exe.status, 415);
    assert.equal(exe.body.type, 'urn:egov-kit:problem:upload-type-not-allowed');
    const huge = await create('big.pdf', 3 * 1024 * 1024);
    assert.equal(huge.status, 413);
    assert.equal(huge.body.params.maxBytes, 2 * 1024 * 1024);
    assert.equal(huge.body.params.maxSizeMb, 2);
    assert.equal(huge.body.detail, 'Tệp vượt quá dung lượng cho phép (2 MB).');
    const noVersion = await call(base, 'POST', '/api/v1/uploads', { headers: { 'upload-length': '10', 'upload-metadata': encodeUploadMetadata({ filename: 'a.pdf', filetype: 'application/pdf' }) } });
    assert.equal(noVersion.status, 412);
    assert.equal(noVersion.headers.get('tus-version'), '1.0.0');
    const noName = await call(base, 'POST', '/api/v1/uploads', { headers: { ...TUS, 'upload-length': '10', 'upload-metadata': encodeUploadMetadata({ filetype: 'application/pdf' }) } });
    assert.equal(noName.status, 422);
    assert.equal(noName.body.errors[0].field, 'headers.upload-metadata.filename');

    // Declared a PDF, sent a PNG: the last chunk fails and the upload is gone.
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(1000)]);
    const liar = (await create('photo.pdf', png.length)).headers.get('location')!;
    const sniffed = await patch(liar, 0, png);
    assert.equal(sniffed.status, 415);
    assert.equal((await offsetOf(liar)).status, 410);
    assert.equal((await call(base, 'GET', liar)).body.type, 'urn:egov-kit:problem:upload-gone');

    // A whole-file digest given at creation is checked when the last byte arrives.
    const file = pdfBytes(5000);
    const digestLocation = (await create('digest.pdf', file.length, 'application/pdf', { sha256: createHash('sha256').update('other').digest('hex') })).headers.get('location')!;
    assert.equal((await patch(digestLocation, 0, file)).status, 460);
    assert.equal((await offsetOf(digestLocation)).status, 410);

    const tooMuch = (await create('short.pdf', 100)).headers.get('location')!;
    assert.equal((await patch(tooMuch, 0, pdfBytes(200))).status, 413);
    const wrongType = await call(base, 'PATCH', tooMuch, { headers: { ...TUS, 'content-type': 'application/json', 'upload-offset': '0' }, json: {} });
    assert.equal(wrongType.status, 415);
    assert.equal((await offsetOf('/api/v1/uploads/nothing-here')).status, 404);
  });

  test('termination deletes an upload not yet attached', async () => {
    const location = (await create('drop.pdf', 10)).headers.get('location')!;
    const deleted = await call(base, 'DELETE', location, { headers: TUS });
    assert.equal(deleted.status, 204);
    assert.equal((await offsetOf(location)).status, 410);
    assert.equal((await call(base, 'DELETE', location, { headers: TUS })).status, 404);
  });

  test('a dossier attaches finished uploads only, each to one dossier', async () => {
    const file = pdfBytes(4000);
    const location = (await create('CT01.pdf', file.length)).headers.get('location')!;
    const id = location.split('/').pop()!;
    const reference = { id, name: 'CT01.pdf', size: file.length, mediaType: 'application/pdf' };
    const body = (files: unknown) => ({
      procedureCode: '1.010028', formVersion: 1,
      applicant: absenceSubmission().applicant,
      answers: { residence: { provinceCode: '19', communeCode: '05443', street: 'Số 5, tổ 3' }, reason: 'left', residenceDeclaration: files },
    });
    const early = await submit(base, body([reference]));
    assert.equal(early.status, 422);
    assert.deepEqual(early.body.errors.map((e: { field: string; messageKey: string }) => [e.field, e.messageKey]), [['answers.residenceDeclaration.0', 'api.field.upload-incomplete']]);
    assert.equal(early.body.errors[0].message, 'Tệp “CT01.pdf” chưa tải lên xong.');
    await patch(location, 0, file);
    const mismatch = await submit(base, body([{ ...reference, size: 1 }]));
    assert.equal(mismatch.body.errors[0].messageKey, 'api.field.upload-mismatch');
    const unknown = await submit(base, body([{ ...reference, id: 'AAAAAAAAAAAAAAAAAAAAAA' }]));
    assert.equal(unknown.body.errors[0].messageKey, 'api.field.upload-unknown');
    // Past its expiry, before maintenance has deleted it, it is gone as well.
    await server.db.query("UPDATE uploads SET expires_at = now() - interval '1 second' WHERE id = $1", [id]);
    const expired = await submit(base, body([reference]));
    assert.equal(expired.body.errors?.[0]?.messageKey, 'api.field.upload-unknown');
    await server.db.query("UPDATE uploads SET expires_at = now() + interval '1 day' WHERE id = $1", [id]);
    const filed = await submit(base, body([reference]));
    assert.equal(filed.status, 201, filed.text);
    assert.deepEqual(filed.body.attachments.map((a: { id: string; field: string; sha256: string }) => [a.id, a.field, a.sha256]),
      [[id, 'residenceDeclaration', createHash('sha256').update(file).digest('hex')]]);
    const stored = await loadDossier(server.db, filed.body.code);
    assert.deepEqual(stored, await server.db.transaction((tx) => refreshDossier(tx, filed.body.code)), 'the read model lists the attachment as the tables do');
    const described = (await call(base, 'GET', location)).body;
    assert.equal(described.expiresAt, undefined, 'an attached upload no longer expires');
    const twice = await submit(base, body([reference]));
    assert.equal(twice.body.errors[0].messageKey, 'api.field.upload-attached');
    assert.equal((await call(base, 'DELETE', location, { headers: TUS })).status, 404, 'an attached file cannot be deleted through tus');
  });
});
