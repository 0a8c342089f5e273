import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const here = path.join(__dirname, 'offline');
const repoRoot = path.resolve(__dirname, '..');

/**
 * A .ico file holding one PNG (every current browser reads PNG inside ICO): the 首页 tab's red
 * icon stands for the app in the browser tab.
 */
function icoOf(png: Buffer): Buffer {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(png.readUInt32BE(16) >= 256 ? 0 : png.readUInt32BE(16), 6); // width (0 = 256)
  header.writeUInt8(png.readUInt32BE(20) >= 256 ? 0 : png.readUInt32BE(20), 7); // height
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14); // image size
  header.writeUInt32LE(22, 18); // image offset
  return Buffer.concat([header, png]);
}

interface ShellFile {
  contentType: string;
  body: Buffer;
}

/**
 * Files of the h5 app's frame that the host itself provides, beside the built app: the service
 * worker (its scope is the whole site, so it is served from the root), the offline page it keeps,
 * and the browser tab's icon (else /favicon.ico would fall back to index.html). Each is sent
 * no-cache: a browser checks for a newer one on every load.
 */
const shellFiles: Record<string, ShellFile> = {
  '/sw.js': {
    contentType: 'text/javascript; charset=utf-8',
    body: readFileSync(path.join(here, 'sw.js')),
  },
  '/offline.html': {
    contentType: 'text/html; charset=utf-8',
    body: readFileSync(path.join(here, 'offline.html')),
  },
  '/favicon.ico': {
    contentType: 'image/x-icon',
    body: icoOf(readFileSync(path.join(repoRoot, 'src', 'assets', 'tab', 'home-active.png'))),
  },
};

/** Answers a GET or HEAD of one of the shell files; false for anything else. */
export function serveShellFile(urlPath: string, req: IncomingMessage, res: ServerResponse): boolean {
  const file = shellFiles[urlPath];
  if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  res.writeHead(200, {
    'content-type': file.contentType,
    'content-length': file.body.length,
    'cache-control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : file.body);
  return true;
}
