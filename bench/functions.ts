import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { functionNames } from '@domain/contract';
import { median, round } from './stats';

const root = path.resolve(__dirname, '..');
const COLD_STARTS = 7;

/** Bundle size and the time a fresh Node process takes to `require` it (median of 7 cold starts). */
export function functionBundles(): Record<string, number> {
  const results: Record<string, number> = {};
  for (const fn of functionNames) {
    const bundle = path.join(root, 'dist', 'cloudfunctions', fn, 'index.js');
    results[`functions.${fn}.bytes`] = statSync(bundle).size;
    const samples = Array.from({ length: COLD_STARTS }, () => coldRequireMs(bundle));
    results[`functions.${fn}.coldRequireMs`] = round(median(samples), 1);
  }
  return results;
}

function coldRequireMs(bundle: string): number {
  const script = `const t=process.hrtime.bigint();const m=require(${JSON.stringify(bundle)});if(typeof m.main!=='function')process.exit(2);console.log(Number(process.hrtime.bigint()-t)/1e6)`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cannot load ${bundle}: ${result.stderr}`);
  return Number(result.stdout.trim());
}
