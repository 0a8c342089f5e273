import { createHandler, type FunctionHandler } from '../../cloudfunctions/lib/handler';
import type { Storage } from '../../cloudfunctions/lib/ports/storage';
import { servicesByFunction } from '../../cloudfunctions/lib/services';
import { contract, functionNames, type FunctionName } from '@domain/contract';
import type { Envelope } from '@domain/envelope';
import { demoOpenid, seedDemoData } from '../../host/seed';
import { openEngine, type EngineName } from './storages';
import { contextFor, requestId, testDeps, type TestDeps } from './testDeps';

// Tests read the answers field by field.
export type Answer = Envelope<any>;

/** Who calls: a demo user by id (host/seed.ts), or anyone by their WeChat openid (a newcomer). */
export type Caller = string | { openid: string };

/** A newcomer the test signed up: their openid, to call as them, and the id the server gave them. */
export interface Newcomer {
  openid: string;
  userId: string;
}

export interface SeededBackend {
  storage: Storage;
  deps: TestDeps;
  /** Everything the storage holds, to prove that a call changed nothing (an engine opened here only). */
  snapshot(): unknown;
  /** The handler of every cloud function, over `deps`. */
  handlers: Record<FunctionName, FunctionHandler>;
  /** What `fn` answers the caller; a fresh request id unless one is given. */
  call(fn: FunctionName, caller: Caller, action: string, data?: unknown, id?: string): Promise<Answer>;
  /** The client of the caller: hands the event of `callFunction({ name, data })` as it is to `name`'s handler. */
  as(caller: Caller): (fn: string, event: unknown) => Promise<Answer>;
  /** Sets the scene outside the test's subject: the answer's data, or a thrown error if refused. */
  act<T = any>(fn: FunctionName, caller: Caller, action: string, data?: unknown): Promise<T>;
  /** Someone the seed does not know signs in with `openid` and completes a resident's profile. */
  newResident(openid: string, name?: string, communityId?: string): Promise<Newcomer>;
}

export interface SeededBackendOptions {
  /** The engine to open, empty and in memory: SQLite unless told. */
  engine?: EngineName;
  /** Or a storage already open, seeded and served as it is (for example one behind `withWriteFailures`). */
  storage?: Storage;
}

/**
 * The real server as the tests use it, on either engine: a storage seeded with the demo data
 * (host/seed.ts) at the test clock's start (2026-11-27 10:00 Shanghai), the test dependencies
 * (testDeps.ts), the handler of every function, and calls made as a demo user. Tests that need other
 * dependencies change `deps` (a content checker, a gateway): the handlers read them at each call.
 */
export async function seededBackend(options: SeededBackendOptions = {}): Promise<SeededBackend> {
  const { storage, snapshot } = options.storage
    ? { storage: options.storage, snapshot: cannotSnapshot }
    : await openEngine(options.engine ?? 'sqlite');
  const deps = testDeps(storage);
  await seedDemoData(storage, deps.clock.now());
  const handlers = Object.fromEntries(
    functionNames.map((fn) => [fn, createHandler(fn, contract[fn] as never, servicesByFunction[fn] as never, deps)]),
  ) as Record<FunctionName, FunctionHandler>;

  const call: SeededBackend['call'] = (fn, caller, action, data = {}, id = requestId()) =>
    handlers[fn]({ action, data, requestId: id }, contextOf(caller));
  const act: SeededBackend['act'] = async (fn, caller, action, data) => {
    const answer = await call(fn, caller, action, data);
    if (!answer.ok) throw new Error(`${fn}.${action} as ${nameOf(caller)} refused: ${answer.code} ${answer.message}`);
    return answer.data;
  };

  return {
    storage,
    deps,
    snapshot,
    handlers,
    call,
    act,
    as: (caller) => (fn, event) => handlers[fn as FunctionName](event, contextOf(caller)),
    async newResident(openid, name = '居民', communityId = 'c-dongmen') {
      const { user } = await act('account', { openid }, 'login');
      await act('account', { openid }, 'updateProfile', { name, communityId });
      return { openid, userId: user.id };
    },
  };
}

function contextOf(caller: Caller) {
  return contextFor(typeof caller === 'string' ? demoOpenid(caller) : caller.openid);
}

function nameOf(caller: Caller): string {
  return typeof caller === 'string' ? caller : caller.openid;
}

function cannotSnapshot(): never {
  throw new Error('snapshot() reads an engine seededBackend opened itself; this storage was given');
}
