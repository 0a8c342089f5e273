// `npm test`: builds what the tests load (cloud functions, weapp, h5), runs every jest project
// (unit, jsdom pages, weapp output in miniprogram-simulate, h5 end to end in Chromium on both
// backends: SQLite, and the built bundles over the local CloudBase endpoint), then
// WeChat's code-quality checks on the weapp build. Ends with one plain "N passed, N failed" line.
import { spawn, spawnSync } from 'node:child_process';
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

/** As `run`, without waiting: for the two jest runs that share nothing and go side by side. */
function runAside(label, command, args, env = {}) {
  console.log(`\n== ${label} (started)`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (status) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      console.log(`== ${label}: ${status === 0 ? 'ok' : `failed (${status})`} in ${seconds} s`);
      resolve(status === 0);
    });
  });
}

// Cloud functions run in UTC: the whole suite runs so. The pure date rules run again in
// Shanghai's own zone, to prove that the result never depends on the process zone.
// Without arguments, the browser suites (their own hosts, data folders and Chromium) run in a
// jest of their own beside the rest: on a 2-core machine jest alone takes one worker, and the
// browser suites mostly wait on their host and Chromium. Arguments (a path, a project) run one jest.
const reportDir = mkdtempSync(path.join(tmpdir(), 'mq-jest-'));
const extra = process.argv.slice(2);
const utcReport = (name) => path.join(reportDir, `${name}.json`);
const jestUtc = (label, report, projects = []) =>
  runAside(
    label,
    bin('jest'),
    [
      '--ci',
      '--json',
      `--outputFile=${report}`,
      ...(projects.length > 0 ? ['--selectProjects', ...projects] : []),
      ...extra,
    ],
    { TZ: 'UTC' },
  );
const utcRuns =
  extra.length > 0
    ? [[utcReport('all'), 'jest, TZ=UTC (as asked)', []]]
    : [
        [utcReport('node'), 'jest, TZ=UTC (unit, jsdom, weapp)', ['unit', 'jsdom', 'weapp']],
        [
          utcReport('browser'),
          'jest, TZ=UTC (h5 in Chromium: e2e on SQLite, e2e-cloudbase on the deployed bundles; unit-heavy)',
          ['e2e', 'e2e-cloudbase', 'unit-heavy'],
        ],
      ];
const jestOk = (await Promise.all(utcRuns.map(([report, label, projects]) => jestUtc(label, report, projects)))).every(
  Boolean,
);
const reports = [...utcRuns.map(([report]) => report), path.join(reportDir, 'domain-shanghai.json')];
const shanghaiOk = run(
  'jest, TZ=Asia/Shanghai (domain rules, timer jobs, figures)',
  bin('jest'),
  [
    '--ci',
    '--json',
    `--outputFile=${reports[reports.length - 1]}`,
    '--selectProjects',
    'unit',
    '--',
    'tests/domain',
    'tests/functions/notifications/timers',
    // Figures belong to Shanghai months whatever the server's zone (issue 16): both zones run them.
    'tests/functions/stats',
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
