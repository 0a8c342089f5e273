import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorEnvelope } from '../src/domain/envelope';
import { errorCatalog, type ErrorCode } from '../src/domain/errors';

/** The same limit CloudBase puts on a callFunction payload. */
export const MAX_BODY_BYTES = 100 * 1024;

export class BodyError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyError('PAYLOAD_TOO_LARGE');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError('BAD_REQUEST');
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, code: ErrorCode, message?: string): void {
  const entry = errorCatalog[code];
  sendJson(res, entry.status, errorEnvelope(code, message ?? entry.message));
}
