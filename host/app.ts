import type { SqliteStorage } from '../cloudfunctions/lib/adapters/sqlite';
import { systemClock } from '../cloudfunctions/lib/adapters/system/clock';
import type { Clock } from '../cloudfunctions/lib/ports/clock';
import type { Logger } from '../cloudfunctions/lib/ports/logger';
import type { HostConfig } from './config';
import { devClock } from './devClock';
import {
  startCloudbaseLocalBackend,
  type CloudbaseLocalBackend,
  type CloudbaseLocalOptions,
} from './cloudbaseLocalBackend';
import { serveHost, type ServedHost } from './server';
import { startSqliteBackend } from './sqliteBackend';

export interface RunningHost extends ServedHost {
  storage: SqliteStorage;
}

export interface HostOptions {
  clock?: Clock;
  logger: Logger;
}

/** Starts the local host on its default backend: SQLite, the functions' code in this process, the h5 app. */
export async function startHost(config: HostConfig, options: HostOptions): Promise<RunningHost> {
  const { clock, setClock } = hostClock(config, options);
  forgetProcessIdentity();
  const backend = await startSqliteBackend(config, clock, options.logger);
  const served = await serveHost(config, backend, clock, options.logger, setClock);
  return { ...served, storage: backend.storage };
}

export interface RunningCloudbaseLocalHost extends ServedHost {
  backend: CloudbaseLocalBackend;
}

/**
 * Starts the local host on the deployed bundles (MINQING_BACKEND=cloudbase-local): the same h5
 * app and routes, each call answered by dist/cloudfunctions/<fn> over the local CloudBase endpoint.
 */
export async function startCloudbaseLocalHost(
  config: HostConfig,
  options: HostOptions,
  local: CloudbaseLocalOptions = {},
): Promise<RunningCloudbaseLocalHost> {
  let backend: CloudbaseLocalBackend | null = null;
  const { clock, setClock } = hostClock(config, options, async (at) => backend?.clockSet?.(at));
  forgetProcessIdentity();
  backend = await startCloudbaseLocalBackend(config, clock, options.logger, local);
  const served = await serveHost(config, backend, clock, options.logger, setClock);
  return { ...served, backend };
}

/**
 * Dev mode may set its clock forward (POST /api/dev/clock); production runs on the real time.
 * `onSet` tells a backend whose functions keep their own clock.
 */
export function hostClock(config: HostConfig, options: HostOptions, onSet?: (at: number | null) => Promise<void>) {
  const settable = !options.clock && config.devMode ? devClock(systemClock) : null;
  const clock = options.clock ?? settable ?? systemClock;
  const setClock = settable
    ? async (at: number | null) => {
        settable.set(at);
        await onSet?.(at);
      }
    : undefined;
  return { clock, setClock };
}

/**
 * CloudBase's context reader falls back to process variables for WX_OPENID; on the host that
 * would let the environment speak for a caller without a session.
 */
export function forgetProcessIdentity(): void {
  for (const key of ['WX_OPENID', 'WX_APPID', 'WX_UNIONID', 'WX_CONTEXT_KEYS']) delete process.env[key];
}
