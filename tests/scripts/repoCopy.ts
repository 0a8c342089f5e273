import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
export const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

const rootFiles = ['package.json', 'tsconfig.json', 'jest.config.js', 'cloudbaserc.json', '.prettierrc.json'];

/**
 * A scratch copy of the parts of the repository a scaffold test needs (node_modules linked), so
 * the scaffold can write into it and the copy's own tsc and jest judge what it wrote.
 */
export function repoCopy(entries: string[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mq-scaffold-'));
  for (const entry of [...entries, ...rootFiles].filter((e) => existsSync(path.join(root, e)))) {
    cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return {
    dir,
    run: (command: string, args: string[]) =>
      spawnSync(command, args, { cwd: dir, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
