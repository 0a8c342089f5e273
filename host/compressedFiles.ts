import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** Text formats worth compressing; images and fonts are compressed already. */
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg']);

export function isCompressible(extension: string): boolean {
  return compressible.has(extension);
}

/** Brotli when the browser takes it (about a fifth smaller than gzip on our JS), else gzip, else none. */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | null {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => q === undefined || !/^q=0(\.0*)?$/.test(q.trim()))
      .map(([name]) => name.toLowerCase()),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

/**
 * Compressed copies of the built files, made once per file content (keyed by path and mtime, so a
 * rebuild is picked up) at the highest levels: the work is done once, the phone gets the smallest.
 */
export class CompressedFiles {
  private readonly cache = new Map<string, Buffer>();

  get(key: string, encoding: Encoding, read: () => Buffer): Buffer {
    const cacheKey = `${encoding}:${key}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    const body = read();
    const compressed =
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 });
    this.cache.set(cacheKey, compressed);
    return compressed;
  }
}
