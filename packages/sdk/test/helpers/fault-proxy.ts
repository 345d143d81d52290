/**
 * A fault-injecting HTTP proxy for tests: it stands between the SDK and the real server, passes
 * requests through, and breaks the ones a test picks — answers 503 or 429 in the server's place,
 * answers late, cuts the connection before or after the server did the work, mangles a body, cuts
 * a stream or an upload midway. It logs every request it sees.
 */
import { createServer, request as httpRequest, type ClientRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** What to do to a request. */
export type Fault =
  /** Answer in the server's place (the server never sees the request). */
  | { kind: 'respond'; status: number; headers?: Record<string, string>; body?: string }
  /** Wait, then pass it through (a slow answer). */
  | { kind: 'delay'; ms: number }
  /** Cut the connection at once (the server never sees the request). */
  | { kind: 'reset' }
  /** Pass it through, let the server answer, then cut the connection instead of answering (a lost answer). */
  | { kind: 'lose-response' }
  /** Pass it through and cut the answer's body in half (a body that is not JSON any more). */
  | { kind: 'corrupt-body' }
  /** Pass it through and replace the answer's JSON body. */
  | { kind: 'rewrite-json'; rewrite: (body: unknown) => unknown }
  /** Send only the first bytes of the request body on, then cut both connections. */
  | { kind: 'cut-request-body'; afterBytes: number }
  /** Pass the request body on at `bytesPerSecond` (a slow uplink); a client that gives up cuts it there. */
  | { kind: 'throttle-request-body'; bytesPerSecond: number }
  /** Flip one byte in the middle of the request body. */
  | { kind: 'corrupt-request-body' }
  /** Pass a (streaming) answer through and cut it after `afterMs`. */
  | { kind: 'cut-stream'; afterMs: number }
  /** Never answer. */
  | { kind: 'stall' }
  /** Pass it through without one of its headers. */
  | { kind: 'drop-request-header'; name: string };

/** A request as the proxy saw it. */
export interface LoggedRequest {
  method: string;
  /** Path and query. */
  url: string;
  headers: IncomingMessage['headers'];
  /** `performance.now()` when it arrived. */
  at: number;
  /** The fault applied to it, if any. */
  fault?: Fault;
}

/** Which requests a fault applies to. */
export type Match = (request: { method: string; url: string; headers: IncomingMessage['headers'] }) => boolean;

/** Matches a method and a path (a string prefix of the path, or a pattern). */
export function on(method: string, path: string | RegExp): Match {
  return (request) => request.method === method
    && (typeof path === 'string' ? request.url.split('?')[0]!.startsWith(path) : path.test(request.url));
}

interface Rule {
  match: Match;
  fault: Fault;
  remaining: number;
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    stream.on('data', (part: Buffer) => parts.push(part));
    stream.on('end', () => resolve(Buffer.concat(parts)));
    stream.on('error', reject);
  });
}

/** Writes `body` to `upstream` at `bytesPerSecond`, stopping if it is destroyed meanwhile. */
async function trickle(upstream: ClientRequest, body: Buffer, bytesPerSecond: number): Promise<void> {
  const step = Math.max(1, Math.round(bytesPerSecond / 20));
  const started = performance.now();
  for (let at = 0; at < body.length; at += step) {
    if (upstream.destroyed) return;
    upstream.write(body.subarray(at, at + step));
    const due = started + (Math.min(body.length, at + step) / bytesPerSecond) * 1000;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
  }
  if (!upstream.destroyed) upstream.end();
}

/** The proxy. */
export class FaultProxy {
  readonly url: string;
  /** Every request seen, in order. */
  readonly log: LoggedRequest[] = [];
  readonly #server: Server;
  readonly #target: URL;
  readonly #sockets = new Set<Socket>();
  readonly #upstreams = new Set<ClientRequest>();
  #rules: Rule[] = [];

  private constructor(server: Server, url: string, target: URL) {
    this.#server = server;
    this.url = url;
    this.#target = target;
  }

  /** Starts a proxy on loopback in front of `target` (the server's origin). */
  static async start(target: string): Promise<FaultProxy> {
    // The handlers run only once the proxy below exists (after `listen`).
    const created: { proxy?: FaultProxy } = {};
    const server = createServer((request, response) => void created.proxy!.#handle(request, response));
    server.keepAliveTimeout = 60_000;
    server.on('connection', (socket: Socket) => {
      created.proxy!.#sockets.add(socket);
      socket.on('close', () => created.proxy!.#sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    created.proxy = new FaultProxy(server, `http://127.0.0.1:${port}`, new URL(target));
    return created.proxy;
  }

  /** Applies `fault` to the next `times` requests that `match`. Rules apply in the order given. */
  inject(match: Match, fault: Fault, times = 1): void {
    this.#rules.push({ match, fault, remaining: times });
  }

  /** Drops every rule not yet used up. */
  clear(): void {
    this.#rules = [];
  }

  /** The logged requests that `match`. */
  requests(match: Match): LoggedRequest[] {
    return this.log.filter((entry) => match(entry));
  }

  /** Closes the proxy and every connection through it. */
  async close(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    for (const upstream of this.#upstreams) upstream.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #take(request: IncomingMessage): Fault | undefined {
    const seen = { method: request.method ?? 'GET', url: request.url ?? '/', headers: request.headers };
    const rule = this.#rules.find((candidate) => candidate.remaining > 0 && candidate.match(seen));
    if (!rule) return undefined;
    rule.remaining -= 1;
    return rule.fault;
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const fault = this.#take(request);
    this.log.push({
      method: request.method ?? 'GET', url: request.url ?? '/', headers: request.headers, at: performance.now(), ...(fault ? { fault } : {}),
    });
    switch (fault?.kind) {
      case 'respond':
        await readAll(request);
        response.writeHead(fault.status, { 'content-type': 'application/problem+json', ...fault.headers });
        response.end(fault.body ?? '');
        return;
      case 'reset':
        request.socket.destroy();
        return;
      case 'stall':
        return;
      default:
        break;
    }
    let body: Buffer | undefined;
    if (fault?.kind === 'delay' || fault?.kind === 'corrupt-request-body' || fault?.kind === 'cut-request-body' || fault?.kind === 'throttle-request-body') {
      body = await readAll(request);
      if (fault.kind === 'corrupt-request-body' && body.length > 0) body[Math.floor(body.length / 2)]! ^= 0xff;
      // A slow server: the request reaches it late, and is served even if the client gave up meanwhile.
      if (fault.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    }
    const headers: Record<string, string | string[] | undefined> = { ...request.headers, host: this.#target.host };
    if (fault?.kind === 'drop-request-header') delete headers[fault.name.toLowerCase()];
    const upstream = httpRequest({
      host: this.#target.hostname, port: this.#target.port, method: request.method, path: request.url, headers,
    }, (answer) => void this.#answer(request, response, answer, fault));
    this.#upstreams.add(upstream);
    upstream.on('close', () => this.#upstreams.delete(upstream));
    upstream.on('error', () => request.socket.destroy());
    // The client went away before its answer was complete: stop the upstream request too.
    response.on('close', () => {
      if (!response.writableFinished) upstream.destroy();
    });
    if (fault?.kind === 'cut-request-body') {
      upstream.write(body!.subarray(0, fault.afterBytes));
      setTimeout(() => {
        upstream.destroy();
        request.socket.destroy();
      }, 50);
    } else if (fault?.kind === 'throttle-request-body') {
      void trickle(upstream, body!, fault.bytesPerSecond);
    } else if (body) {
      upstream.end(body);
    } else {
      request.pipe(upstream);
    }
  }

  async #answer(request: IncomingMessage, response: ServerResponse, answer: IncomingMessage, fault: Fault | undefined): Promise<void> {
    switch (fault?.kind) {
      case 'lose-response':
        await readAll(answer);
        request.socket.destroy();
        return;
      case 'corrupt-body':
      case 'rewrite-json': {
        const original = await readAll(answer);
        const text = fault.kind === 'corrupt-body'
          ? original.subarray(0, Math.floor(original.length / 2))
          : Buffer.from(JSON.stringify(fault.rewrite(JSON.parse(original.toString()))));
        const headers = { ...answer.headers, 'content-length': String(text.length) };
        delete headers['transfer-encoding'];
        response.writeHead(answer.statusCode ?? 502, headers);
        response.end(text);
        return;
      }
      case 'cut-stream':
        setTimeout(() => {
          answer.destroy();
          request.socket.destroy();
        }, fault.afterMs);
        break;
      default:
        break;
    }
    response.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(response);
    answer.on('error', () => request.socket.destroy());
  }
}
