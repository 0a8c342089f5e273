import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openSqliteStorage, type SqliteStorage } from '../cloudfunctions/lib/adapters/sqlite';
import { seedDemoData } from '../host/seed';
import { freePort } from '../tests/e2e/support/hostProcess';

const root = path.resolve(__dirname, '..');

export interface BenchHost {
  url: string;
  /**
   * CPU seconds the host process has used (user + system, from /proc on Linux; NaN elsewhere):
   * per request, a figure the other processes on a shared machine disturb far less than rps.
   */
  cpuSeconds(): number;
  /** Stops the host (SIGTERM, so a --cpu-prof profile is written) and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * A fresh data directory with the demo data and whatever `seed` adds (bench residents), written
 * before the host opens it; removed by `remove`.
 */
export async function seededDataDir(seed: (storage: SqliteStorage, now: number) => Promise<void>) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'mq-bench-host-'));
  const storage = openSqliteStorage(path.join(dataDir, 'minqing.sqlite'));
  const now = Date.now();
  await seedDemoData(storage, now);
  await seed(storage, now);
  await storage.close();
  return { dataDir, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/**
 * The host as `npm start` runs it (host/main.ts in its own process, dev mode, quiet) on a free
 * port over `dataDir`: the SQLite production path, on its own event loop, apart from the clients.
 * `nodeArgs` go to node (for example --cpu-prof).
 */
export async function startBenchHost(dataDir: string, nodeArgs: string[] = []): Promise<BenchHost> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path.join(root, 'host', 'main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      HOST_QUIET: '1',
      MINQING_MODE: 'dev',
      MINQING_DEMO_LIFE: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 30_000);
    child.stdout.on('data', () => {
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    });
    void exited.then(() => reject(new Error(`host exited:\n${output}`)));
  });
  return {
    url,
    cpuSeconds: () => processCpuSeconds(child.pid),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Fields 14 and 15 of /proc/<pid>/stat: user and system time in clock ticks (100 a second on Linux). */
function processCpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}
