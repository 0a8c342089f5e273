import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { functionNames } from '@domain/contract';
import { median, round } from './stats';

const root = path.resolve(__dirname, '..');
const COLD_STARTS = 7;

/** Issue 11's budgets for each deployed function (docs/adr/0003-function-bundle-cuts.md). */
export const functionBudget = { bytes: 1_200_000, coldRequireMs: 120 };

/**
 * Bundle size and the time a fresh Node process takes to `require` it (median of 7 cold starts):
 * wall time, which the budget is about, and the CPU time of the same `require`, which moves less
 * when other work shares the machine (a wall time over budget with an unchanged CPU time is the
 * machine, not the bundle).
 */
export function functionBundles(): Record<string, number> {
  const results: Record<string, number> = {};
  for (const fn of functionNames) {
    const bundle = path.join(root, 'dist', 'cloudfunctions', fn, 'index.js');
    const bytes = shippedBytes(path.dirname(bundle));
    const samples = Array.from({ length: COLD_STARTS }, () => coldRequire(bundle));
    const wallMs = round(median(samples.map(({ wallMs }) => wallMs)), 1);
    results[`functions.${fn}.bytes`] = bytes;
    results[`functions.${fn}.coldRequireMs`] = wallMs;
    results[`functions.${fn}.coldRequireCpuMs`] = round(median(samples.map(({ cpuMs }) => cpuMs)), 1);
    results[`functions.${fn}.withinBudget`] =
      bytes <= functionBudget.bytes && wallMs <= functionBudget.coldRequireMs ? 1 : 0;
  }
  return results;
}

/** All the JS a function ships: its bundle and the modules deferred beside it (scripts/deferredModules.ts). */
function shippedBytes(folder: string): number {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .reduce((sum, file) => sum + statSync(path.join(folder, file)).size, 0);
}

function coldRequire(bundle: string): { wallMs: number; cpuMs: number } {
  const script = `const c=process.cpuUsage();const t=process.hrtime.bigint();const m=require(${JSON.stringify(bundle)});const w=Number(process.hrtime.bigint()-t)/1e6;const u=process.cpuUsage(c);if(typeof m.main!=='function')process.exit(2);console.log(w+' '+(u.user+u.system)/1000)`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cannot load ${bundle}: ${result.stderr}`);
  const [wallMs, cpuMs] = result.stdout.trim().split(' ').map(Number);
  return { wallMs, cpuMs };
}
