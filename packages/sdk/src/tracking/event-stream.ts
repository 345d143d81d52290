/**
 * A parser of `text/event-stream` (the WHATWG HTML "server-sent events" format) over a fetch
 * body, so events can be read with headers `EventSource` cannot send (`Authorization`,
 * `Last-Event-ID` chosen by the caller) and the same way in Node and browsers.
 */

/** One dispatched event. */
export interface ServerSentEvent {
  /** The `event:` field, `message` when there was none. */
  type: string;
  /** The `data:` lines joined with `\n`. */
  data: string;
  /** The last event id seen (the `id:` field of this event or an earlier one). */
  lastEventId: string;
}

/** Feeds decoded text in, in any pieces; returns the events each piece completes. */
export class EventStreamParser {
  readonly #onRetry: ((delayMs: number) => void) | undefined;
  #events: ServerSentEvent[] = [];
  #buffer = '';
  #data = '';
  #type = '';
  #lastEventId = '';
  /** Whether the previous piece ended with `\r`, so a `\n` starting the next one ends no extra line. */
  #afterCarriageReturn = false;
  #started = false;

  /**
   * @param onRetry told of each `retry:` field: the reconnection delay the server asks for, in ms.
   * @param lastEventId the id events carry until the stream sets one.
   */
  constructor(onRetry?: (delayMs: number) => void, lastEventId = '') {
    this.#onRetry = onRetry;
    this.#lastEventId = lastEventId;
  }

  /** Parses the next piece of text; returns the events it completed. */
  push(text: string): ServerSentEvent[] {
    let chunk = text;
    if (!this.#started && chunk.length > 0) {
      this.#started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    if (this.#afterCarriageReturn && chunk.startsWith('\n')) chunk = chunk.slice(1);
    this.#afterCarriageReturn = false;
    this.#buffer += chunk;
    let start = 0;
    for (let i = 0; i < this.#buffer.length; i++) {
      const char = this.#buffer[i];
      if (char !== '\n' && char !== '\r') continue;
      this.#line(this.#buffer.slice(start, i));
      if (char === '\r') {
        if (i + 1 === this.#buffer.length) this.#afterCarriageReturn = true;
        else if (this.#buffer[i + 1] === '\n') i += 1;
      }
      start = i + 1;
    }
    this.#buffer = this.#buffer.slice(start);
    const events = this.#events;
    this.#events = [];
    return events;
  }

  #line(line: string): void {
    if (line === '') {
      this.#dispatch();
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.#type = value;
        break;
      case 'data':
        this.#data += `${value}\n`;
        break;
      case 'id':
        if (!value.includes('\0')) this.#lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.#onRetry?.(Number(value));
        break;
      default:
        break;
    }
  }

  #dispatch(): void {
    if (this.#data === '') {
      this.#type = '';
      return;
    }
    const event: ServerSentEvent = { type: this.#type || 'message', data: this.#data.slice(0, -1), lastEventId: this.#lastEventId };
    this.#data = '';
    this.#type = '';
    this.#events.push(event);
  }
}

/** What {@link readEventStream} reports. */
export interface EventStreamHandlers {
  /** Each event, in order; the next is not read until the promise it returns settles. */
  onEvent(event: ServerSentEvent): void | Promise<void>;
  /** A `retry:` field: the reconnection delay the server asks for, in ms. */
  onRetry?(delayMs: number): void;
  /** Bytes arrived (comments included: a keep-alive proves the connection lives). */
  onBytes?(): void;
}

/**
 * Reads a `text/event-stream` body to its end, calling `handlers` for each event. An event cut
 * off by the end of the stream is not dispatched, as the format requires. If a handler throws,
 * the body is cancelled and the error propagates.
 */
export async function readEventStream(body: ReadableStream<Uint8Array>, handlers: EventStreamHandlers, lastEventId = ''): Promise<void> {
  const parser = new EventStreamParser(handlers.onRetry, lastEventId);
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
      if (!done) handlers.onBytes?.();
      for (const event of parser.push(text)) await handlers.onEvent(event);
      if (done) return;
    }
  } catch (error) {
    await reader.cancel(error).catch(() => {});
    throw error;
  } finally {
    reader.releaseLock();
  }
}
