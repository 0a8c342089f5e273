import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureWeapp } from '../scripts/weapp-quality';
import { measureH5FirstLoad } from './h5FirstLoad';

const root = path.resolve(__dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * Bytes at most (tests/weapp/packageBudget.test.ts, tests/e2e/firstLoad.test.ts): issue 11's,
 * moved for issue 13's role homes and elder tab bar, and the h5 one by 500 bytes for issue 15's
 * case pages in the h5 router (docs/adr/0010).
 */
export const packageBudgets = {
  'weapp.mainPackageBytes': 610_000,
  'h5.firstLoadJsGzipBytes': 206_500,
} as const;

/**
 * What the phone downloads: the weapp packages, the h5 JavaScript (gzip, as served compressed)
 * and of it what the home page loads before it shows (measured in Chromium, bench/h5FirstLoad.ts).
 */
export async function packageSizes(): Promise<Record<string, number>> {
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
    ...(await h5FirstLoad()),
  };
}

async function h5FirstLoad(): Promise<Record<string, number>> {
  const { files, gzipBytes } = await measureH5FirstLoad();
  return { 'h5.firstLoadJsGzipBytes': gzipBytes, 'h5.firstLoadJsFiles': files.length };
}
