import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorEnvelope } from '@domain/envelope';
import { errorCatalog, type ErrorCode } from '@domain/errors';

/** The same limit CloudBase puts on a callFunction payload. */
export const MAX_BODY_BYTES = 100 * 1024;

/**
 * After a body goes over its limit the host still reads (and drops) up to this much more, so the
 * client gets its 413 and the connection ends with a FIN. Closing a socket with unread bytes sends
 * an RST instead, which can wipe the 413 from the client's buffer before it is read.
 */
const DRAIN_BYTES = 8 * 1024 * 1024;
/** A client that trickles its oversized body gets the 413 after this long. */
const DRAIN_MS = 2000;

export class BodyError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

/**
 * The request body, at most `limit` bytes; over that it rejects with PAYLOAD_TOO_LARGE once the
 * rest of the body has been read and dropped (see DRAIN_BYTES). Never leaves the socket half-read.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit + DRAIN_BYTES) return reject(new BodyError('PAYLOAD_TOO_LARGE'));
    const chunks: Buffer[] = [];
    let size = 0;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else if (size > limit || declared > limit) reject(new BodyError('PAYLOAD_TOO_LARGE'));
      else resolve(Buffer.concat(chunks));
    };
    const overLimit = () => {
      timer ??= setTimeout(() => finish(), DRAIN_MS);
    };
    if (declared > limit) overLimit();
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit && declared <= limit) chunks.push(chunk);
      else if (size > limit + DRAIN_BYTES) finish();
      else overLimit();
    });
    req.once('end', () => finish());
    req.once('error', (error) => finish(error));
    // The client went away before the end: a cut-off body is not a body.
    req.once('close', () => finish(size > limit || declared > limit ? undefined : new BodyError('BAD_REQUEST')));
  });
}

/**
 * Reads and drops a body the host will not use. True when the whole body was read, so the
 * connection can carry the next request; false when the client sent too much or too slowly.
 */
export function discardBody(req: IncomingMessage): Promise<boolean> {
  if (req.readableEnded) return Promise.resolve(true);
  if (Number(req.headers['content-length'] ?? 0) > DRAIN_BYTES) return Promise.resolve(false);
  return new Promise((resolve) => {
    let size = 0;
    const done = (complete: boolean) => {
      clearTimeout(timer);
      req.removeListener('data', onData);
      resolve(complete);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > DRAIN_BYTES) done(false);
    };
    const timer = setTimeout(() => done(false), DRAIN_MS);
    req.on('data', onData);
    req.once('end', () => done(true));
    req.once('close', () => done(req.readableEnded));
  });
}

/** Answers an error without using the body: the body is read first, so the answer arrives whole. */
export async function refuse(req: IncomingMessage, res: ServerResponse, code: ErrorCode, message?: string) {
  if (!(await discardBody(req))) res.setHeader('connection', 'close');
  sendError(res, code, message);
}

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const text = (await readBody(req, MAX_BODY_BYTES)).toString('utf8');
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
  // After a refused body the connection is not reused: the client may still be sending it.
  const headers: Record<string, string> = code === 'PAYLOAD_TOO_LARGE' ? { connection: 'close' } : {};
  sendJson(res, entry.status, errorEnvelope(code, message ?? entry.message), headers);
}
