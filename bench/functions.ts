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
 * What CloudBase's Node runtime has in the environment of every function (the values are
 * placeholders): without TENCENTCLOUD_RUNENV=SCF the SDK takes itself to be outside the cloud and,
 * at `init`, loads axios and asks Tencent's metadata service where it runs, which a deployed
 * function never does (docs/adr/0006-cold-start-of-function-bundles.md, round 2).
 */
const functionEnvironment = {
  TENCENTCLOUD_RUNENV: 'SCF',
  TCB_ENV: 'bench-env',
  SCF_NAMESPACE: 'bench-env',
  TENCENTCLOUD_REGION: 'ap-shanghai',
};

/**
 * Bundle size and the time a fresh Node process takes to `require` it (median of 7 cold starts):
 * wall time, which the budget is about, and the CPU time of the same `require`, which moves less
 * when other work shares the machine (a wall time over budget with an unchanged CPU time is the
 * machine, not the bundle). `coldFirstCallMs` (wall) and `coldFirstCallCpuMs` add the first call,
 * a malformed event answered BAD_REQUEST before any database request: what every cold start pays
 * before its own work, the SDK's `init` included (docs/adr/0006-cold-start-of-function-bundles.md).
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
    results[`functions.${fn}.coldFirstCallMs`] = round(median(samples.map(({ firstCallMs }) => firstCallMs)), 1);
    results[`functions.${fn}.coldFirstCallCpuMs`] = round(
      median(samples.map(({ firstCallCpuMs }) => firstCallCpuMs)),
      1,
    );
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

function coldRequire(bundle: string): { wallMs: number; cpuMs: number; firstCallMs: number; firstCallCpuMs: number } {
  const script = [
    `const cpu=(u)=>(u.user+u.system)/1000;`,
    `const c=process.cpuUsage();const t=process.hrtime.bigint();const m=require(${JSON.stringify(bundle)});`,
    `const w=Number(process.hrtime.bigint()-t)/1e6;const u=cpu(process.cpuUsage(c));if(typeof m.main!=='function')process.exit(2);`,
    `m.main({},{}).then((answer)=>{if(answer.code!=='BAD_REQUEST')process.exit(3);`,
    `console.log('COLD '+w+' '+u+' '+Number(process.hrtime.bigint()-t)/1e6+' '+cpu(process.cpuUsage(c)))})`,
  ].join('');
  const result = spawnSync(process.execPath, ['-e', script], {
    encoding: 'utf8',
    env: { ...process.env, ...functionEnvironment },
  });
  const line = result.stdout.split('\n').find((text) => text.startsWith('COLD '));
  if (result.status !== 0 || !line) throw new Error(`cannot load ${bundle}: ${result.stderr}`);
  const [wallMs, cpuMs, firstCallMs, firstCallCpuMs] = line.slice('COLD '.length).split(' ').map(Number);
  return { wallMs, cpuMs, firstCallMs, firstCallCpuMs };
}
