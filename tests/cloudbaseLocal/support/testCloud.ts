import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { functionNames, type FunctionName } from '@domain/contract';
import { createCloudbaseStorage, ensureCloudbaseCollections } from '../../../cloudfunctions/lib/adapters/cloudbase';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { demoOpenid } from '../../../host/seed';
import { buildFunction } from '../../../scripts/build-functions';
import { startLocalCloud, type LocalCloud, type LocalCloudOptions } from '../../../tools/cloudbase-local/localCloud';
import {
  freshMemoryDb,
  inspectMemoryDb,
  type MemoryCloudbaseServer,
} from '../../../tools/cloudbase-local/memory/cloudbaseMemory';
import { contextFor, requestId } from '../../support/testDeps';
import { seededBackend, type Answer, type SeededBackend } from '../../support/seededBackend';

/** Builds the deployed bundles into a temporary folder, as `npm run build:functions` does. */
export async function buildBundles(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mq-bundles-'));
  for (const fn of functionNames) await buildFunction(fn, dir);
  return dir;
}

/** The built bundles on the local endpoint, printing only their errors, with a clock the test sets. */
export function startTestCloud(bundlesDir: string, options: Partial<LocalCloudOptions> = {}): Promise<LocalCloud> {
  return startLocalCloud({
    bundlesDir,
    functions: functionNames,
    platformContext: () => contextFor(null),
    settableClock: true,
    functionOutput: 'errors',
    ...options,
  });
}

/** A fresh database with the demo data, the endpoint answering from it from now on. */
export async function freshDatabase(
  cloud: LocalCloud,
): Promise<{ storage: Storage; backend: SeededBackend; server: MemoryCloudbaseServer }> {
  const db = freshMemoryDb();
  await ensureCloudbaseCollections(db);
  const storage = createCloudbaseStorage(db);
  // Seeded in this process through the production adapter (not the subject of these tests).
  const backend = await seededBackend({ storage });
  const server = inspectMemoryDb(db);
  cloud.endpoint.useDatabase(server);
  return { storage, backend, server };
}

/**
 * A call through a built bundle, as WeChat's callFunction makes it from a demo user's phone, at
 * the time `now` reads (the bundles' clock is set to it first).
 */
export async function callBundle(
  cloud: LocalCloud,
  now: number,
  fn: FunctionName,
  userId: string,
  action: string,
  data: unknown,
  id: string = requestId(),
): Promise<Answer> {
  await cloud.runner.setClock(now);
  const event = { action, data, requestId: id };
  return (await cloud.runner.call(fn, event, contextFor(demoOpenid(userId)))) as Answer;
}
