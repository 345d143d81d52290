import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EventStreamParser, readEventStream, type ServerSentEvent } from '../src/tracking/index.js';

function parseAll(pieces: string[]): { events: ServerSentEvent[]; retries: number[] } {
  const retries: number[] = [];
  const parser = new EventStreamParser((ms) => retries.push(ms));
  const events = pieces.flatMap((piece) => parser.push(piece));
  return { events, retries };
}

describe('event-stream parser', () => {
  test('reads events, ids, types, comments and retry as the server writes them', () => {
    const { events, retries } = parseAll(['retry: 3000\n\n: keep-alive\n\nid: 1\nevent: status-changed\ndata: {"seq":1}\n\n']);
    assert.deepEqual(retries, [3000]);
    assert.deepEqual(events, [{ type: 'status-changed', data: '{"seq":1}', lastEventId: '1' }]);
  });

  test('joins data lines, keeps the last id, defaults the type to message', () => {
    const { events } = parseAll(['id: 7\ndata: a\ndata:b\ndata\n\ndata: c\n\n']);
    assert.deepEqual(events, [
      { type: 'message', data: 'a\nb\n', lastEventId: '7' },
      { type: 'message', data: 'c', lastEventId: '7' },
    ]);
  });

  test('accepts CRLF, CR and LF line ends, even split across pieces', () => {
    const { events } = parseAll(['\ufeffdata: one\r', '\n\r', '\ndata: two\r\rdata: three\n', '\n']);
    assert.deepEqual(events.map((event) => event.data), ['one', 'two', 'three']);
  });

  test('ignores unknown fields, bad retry values and ids with NUL; an event without data is not dispatched', () => {
    const { events, retries } = parseAll(['retry: soon\nfoo: bar\nid: 2\n\nid: a\u0000b\nevent: x\n\ndata: y\n\n']);
    assert.deepEqual(retries, []);
    assert.deepEqual(events, [{ type: 'message', data: 'y', lastEventId: '2' }]);
  });

  test('does not dispatch an event cut off by the end of the stream', async () => {
    const bytes = new TextEncoder().encode('id: 1\ndata: whole\n\nid: 2\ndata: cut');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 7));
        controller.enqueue(bytes.subarray(7));
        controller.close();
      },
    });
    const seen: ServerSentEvent[] = [];
    let chunks = 0;
    await readEventStream(body, { onEvent: (event) => void seen.push(event), onBytes: () => void chunks++ });
    assert.deepEqual(seen, [{ type: 'message', data: 'whole', lastEventId: '1' }]);
    assert.equal(chunks, 2);
  });

  test('decodes UTF-8 split inside a character', async () => {
    const bytes = new TextEncoder().encode('data: Đã tiếp nhận\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(Uint8Array.of(byte));
        controller.close();
      },
    });
    const seen: string[] = [];
    await readEventStream(body, { onEvent: (event) => void seen.push(event.data) });
    assert.deepEqual(seen, ['Đã tiếp nhận']);
  });

  test('cancels the stream and passes the error on when a handler throws', async () => {
    let cancelled: unknown;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('data: 1\n\n'));
      },
      cancel(reason) {
        cancelled = reason;
      },
    });
    const failure = new Error('handler failed');
    await assert.rejects(readEventStream(body, { onEvent: () => { throw failure; } }), failure);
    assert.equal(cancelled, failure);
  });
});
