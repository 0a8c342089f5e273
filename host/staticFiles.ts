import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { CompressedFiles, isCompressible, preferredEncoding } from './compressedFiles';
import { serveShellFile } from './offlineShell';
import { allowInlineScriptsOf } from './securityHeaders';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const compressed = new CompressedFiles();

/**
 * Serves the built h5 app and the host's own shell files (service worker, offline page, icon:
 * offlineShell.ts); unknown paths fall back to index.html (the app routes itself). Text is
 * sent brotli- or gzip-compressed when the browser accepts it, and hashed files are cached for a year.
 */
export function serveStatic(webRoot: string, req: IncomingMessage, res: ServerResponse): void {
  const index = path.join(webRoot, 'index.html');
  if (!existsSync(index)) {
    res.writeHead(503, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      '<h1>h5 应用尚未构建</h1><p>请先运行 <code>npm run build:h5</code>，或直接使用 <code>npm start</code>。</p>',
    );
    return;
  }
  const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
  if (serveShellFile(urlPath, req, res)) return;
  const file = path.normalize(path.join(webRoot, urlPath));
  const insideRoot = file.startsWith(webRoot + path.sep);
  const target = insideRoot && existsSync(file) && statSync(file).isFile() ? file : index;
  const isHashedAsset = target !== index && /\.[0-9a-f]{8,}\./.test(path.basename(target));
  // The page's inline scripts are allowed by hash; read per request, as a rebuild may change them.
  const page = target === index ? readFileSync(index, 'utf8') : null;
  if (page !== null) allowInlineScriptsOf(res, page);
  const extension = path.extname(target);
  const encoding = isCompressible(extension) ? preferredEncoding(req.headers['accept-encoding']) : null;
  res.writeHead(200, {
    'content-type': contentTypes[extension] ?? 'application/octet-stream',
    'cache-control': isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
    ...(isCompressible(extension) ? { vary: 'accept-encoding' } : {}),
    ...(encoding ? { 'content-encoding': encoding } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  if (encoding) {
    const key = page !== null ? `index:${page}` : `${target}:${statSync(target).mtimeMs}`;
    res.end(compressed.get(key, encoding, () => (page !== null ? Buffer.from(page) : readFileSync(target))));
  } else if (page !== null) res.end(page);
  else createReadStream(target).pipe(res);
}
