import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { LOCAL_FILE_PREFIX } from '../cloudfunctions/lib/adapters/wechat/localFileUrls';
import { sendError, sendJson } from './httpIo';

/** Photos are compressed on the phone first; 2 MB leaves room for a large original. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

const extensions: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** The first bytes of each accepted format: the declared type must match the content. */
const signatures: Record<string, number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/webp': [0x52, 0x49, 0x46, 0x46],
};

export function uploadsDir(dataDir: string): string {
  return path.join(dataDir, 'uploads');
}

/**
 * `POST /api/upload` (signed-in users only): the local stand-in for CloudBase cloud storage.
 * Body: the image bytes with its Content-Type. Answer: `{ fileId, url }` in the usual envelope.
 */
export async function receiveUpload(req: IncomingMessage, res: ServerResponse, dataDir: string): Promise<void> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim();
  const extension = extensions[type];
  if (!extension) return sendError(res, 'BAD_INPUT', '只能上传 JPG、PNG 或 WebP 图片');
  const body = await readLimited(req);
  if (!body) return sendError(res, 'PAYLOAD_TOO_LARGE', '图片不能超过2MB');
  if (!signatures[type].every((byte, i) => body[i] === byte))
    return sendError(res, 'BAD_INPUT', '图片文件已损坏或格式不符');
  const name = `${Date.now().toString(36)}${randomBytes(8).toString('hex')}.${extension}`;
  mkdirSync(uploadsDir(dataDir), { recursive: true });
  writeFileSync(path.join(uploadsDir(dataDir), name), body);
  sendJson(res, 200, { ok: true, data: { fileId: `${LOCAL_FILE_PREFIX}${name}`, url: `/files/${name}` } });
}

async function readLimited(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_UPLOAD_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** `GET /files/<name>`: serves an uploaded photo. Names are ours, so no path can escape. */
export function serveUpload(res: ServerResponse, dataDir: string, name: string): void {
  const match = name.match(/^[a-z0-9]{8,64}\.(jpg|png|webp)$/);
  const file = match ? path.join(uploadsDir(dataDir), name) : '';
  if (!match || !existsSync(file)) return sendError(res, 'NOT_FOUND', '图片不存在');
  const type = Object.entries(extensions).find(([, ext]) => ext === match[1])![0];
  res.writeHead(200, { 'content-type': type, 'cache-control': 'public, max-age=31536000, immutable' });
  createReadStream(file).pipe(res);
}
