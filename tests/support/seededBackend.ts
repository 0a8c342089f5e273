import { openSqliteStorage } from '../../cloudfunctions/lib/adapters/sqlite';
import { createHandler, type FunctionHandler } from '../../cloudfunctions/lib/handler';
import type { Storage } from '../../cloudfunctions/lib/ports/storage';
import { servicesByFunction } from '../../cloudfunctions/lib/services';
import { functionNames, type FunctionName } from '@domain/contract';
import type { Envelope } from '@domain/envelope';
import { demoOpenid, seedDemoData } from '../../host/seed';
import { contextFor, requestId, testDeps, type TestDeps } from './testDeps';

// Tests read the answers field by field.
export type Answer = Envelope<any>;

export interface SeededBackend {
  storage: Storage;
  deps: TestDeps;
  /** The handler of every cloud function, over `deps`. */
  handlers: Record<FunctionName, FunctionHandler>;
  /** What `fn` answers the demo user `userId` (host/seed.ts); a fresh request id unless one is given. */
  call(fn: FunctionName, userId: string, action: string, data?: unknown, id?: string): Promise<Answer>;
  /** The same for a caller known only by their WeChat openid: a newcomer, someone outside the seed. */
  callAsOpenid(fn: FunctionName, openid: string, action: string, data?: unknown, id?: string): Promise<Answer>;
  /** The client of the demo user `userId`: hands the event of `callFunction({ name, data })` as it is to `name`'s handler. */
  as(userId: string): (fn: string, event: unknown) => Promise<Answer>;
  /** Sets the scene outside the test's subject: the answer's data, or a thrown error if refused. */
  act<T = any>(fn: FunctionName, userId: string, action: string, data?: unknown): Promise<T>;
}

export interface SeededBackendOptions {
  /**
   * The storage to seed: an engine's opener (`storageEngines`), or a storage already open (for
   * example one behind `withWriteFailures`). An in-memory SQLite by default.
   */
  storage?: Storage | (() => Promise<Storage>);
}

/**
 * The real server as the tests use it, on either engine: a storage seeded with the demo data
 * (host/seed.ts) at the test clock's start (2026-11-27 10:00 Shanghai), the test dependencies
 * (testDeps.ts), the handler of every function, and calls made as a demo user. Tests that need other
 * dependencies change `deps` (a content checker, a gateway): the handlers read them at each call.
 */
export async function seededBackend(options: SeededBackendOptions = {}): Promise<SeededBackend> {
  const storage = await openStorage(options.storage);
  const deps = testDeps(storage);
  await seedDemoData(storage, deps.clock.now());
  const handlers = Object.fromEntries(
    functionNames.map((fn) => [fn, createHandler(fn, servicesByFunction[fn] as never, deps)]),
  ) as Record<FunctionName, FunctionHandler>;

  const callAsOpenid: SeededBackend['callAsOpenid'] = (fn, openid, action, data = {}, id = requestId()) =>
    handlers[fn]({ action, data, requestId: id }, contextFor(openid));
  const call: SeededBackend['call'] = (fn, userId, action, data, id) =>
    callAsOpenid(fn, demoOpenid(userId), action, data, id);

  return {
    storage,
    deps,
    handlers,
    call,
    callAsOpenid,
    as: (userId) => (fn, event) => handlers[fn as FunctionName](event, contextFor(demoOpenid(userId))),
    async act(fn, userId, action, data) {
      const answer = await call(fn, userId, action, data);
      if (!answer.ok) throw new Error(`${fn}.${action} as ${userId} refused: ${answer.code} ${answer.message}`);
      return answer.data;
    },
  };
}

async function openStorage(storage: SeededBackendOptions['storage']): Promise<Storage> {
  if (storage === undefined) return openSqliteStorage(':memory:');
  return typeof storage === 'function' ? storage() : storage;
}
