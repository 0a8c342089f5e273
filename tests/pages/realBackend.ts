import { openSqliteStorage } from '../../cloudfunctions/lib/adapters/sqlite';
import { createHandler } from '../../cloudfunctions/lib/handler';
import { servicesByFunction } from '../../cloudfunctions/lib/services';
import { functionNames, type FunctionName } from '@domain/contract';
import { demoOpenid, seedDemoData } from '../../host/seed';
import { contextFor, testDeps } from '../support/testDeps';
import type { Backend } from './render';

/**
 * The real server behind the page tests: the same handlers and services over an in-memory
 * SQLite seeded with the demo data, called as the given demo user.
 */
export async function realBackend(userId: string) {
  const storage = openSqliteStorage(':memory:');
  const deps = testDeps(storage);
  await seedDemoData(storage, deps.clock.now());
  const handlers = new Map(functionNames.map((fn) => [fn, createHandler(fn, servicesByFunction[fn] as never, deps)]));
  const backend: Backend = (fn, event) => handlers.get(fn as FunctionName)!(event, contextFor(demoOpenid(userId)));
  return { storage, backend };
}
