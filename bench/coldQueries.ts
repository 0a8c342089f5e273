import path from 'node:path';
import { functionNames, type FunctionName } from '@domain/contract';
import { createCloudbaseStorage, ensureCloudbaseCollections } from '../cloudfunctions/lib/adapters/cloudbase';
import { demoOpenid, seedDemoData } from '../host/seed';
import { contextFor } from '../tests/support/testDeps';
import { startCloudbaseEndpoint } from '../tools/cloudbase-local/endpoint';
import { freshMemoryDb, inspectMemoryDb } from '../tools/cloudbase-local/memory/cloudbaseMemory';
import { FunctionRunner } from '../tools/cloudbase-local/runner';
import { median, round } from './stats';

const root = path.resolve(__dirname, '..');
const COLD_STARTS = 5;

/**
 * The first screen of each function: a query that reads the database, by a resident (李明), or
 * for casework, which residents do not call, by a department's user (吴强's 承办案件), for stats
 * by a committee (陈秀英's 数据看板). Every
 * function of the contract needs its line (a function without one stopped `npm run bench`).
 */
const firstQueries: Record<FunctionName, { action: string; data: unknown; userId?: string }> = {
  account: { action: 'me', data: {} },
  matter: { action: 'list', data: {} },
  visit: { action: 'days', data: {} },
  notification: { action: 'unreadCount', data: {} },
  home: { action: 'residentOverview', data: {} },
  service: { action: 'catalogue', data: {} },
  casework: { action: 'inbox', data: { tab: 'waiting' }, userId: 'u-dept-wu' },
  stats: { action: 'dashboard', data: { period: { kind: 'thisMonth' } }, userId: 'u-committee-chen' },
};

/**
 * Issue 17's cold start: each deployed bundle started in a fresh process with the runtime's
 * variables (tools/cloudbase-local/runner.ts), and its first real query answered through its SDK
 * over HTTP by the local endpoint, from the fork to the answer (median of 5). Unlike
 * `coldFirstCallMs` (functions.ts: a malformed event refused before any request), this pays the
 * SDK's first connection and database requests.
 */
export async function coldFirstQueries(): Promise<Record<string, number>> {
  const db = freshMemoryDb();
  await ensureCloudbaseCollections(db);
  await seedDemoData(createCloudbaseStorage(db), Date.now());
  const endpoint = await startCloudbaseEndpoint({ server: inspectMemoryDb(db) });
  const results: Record<string, number> = {};
  try {
    for (const fn of functionNames) {
      const samples: number[] = [];
      for (let i = 0; i < COLD_STARTS; i += 1) samples.push(await coldQuery(fn, endpoint.env));
      results[`functions.${fn}.coldFirstQueryMs`] = round(median(samples), 1);
    }
  } finally {
    await endpoint.close();
  }
  return results;
}

async function coldQuery(fn: FunctionName, env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const runner = await FunctionRunner.start({
    bundlesDir: path.join(root, 'dist', 'cloudfunctions'),
    functions: [fn],
    env,
    output: 'ignore',
  });
  try {
    const { action, data, userId = 'u-resident-li' } = firstQueries[fn];
    const event = { action, data, requestId: `cold-${fn}-${Date.now()}` };
    const answer = (await runner.call(fn, event, contextFor(demoOpenid(userId)))) as { ok: boolean };
    if (!answer.ok) throw new Error(`${fn}.${action} refused at a cold start: ${JSON.stringify(answer)}`);
    return performance.now() - started;
  } finally {
    await runner.close();
  }
}

if (require.main === module) {
  coldFirstQueries()
    .then((results) => console.log(results))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
