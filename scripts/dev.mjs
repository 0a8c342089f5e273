// `npm run dev`: watch builds of the h5 and weapp apps plus the local host restarted on change.
// Open the printed URL for h5; open the repo in WeChat DevTools for weapp (dist/weapp).
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const children = [
  spawn(bin('taro'), ['build', '--type', 'h5', '--watch'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'development' },
  }),
  spawn(bin('taro'), ['build', '--type', 'weapp', '--watch'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'development' },
  }),
  spawn(bin('tsx'), ['watch', '--include', 'cloudfunctions/**', '--include', 'src/domain/**', 'host/main.ts'], {
    cwd: root,
    stdio: 'inherit',
  }),
];
const stop = (signal) => {
  for (const child of children) child.kill(signal);
  process.exit(0);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
