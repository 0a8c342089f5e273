// `npm start`: builds the h5 app if it is missing or older than its sources, then runs the
// local host (SQLite under DATA_DIR, dev login, demo data) in the foreground.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const builtIndex = path.join(root, 'dist', 'h5', 'index.html');
const stale =
  !existsSync(builtIndex) ||
  statSync(builtIndex).mtimeMs < Math.max(newestMtime(path.join(root, 'src')), newestMtime(path.join(root, 'config')));

/**
 * The build is silent for a minute or more on a small machine: say which phase runs and put a dot
 * every few seconds, so nobody wonders whether it hung. Taro's own progress bars stay hidden unless
 * the build fails (then they hold the reason).
 */
async function buildH5() {
  const started = Date.now();
  process.stdout.write('[1/2] 正在构建 h5 应用（2核机器约1分半钟，机器繁忙时更久；之后只在源码改动时重建）');
  const dots = setInterval(() => process.stdout.write('.'), 3000);
  const child = spawn(bin('taro'), ['build', '--type', 'h5'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const status = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(dots);
  if (status !== 0) {
    console.error(`\n${output}`);
    console.error('h5 构建失败，请查看上面的错误信息');
    process.exit(status ?? 1);
  }
  console.log(` 完成，用时 ${Math.round((Date.now() - started) / 1000)} 秒`);
}

if (stale && process.env.SKIP_H5_BUILD !== '1') await buildH5();
else console.log('[1/2] h5 应用已是最新，跳过构建');
console.log('[2/2] 正在启动本地主机（新的数据目录会先生成演示社区，约需几秒）…');

const host = spawn(bin('tsx'), [path.join(root, 'host', 'main.ts')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));
