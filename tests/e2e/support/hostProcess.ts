import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');

export interface HostProcess {
  url: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The backend the suites run on: the jest project's (`e2e-cloudbase` sets cloudbase-local), else
 * MINQING_BACKEND, else the default SQLite.
 */
export function e2eBackend(): string {
  const fromProject = (globalThis as { e2eBackend?: string }).e2eBackend;
  return fromProject ?? process.env.MINQING_BACKEND ?? 'sqlite';
}

/**
 * Starts the local host as `npm start` does (a separate process, dev mode, fresh DATA_DIR)
 * and resolves once it prints its URL. Users and places only, as the tests expect, unless
 * `demoLife` asks for npm start's living demo (host/demo).
 */
export async function startHostProcess(options: { demoLife?: boolean } = {}): Promise<HostProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mq-e2e-'));
  const child: ChildProcess = spawn(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    [path.join(root, 'host', 'main.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: dataDir,
        HOST_QUIET: '1',
        MINQING_DEMO_LIFE: options.demoLife ? 'on' : 'off',
        MINQING_BACKEND: e2eBackend(),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 30_000);
    child.stdout?.on('data', () => {
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    child.once('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)));
  });
  return {
    url,
    dataDir,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          rmSync(dataDir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
