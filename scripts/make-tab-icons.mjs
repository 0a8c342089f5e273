// Draws the four tab-bar icons (81x81 PNG, as WeChat recommends) from simple shapes, so they
// can be regenerated without an image editor: `node scripts/make-tab-icons.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

const SIZE = 81;
const SCALE = 4; // supersampling for smooth edges
const out = path.resolve(import.meta.dirname, '..', 'src', 'assets', 'tab');

const shapes = {
  // A house: roof triangle and body with a door.
  home: (x, y) =>
    (inTriangle(x, y, [40.5, 10], [8, 38], [73, 38]) || inRect(x, y, 16, 36, 65, 70)) && !inRect(x, y, 34, 50, 47, 70),
  // A speech bubble with three dots (说事).
  matters: (x, y) =>
    (inRoundRect(x, y, 8, 12, 73, 56, 10) || inTriangle(x, y, [20, 54], [34, 54], [18, 70])) &&
    !inCircle(x, y, 26, 34, 4.5) &&
    !inCircle(x, y, 40.5, 34, 4.5) &&
    !inCircle(x, y, 55, 34, 4.5),
  // A calendar page with the 5/15/25 marks (约见).
  visits: (x, y) =>
    (inRoundRect(x, y, 10, 16, 71, 72, 8) && !inRect(x, y, 16, 32, 65, 66)) ||
    inRect(x, y, 22, 8, 28, 22) ||
    inRect(x, y, 53, 8, 59, 22) ||
    inRect(x, y, 22, 40, 32, 50) ||
    inRect(x, y, 36, 40, 46, 50) ||
    inRect(x, y, 50, 40, 60, 50),
  // A person (我的).
  mine: (x, y) => inCircle(x, y, 40.5, 26, 14) || (inCircle(x, y, 40.5, 78, 32) && y < 72),
};

function inRect(x, y, x0, y0, x1, y1) {
  return x >= x0 && x <= x1 && y >= y0 && y <= y1;
}
function inCircle(x, y, cx, cy, r) {
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (!inRect(x, y, x0, y0, x1, y1)) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return inCircle(x, y, cx, cy, r);
}
function inTriangle(x, y, a, b, c) {
  const s = (p, q) => (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1]);
  const d1 = s(a, b),
    d2 = s(b, c),
    d3 = s(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

function render(shape, [r, g, b]) {
  const rows = [];
  for (let py = 0; py < SIZE; py += 1) {
    const row = [0]; // filter byte: none
    for (let px = 0; px < SIZE; px += 1) {
      let hits = 0;
      for (let sy = 0; sy < SCALE; sy += 1)
        for (let sx = 0; sx < SCALE; sx += 1) if (shape(px + (sx + 0.5) / SCALE, py + (sy + 0.5) / SCALE)) hits += 1;
      row.push(r, g, b, Math.round((255 * hits) / (SCALE * SCALE)));
    }
    rows.push(Buffer.from(row));
  }
  return png(Buffer.concat(rows));
}

function png(raw) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

mkdirSync(out, { recursive: true });
for (const [name, shape] of Object.entries(shapes)) {
  writeFileSync(path.join(out, `${name}.png`), render(shape, [0x59, 0x59, 0x59]));
  writeFileSync(path.join(out, `${name}-active.png`), render(shape, [0xc8, 0x10, 0x2e]));
}
console.log(`tab icons written to ${out}`);
