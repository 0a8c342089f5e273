import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { LOCAL_FILE_PREFIX } from '../cloudfunctions/lib/adapters/wechat/localFileUrls';
import { BodyError, readBody, refuse, sendError, sendJson } from './httpIo';
import { checkImage, type ImageFormat } from './imageCheck';
import type { SqliteUploadLedger } from './uploadLedger';

/** Photos are compressed on the phone first; 2 MB leaves room for a large original. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

const accepted: Record<string, { format: ImageFormat; extension: string }> = {
  'image/jpeg': { format: 'jpeg', extension: 'jpg' },
  'image/png': { format: 'png', extension: 'png' },
  'image/webp': { format: 'webp', extension: 'webp' },
};

export function uploadsDir(dataDir: string): string {
  return path.join(dataDir, 'uploads');
}

export interface Uploader {
  userId: string;
  at: number;
}

/** A photo that passed the checks, ready to be stored under a name of ours. */
export interface CheckedPhoto {
  bytes: Buffer;
  contentType: string;
  extension: string;
  image: NonNullable<ReturnType<typeof checkImage>>;
}

/** Stores a checked photo for `uploader`: its file id and the address the app shows it at. */
export type PhotoStore = (photo: CheckedPhoto, uploader: Uploader) => { fileId: string; url: string };

/**
 * `POST /api/upload` (signed-in users only): the local stand-in for CloudBase cloud storage.
 * Body: the image bytes with its Content-Type. The image is checked whole (format, size, nothing
 * after its end) and stored by `store`. Answer: `{ fileId, url }` in the usual envelope.
 */
export async function receiveUpload(
  req: IncomingMessage,
  res: ServerResponse,
  store: PhotoStore,
  uploader: Uploader,
): Promise<void> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (!accepted[type]) return refuse(req, res, 'BAD_INPUT', '只能上传 JPG、PNG 或 WebP 图片');
  let body: Buffer;
  try {
    body = await readBody(req, MAX_UPLOAD_BYTES);
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    return sendError(res, error.code, error.code === 'PAYLOAD_TOO_LARGE' ? '图片不能超过2MB' : undefined);
  }
  const photo = checkedPhoto(body, type);
  if (!photo) return sendError(res, 'BAD_INPUT', '图片文件已损坏或格式不符');
  sendJson(res, 200, { ok: true, data: store(photo, uploader) });
}

/** The photo if `bytes` is a whole image of `contentType` (JPG, PNG or WebP); else null. */
export function checkedPhoto(bytes: Buffer, contentType: string): CheckedPhoto | null {
  const kind = accepted[contentType];
  const image = kind ? checkImage(bytes) : null;
  if (!kind || !image || image.format !== kind.format) return null;
  return { bytes, contentType, extension: kind.extension, image };
}

/** A fresh name of ours for a photo: time and randomness, so names never collide or leak. */
export function photoName(extension: string): string {
  return `${Date.now().toString(36)}${randomBytes(8).toString('hex')}.${extension}`;
}

/**
 * The SQLite backend's store: the file in `<dataDir>/uploads`, its uploader in the ledger
 * (host_uploads), served at `/files/<name>`.
 */
export function localPhotoStore(dataDir: string, ledger: SqliteUploadLedger): PhotoStore {
  return (photo, uploader) => {
    const name = photoName(photo.extension);
    const fileId = `${LOCAL_FILE_PREFIX}${name}`;
    mkdirSync(uploadsDir(dataDir), { recursive: true });
    writeFileSync(path.join(uploadsDir(dataDir), name), photo.bytes);
    ledger.record({
      fileId,
      uploaderId: uploader.userId,
      contentType: photo.contentType,
      image: photo.image,
      bytes: photo.bytes.length,
      uploadedAt: uploader.at,
    });
    return { fileId, url: `/files/${name}` };
  };
}

/**
 * `GET /files/<name>` (signed-in users only): serves an uploaded photo. Names are ours, so no path
 * can escape. Private cache: a photo may be withdrawn by review and must not stay in a shared cache.
 */
export function serveUpload(res: ServerResponse, dataDir: string, name: string): void {
  const match = name.match(/^[a-z0-9]{8,64}\.(jpg|png|webp)$/);
  const file = match ? path.join(uploadsDir(dataDir), name) : '';
  if (!match || !existsSync(file)) return sendError(res, 'NOT_FOUND', '图片不存在');
  const type = Object.entries(accepted).find(([, kind]) => kind.extension === match[1])![0];
  res.writeHead(200, { 'content-type': type, 'cache-control': 'private, max-age=86400' });
  createReadStream(file).pipe(res);
}
