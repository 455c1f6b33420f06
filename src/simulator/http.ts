import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiResult } from './types.js';

/** Form fields that clients JSON-stringify (web-api does this for any non-scalar argument). */
const JSON_FIELDS = new Set(['blocks', 'view', 'metadata', 'attachments', 'files', 'users']);

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseJsonField(name: string, value: string): unknown {
  // `users` is usually "U1,U2"; only an array form was JSON-stringified.
  if (name === 'users' && !value.startsWith('[')) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value; // left as a string so the method can answer like Slack (e.g. invalid_blocks_format)
  }
}

/** A Web API request's arguments from a form-urlencoded or JSON body. */
export function parseApiArgs(body: Buffer, contentType: string): Record<string, unknown> {
  const raw = body.toString('utf8');
  if (contentType.includes('application/json')) {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  }
  const args: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(raw)) {
    args[name] = JSON_FIELDS.has(name) ? parseJsonField(name, value) : value;
  }
  return args;
}

/** The file bytes of an upload: the first multipart part carrying a filename (or the first part), else the body. */
export function uploadedBytes(body: Buffer, contentType: string): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!contentType.startsWith('multipart/form-data') || !boundary) return body;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: Array<{ headers: string; content: Buffer }> = [];
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    const part = body.subarray(start + delimiter.length, next);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd >= 0) {
      // Each part is "\r\n<headers>\r\n\r\n<content>\r\n".
      parts.push({ headers: part.subarray(0, headerEnd).toString('utf8'), content: part.subarray(headerEnd + 4, -2) });
    }
    start = next;
  }
  const file = parts.find((part) => /filename=/i.test(part.headers)) ?? parts[0];
  return file?.content ?? Buffer.alloc(0);
}

export function sendJson(res: ServerResponse, result: ApiResult): void {
  res.writeHead(result.status, { 'content-type': 'application/json; charset=utf-8', ...result.headers });
  res.end(JSON.stringify(result.body));
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
