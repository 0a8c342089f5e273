// `npm test`: builds what the tests load (cloud functions, weapp, h5), runs every jest project
// (unit, jsdom pages, weapp output in miniprogram-simulate, h5 end to end in Chromium on both
// backends: SQLite, and the built bundles over the local CloudBase endpoint), then
// WeChat's code-quality checks on the weapp build. Ends with one plain "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function run(label, command, args, env = {}) {
  console.log(`\n== ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(
    `== ${label}: ${result.status === 0 ? 'ok' : `failed (${result.status})`} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return result.status === 0;
}

const skipBuild = process.env.SKIP_BUILD === '1';
if (!skipBuild) {
  const built =
    run('build cloud functions', bin('tsx'), ['scripts/build-functions.ts']) &&
    run('build weapp', bin('taro'), ['build', '--type', 'weapp']) &&
    run('build h5', bin('taro'), ['build', '--type', 'h5']);
  if (!built) {
    console.log('\ntests: 0 passed, 1 failed (a build failed)');
    process.exit(1);
  }
}

// Cloud functions run in UTC: the whole suite runs so. The pure date rules run again in
// Shanghai's own zone, to prove that the result never depends on the process zone.
const reportDir = mkdtempSync(path.join(tmpdir(), 'mq-jest-'));
const reports = [path.join(reportDir, 'all.json'), path.join(reportDir, 'domain-shanghai.json')];
const jestOk = run(
  'jest, TZ=UTC (unit, jsdom, weapp, e2e on SQLite and on the deployed bundles)',
  bin('jest'),
  ['--ci', '--json', `--outputFile=${reports[0]}`, ...process.argv.slice(2)],
  { TZ: 'UTC' },
);
const shanghaiOk = run(
  'jest, TZ=Asia/Shanghai (domain rules, timer jobs)',
  bin('jest'),
  [
    '--ci',
    '--json',
    `--outputFile=${reports[1]}`,
    '--selectProjects',
    'unit',
    '--',
    'tests/domain',
    'tests/functions/notifications/timers',
  ],
  { TZ: 'Asia/Shanghai' },
);
const qualityOk = run('WeChat code quality (dist/weapp)', bin('tsx'), ['scripts/weapp-quality.ts']);

const counts = { passed: 0, failed: 0, skipped: 0 };
for (const report of reports) {
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    counts.passed += json.numPassedTests;
    counts.failed += json.numFailedTests;
    counts.skipped += json.numPendingTests + json.numTodoTests;
  } catch {
    counts.failed += 1; // jest did not even write its report
  }
}
if (!qualityOk) counts.failed += 1;
else counts.passed += 1;
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(jestOk && shanghaiOk && qualityOk && counts.failed === 0 ? 0 : 1);
