import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { accountApiLatency } from './accountApi';
import { caseworkBench } from './casework';
import { coldFirstQueries } from './coldQueries';
import { contentionBench } from './contention';
import { matterLatency } from './matters';
import { functionBundles } from './functions';
import { loadBench } from './load';
import { notificationBench } from './notifications';
import { packageSizes } from './sizes';
import { tapCostBench } from './tapCost';
import { visitBench } from './visit';
import { serviceBench } from './service';
import { statsDashboardBench } from './statsDashboard';

/**
 * `npm run bench`: builds what it measures if missing, then prints one table and writes the same
 * figures to bench/results.json (flat keys, numbers). Each later feature adds its own suite here.
 */
const root = path.resolve(__dirname, '..');

function ensureBuilt(): void {
  const builds: [string, string, string[]][] = [
    ['dist/weapp/app.json', 'taro', ['build', '--type', 'weapp']],
    ['dist/h5/index.html', 'taro', ['build', '--type', 'h5']],
    // The newest function: a dist built before it existed is built again.
    ['dist/cloudfunctions/stats/index.js', 'tsx', ['scripts/build-functions.ts']],
  ];
  for (const [marker, tool, args] of builds) {
    if (existsSync(path.join(root, marker)) && process.env.BENCH_REBUILD !== '1') continue;
    console.log(`building: ${tool} ${args.join(' ')}`);
    const result = spawnSync(path.join(root, 'node_modules', '.bin', tool), args, { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`build failed: ${tool} ${args.join(' ')}`);
  }
}

async function main(): Promise<void> {
  ensureBuilt();
  const results: Record<string, number> = {
    ...(await packageSizes()),
    ...functionBundles(),
    ...(await coldFirstQueries()),
    ...(await accountApiLatency()),
    ...(await matterLatency()),
    ...(await visitBench()),
    ...(await serviceBench()),
    ...(await caseworkBench()),
    ...(await statsDashboardBench()),
    // stats.exportSeconds (a year's ledger of one community) goes here: the ledgers' bench (issue 16).
    ...(await notificationBench()),
    ...(await tapCostBench()),
    ...(await contentionBench()),
    ...(await loadBench()),
  };
  const width = Math.max(...Object.keys(results).map((k) => k.length));
  console.log(`\n${'metric'.padEnd(width)}  value`);
  for (const [key, value] of Object.entries(results)) console.log(`${key.padEnd(width)}  ${value}`);
  writeFileSync(path.join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwritten to bench/results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
