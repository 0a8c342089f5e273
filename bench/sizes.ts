import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureWeapp } from '../scripts/weapp-quality';

const root = path.resolve(__dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** What the phone downloads: the weapp packages, the h5 JavaScript (gzip, as served compressed). */
export function packageSizes(): Record<string, number> {
  const weapp = measureWeapp(path.join(root, 'dist', 'weapp'));
  const h5Js = filesUnder(path.join(root, 'dist', 'h5')).filter((f) => f.endsWith('.js'));
  const h5Css = filesUnder(path.join(root, 'dist', 'h5')).filter((f) => f.endsWith('.css'));
  const gzip = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  const raw = (files: string[]) => files.reduce((sum, f) => sum + statSync(f).size, 0);
  return {
    'weapp.mainPackageBytes': weapp.mainPackageBytes,
    'weapp.totalBytes': weapp.totalBytes,
    ...Object.fromEntries(
      Object.entries(weapp.subpackages).map(([name, bytes]) => [`weapp.subpackage.${name}.bytes`, bytes]),
    ),
    'h5.jsBytes': raw(h5Js),
    'h5.jsGzipBytes': gzip(h5Js),
    'h5.cssGzipBytes': gzip(h5Css),
  };
}
