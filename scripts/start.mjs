// `npm start`: builds the h5 app if it is missing or older than its sources, then runs the
// local host (SQLite under DATA_DIR, dev login, demo data) in the foreground.
import { spawn, spawnSync } from 'node:child_process';
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
if (stale && process.env.SKIP_H5_BUILD !== '1') {
  console.log('正在构建 h5 应用（首次约半分钟）…');
  const result = spawnSync(bin('taro'), ['build', '--type', 'h5'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    // The build's progress bars are noise on success; on failure they hold the reason.
    console.error(result.stdout, result.stderr);
    console.error('h5 构建失败，请查看上面的错误信息');
    process.exit(result.status ?? 1);
  }
}

const host = spawn(bin('tsx'), [path.join(root, 'host', 'main.ts')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));
