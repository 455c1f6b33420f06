import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lightFetch } from '../../../src/slack/light-fetch.js';

interface Seen {
  method: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
let base: string;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() });
      if (req.url === '/limited') {
        res.writeHead(429, { 'retry-after': '3' });
        return res.end();
      }
      if (req.url === '/slow') return setTimeout(() => res.end('late'), 500);
      if (req.url === '/empty') {
        res.writeHead(204);
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'] });
      res.end(JSON.stringify({ ok: true, echoed: Buffer.concat(chunks).toString() }));
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('lightFetch', () => {
  it('posts JSON as fetch would and answers with what a Response offers', async () => {
    const response = await lightFetch(`${base}/ok`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'héllo' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.ok).toBe(true);
    expect(response.url).toBe(`${base}/ok`);
    expect(response.headers.get('Content-Type')).toBe('application/json');
    expect(response.headers.get('x-missing')).toBeNull();
    expect(Object.fromEntries(response.headers.entries())).toMatchObject({ 'set-cookie': 'a=1, b=2' });
    expect(await response.json()).toEqual({ ok: true, echoed: '{"text":"héllo"}' });
    // The Web API client reads bytes for some methods: the same body, whatever pool the chunks came from.
    expect(JSON.parse(new TextDecoder().decode(await response.arrayBuffer()))).toEqual({
      ok: true,
      echoed: '{"text":"héllo"}',
    });
    const request = seen.at(-1);
    expect(request?.headers['content-length']).toBe(String(Buffer.byteLength('{"text":"héllo"}')));
    expect(request?.headers['content-type']).toBe('application/json');
  });

  it('sends a form with its content type', async () => {
    await lightFetch(`${base}/ok`, { method: 'POST', body: new URLSearchParams({ channel: 'C1', text: 'a b' }) });
    expect(seen.at(-1)?.body).toBe('channel=C1&text=a+b');
    expect(seen.at(-1)?.headers['content-type']).toBe('application/x-www-form-urlencoded;charset=UTF-8');
  });

  it('passes 429 and its Retry-After through, and a 204 has no body', async () => {
    const limited = await lightFetch(`${base}/limited`, { method: 'POST', body: 'x' });
    expect(limited.status).toBe(429);
    expect(limited.ok).toBe(false);
    expect(limited.headers.get('Retry-After')).toBe('3');
    const empty = await lightFetch(`${base}/empty`);
    expect(empty.status).toBe(204);
    expect(await empty.text()).toBe('');
    expect((await empty.arrayBuffer()).byteLength).toBe(0);
  });

  it('gives up when the signal times out, as the Web API client asks', async () => {
    await expect(lightFetch(`${base}/slow`, { signal: AbortSignal.timeout(50) })).rejects.toThrow();
  });

  it('hands a multipart upload to the real fetch', async () => {
    const form = new FormData();
    form.append('file', new Blob(['contents']), 'notes.txt');
    const response = await lightFetch(`${base}/ok`, { method: 'POST', body: form });
    expect(response.status).toBe(200);
    expect(seen.at(-1)?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen.at(-1)?.body).toContain('contents');
  });
});
