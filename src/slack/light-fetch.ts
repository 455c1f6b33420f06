import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

const agents = { 'http:': new HttpAgent({ keepAlive: true }), 'https:': new HttpsAgent({ keepAlive: true }) };
const NO_BODY = new Set([101, 204, 205, 304]);

function bodyBytes(body: unknown): Buffer | undefined | false {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || body instanceof URLSearchParams) return Buffer.from(String(body));
  if (Buffer.isBuffer(body)) return body;
  return false;
}

/** Bolt and the Web API client pass a plain object; anything else goes through Headers. */
function headersOf(given: RequestInit['headers']): Record<string, string> {
  if (given === undefined || given instanceof Headers || Array.isArray(given))
    return Object.fromEntries(new Headers(given).entries());
  const plain: Record<string, string> = {};
  for (const [name, value] of Object.entries(given)) plain[name.toLowerCase()] = String(value);
  return plain;
}

/** The headers a caller reads (`get`, `has`, `entries`), without building undici's Headers for every answer. */
class LightHeaders {
  readonly #raw: IncomingMessage['headers'];
  #map: Map<string, string> | undefined;
  constructor(raw: IncomingMessage['headers']) {
    this.#raw = raw;
  }
  // Built when first read: respond() reads no header at all.
  get #values(): Map<string, string> {
    this.#map ??= new Map(
      Object.entries(this.#raw).flatMap(([name, value]) =>
        value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value] as const],
      ),
    );
    return this.#map;
  }
  get(name: string): string | null {
    return this.#values.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.#values.has(name.toLowerCase());
  }
  entries(): IterableIterator<[string, string]> {
    return this.#values.entries();
  }
  forEach(each: (value: string, name: string) => void): void {
    this.#values.forEach(each);
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.#values.entries();
  }
}

/**
 * What Bolt's respond() and the Web API client read of an answer: status, headers, url, and the body as text, JSON
 * or bytes. A WHATWG Response (with its Headers and body stream) costs more to build than the request did to send.
 */
class LightResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly headers: LightHeaders;
  readonly url: string;
  readonly #body: Buffer;
  constructor(url: string, res: IncomingMessage, body: Buffer) {
    this.url = url;
    this.status = res.statusCode ?? 500;
    this.ok = this.status >= 200 && this.status < 300;
    this.statusText = res.statusMessage ?? '';
    this.headers = new LightHeaders(res.headers);
    this.#body = NO_BODY.has(this.status) ? Buffer.alloc(0) : body;
  }
  async text(): Promise<string> {
    return this.#body.toString('utf8');
  }
  async json(): Promise<unknown> {
    return JSON.parse(this.#body.toString('utf8'));
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const { buffer, byteOffset, byteLength } = this.#body;
    return buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer;
  }
}

/**
 * The Web API client and Bolt's respond() call fetch for every Slack call; Node 20's fetch costs about five times
 * the CPU of a plain keep-alive request. This does the plain request for what they send (a string, form or JSON
 * body, a timeout signal) and hands anything else, such as a multipart file upload, to the real fetch. It does not
 * follow redirects: Slack's Web API and response_url do not redirect, and the client asks for `redirect: 'error'`.
 */
export const lightFetch: typeof fetch = (input, init = {}) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const body = bodyBytes(init.body);
  const agent = agents[url.protocol as keyof typeof agents];
  if (input instanceof Request || body === false || !agent) return fetch(input, init);
  const headers = headersOf(init.headers);
  if (body) headers['content-length'] = String(body.length);
  if (init.body instanceof URLSearchParams && !headers['content-type'])
    headers['content-type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Response>((resolve, reject) => {
    const req = send(url, { method: init.method ?? 'GET', headers, agent, signal: init.signal ?? undefined }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(new LightResponse(url.href, res, Buffer.concat(chunks)) as unknown as Response));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
};
