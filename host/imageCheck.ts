import { crc32, inflateSync } from 'node:zlib';

/**
 * A strict structural check of an uploaded photo: the format from its bytes, the dimensions from
 * its header, and every byte accounted for, so a PNG signature followed by HTML, a file cut short
 * or one with bytes after its end marker is refused. Written here rather than taken from a decoder
 * package: pngjs and jpeg-js ignore bytes after the end marker, no pure-JS WebP decoder is
 * maintained, and a full decode of a 2 MB photo costs far more time and memory than the host should
 * spend on an unchecked upload. For PNG the pixel data is also inflated (bounded) and its length
 * checked against the header.
 */
export type ImageFormat = 'jpeg' | 'png' | 'webp';

export interface CheckedImage {
  format: ImageFormat;
  width: number;
  height: number;
}

/** A phone photo is far below this; a larger header is a decompression bomb or a broken file. */
export const MAX_SIDE_PX = 10_000;
const MAX_PNG_PIXEL_BYTES = 64 * 1024 * 1024;

/** The image in `bytes` if it is a whole, well-formed JPEG, PNG or WebP; otherwise null. */
export function checkImage(bytes: Buffer): CheckedImage | null {
  try {
    const image = checkPng(bytes) ?? checkJpeg(bytes) ?? checkWebp(bytes);
    if (!image) return null;
    const { width, height } = image;
    return width > 0 && height > 0 && width <= MAX_SIDE_PX && height <= MAX_SIDE_PX ? image : null;
  } catch {
    return null; // a read past the end (RangeError) or a broken zlib stream
  }
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Channels per pixel of each PNG colour type. */
const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Chunk by chunk with CRCs from the signature to IEND, which must be the last byte. */
function checkPng(bytes: Buffer): CheckedImage | null {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  let offset = 8;
  let header: { width: number; height: number; bitsPerPixel: number; interlaced: boolean } | null = null;
  const pixelData: Buffer[] = [];
  for (;;) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > bytes.length) return null;
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== bytes.readUInt32BE(offset + 8 + length)) return null;
    if (!header && type !== 'IHDR') return null;
    if (type === 'IHDR') {
      if (header || length !== 13 || !(data[9] in PNG_CHANNELS)) return null;
      const interlaced = data[12] === 1;
      header = {
        width: data.readUInt32BE(0),
        height: data.readUInt32BE(4),
        bitsPerPixel: PNG_CHANNELS[data[9]] * data[8],
        interlaced,
      };
    } else if (type === 'IDAT') pixelData.push(data);
    offset = end;
    if (type === 'IEND') break;
  }
  if (!header || offset !== bytes.length || pixelData.length === 0) return null;
  const { width, height } = header;
  if (width === 0 || height === 0 || width > MAX_SIDE_PX || height > MAX_SIDE_PX) return null;
  const expected = pngPixelBytes(header);
  if (expected > MAX_PNG_PIXEL_BYTES) return null;
  const inflated = inflateSync(Buffer.concat(pixelData), { maxOutputLength: expected + 1 });
  return inflated.length === expected ? { format: 'png', width, height } : null;
}

/** Adam7 passes: x start, y start, x step, y step. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

/** The inflated size of the pixel data: each row is a filter byte and its packed pixels. */
function pngPixelBytes(h: { width: number; height: number; bitsPerPixel: number; interlaced: boolean }): number {
  const rows = (width: number, height: number) =>
    width === 0 || height === 0 ? 0 : height * (1 + Math.ceil((width * h.bitsPerPixel) / 8));
  if (!h.interlaced) return rows(h.width, h.height);
  return ADAM7.reduce(
    (sum, [x, y, dx, dy]) => sum + rows(Math.ceil((h.width - x) / dx), Math.ceil((h.height - y) / dy)),
    0,
  );
}

/** Start-of-frame markers that carry the dimensions (baseline, progressive, lossless...). */
const JPEG_SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
const isRestartOrStuffing = (marker: number) => marker === 0x00 || (marker >= 0xd0 && marker <= 0xd7);

/** Marker by marker from SOI to EOI, which must be the last two bytes; the size from the frame. */
function checkJpeg(bytes: Buffer): CheckedImage | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let offset = 2;
  let size: { width: number; height: number } | null = null;
  while (offset < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    while (bytes[offset] === 0xff) offset += 1; // fill bytes
    const marker = bytes[offset];
    offset += 1;
    if (marker === 0xd9) return size && offset === bytes.length ? { format: 'jpeg', ...size } : null;
    if (marker === undefined || marker === 0xd8 || isRestartOrStuffing(marker)) return null;
    const length = bytes.readUInt16BE(offset);
    if (length < 2 || offset + length > bytes.length) return null;
    if (JPEG_SOF.has(marker)) {
      if (length < 8) return null;
      size = { height: bytes.readUInt16BE(offset + 3), width: bytes.readUInt16BE(offset + 5) };
    }
    offset += length;
    if (marker === 0xda) {
      if (!size) return null;
      offset = skipEntropyCoded(bytes, offset);
    }
  }
  return null; // ran out before EOI: cut short
}

/** After SOS: the compressed data runs to the next marker that is not stuffing or a restart. */
function skipEntropyCoded(bytes: Buffer, from: number): number {
  let offset = from;
  while (offset + 1 < bytes.length) {
    if (bytes[offset] === 0xff && !isRestartOrStuffing(bytes[offset + 1]) && bytes[offset + 1] !== 0xff) return offset;
    offset += 1;
  }
  return bytes.length;
}

/** RIFF size equal to the file, chunks to the last byte, one still image (VP8, VP8L or VP8X). */
function checkWebp(bytes: Buffer): CheckedImage | null {
  if (bytes.toString('latin1', 0, 4) !== 'RIFF' || bytes.toString('latin1', 8, 12) !== 'WEBP') return null;
  if (bytes.readUInt32LE(4) + 8 !== bytes.length) return null;
  const chunks: { type: string; data: Buffer }[] = [];
  let offset = 12;
  while (offset < bytes.length) {
    const type = bytes.toString('latin1', offset, offset + 4);
    const length = bytes.readUInt32LE(offset + 4);
    const end = offset + 8 + length + (length % 2);
    if (end > bytes.length) return null;
    chunks.push({ type, data: bytes.subarray(offset + 8, offset + 8 + length) });
    offset = end;
  }
  const [first] = chunks;
  const frames = chunks.filter((c) => c.type === 'VP8 ' || c.type === 'VP8L');
  if (!first || frames.length !== 1 || chunks.some((c) => c.type === 'ANIM' || c.type === 'ANMF')) return null;
  const frame = frameSize(frames[0]);
  if (!frame) return null;
  if (first.type !== 'VP8X') return first === frames[0] ? { format: 'webp', ...frame } : null;
  const canvas = { width: first.data.readUIntLE(4, 3) + 1, height: first.data.readUIntLE(7, 3) + 1 };
  return canvas.width === frame.width && canvas.height === frame.height ? { format: 'webp', ...canvas } : null;
}

function frameSize({ type, data }: { type: string; data: Buffer }): { width: number; height: number } | null {
  if (type === 'VP8 ') {
    const keyFrame = (data[0] & 1) === 0;
    if (!keyFrame || data[3] !== 0x9d || data[4] !== 0x01 || data[5] !== 0x2a) return null;
    return { width: data.readUInt16LE(6) & 0x3fff, height: data.readUInt16LE(8) & 0x3fff };
  }
  if (data[0] !== 0x2f) return null;
  const bits = data.readUInt32LE(1);
  return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
}
