/**
 * An in-memory CloudBase database for tests, behind the REAL query builder.
 *
 * `@cloudbase/database` builds every call (where, orderBy, add, update, ...) into an action name
 * and EJSON parameters and hands them to `new Db.reqClass(config).send(action, params)`; node-sdk
 * plugs its HTTPS requester in there. This module plugs in a requester that evaluates those same
 * parameters over in-memory documents with mingo (MongoDB query, sort, projection and update
 * semantics), so the adapter's real queries are built and run without a cloud.
 *
 * What it does as CloudBase does:
 * - a second insert of an `_id` fails with DATABASE_DUPLICATE_WRITE;
 * - a collection must be created before use, else DATABASE_COLLECTION_NOT_EXIST;
 * - get() returns at most 1000 rows (the builder asks for 100 unless told);
 * - `updated` counts documents that actually changed (MongoDB's nModified);
 * - each request is atomic, and concurrent requests interleave between requests (with
 *   `interleaving`, in a seeded random order: see `Interleaving`);
 * - failures throw like node-sdk's TcbError ({ code, message, requestId }), or, with
 *   `throwOnCode: false`, come back as replies, as node-sdk's setThrowOnCode(false) makes them.
 * Aggregation: only the stages the adapter uses (memoryAggregate.ts). What it refuses rather
 * than fakes: transactions, other aggregation stages, realtime watch, upserting update
 * operators, BSON types other than dates and regular expressions.
 */
import { Db } from '@cloudbase/database';
import type { CloudbaseDb } from '../../../cloudfunctions/lib/adapters/cloudbase/database';
import { MemoryCloudbaseServer } from './memoryServer';
import type { FailureReply, Params, Reply } from './memoryWire';

export { MemoryCloudbaseServer };
export type { RecordedRequest } from './memoryServer';

export interface MemoryDbOptions {
  /** As node-sdk's `setThrowOnCode`: true (default) throws failed calls, false returns them. */
  throwOnCode?: boolean;
  /** Randomised round trips, for contention tests; without it each request waits one macrotask. */
  interleaving?: Interleaving;
}

/**
 * On a real network concurrent requests reach the database, and their answers come back, in any
 * order. With this, each request waits a random number of steps (each a microtask or a macrotask,
 * chosen by `random`) before the server handles it and again before its answer is delivered, so
 * the reads and writes of concurrent calls interleave in many orders. `random` should be seeded
 * (bench/contention/prng.ts) so a failing order can be replayed.
 */
export interface Interleaving {
  random: () => number;
  /** At most this many steps on each side of the request (default 8). */
  maxSteps?: number;
}

const SERVER_KEY = Symbol('cloudbaseMemoryServer');
const INTERLEAVING_KEY = Symbol('cloudbaseMemoryInterleaving');

/** A fresh, empty in-memory database (no collections yet) behind a real `Db`. */
export function freshMemoryDb(options: MemoryDbOptions = {}): CloudbaseDb {
  installMemoryRequester();
  const server = new MemoryCloudbaseServer();
  return new Db({
    env: 'memory',
    throwOnCode: options.throwOnCode ?? true,
    [SERVER_KEY]: server,
    [INTERLEAVING_KEY]: options.interleaving,
  });
}

/** The server behind a memory db, to look at stored documents and received requests. */
export function inspectMemoryDb(db: CloudbaseDb): MemoryCloudbaseServer {
  const server = (db.config as Record<PropertyKey, unknown>)[SERVER_KEY];
  if (!(server instanceof MemoryCloudbaseServer)) throw new Error('not a db made by freshMemoryDb()');
  return server;
}

/** Shaped like node-sdk's TcbError, which is what the adapter sees from the real SDK. */
export class MemoryCloudbaseError extends Error {
  readonly code: string;
  readonly requestId: string;

  constructor(reply: FailureReply) {
    super(reply.message);
    this.name = 'MemoryCloudbaseError';
    this.code = reply.code;
    this.requestId = reply.requestId;
  }
}

/**
 * `Db.reqClass` is a static of the whole module: every Db in this jest module registry now talks
 * to memory. Each Db still gets its own server, found through its config, so dbs stay isolated.
 */
function installMemoryRequester(): void {
  Db.reqClass = MemoryRequester;
}

class MemoryRequester {
  private readonly server: MemoryCloudbaseServer;
  private readonly throwOnCode: boolean;
  private readonly interleaving: Interleaving | undefined;

  constructor(config: Record<PropertyKey, unknown> | undefined) {
    const server = config?.[SERVER_KEY];
    if (!(server instanceof MemoryCloudbaseServer)) {
      // A Db from node-sdk in the same module registry would otherwise silently talk to nothing.
      throw new Error('Db.reqClass is the in-memory requester, but this Db was not made by freshMemoryDb()');
    }
    this.server = server;
    this.throwOnCode = config?.throwOnCode !== false;
    this.interleaving = config?.[INTERLEAVING_KEY] as Interleaving | undefined;
  }

  async send(action: string, params: Params = {}): Promise<Reply> {
    // A real call is a round trip: yield first, so concurrent calls interleave between requests.
    if (this.interleaving) await randomDelay(this.interleaving);
    else await new Promise((resolve) => setImmediate(resolve));
    const reply = this.server.handle(action, params);
    if (this.interleaving) await randomDelay(this.interleaving);
    if ('code' in reply && this.throwOnCode) throw new MemoryCloudbaseError(reply);
    return reply;
  }
}

/** Waits 0..maxSteps steps, each a microtask or a macrotask: see `Interleaving`. */
async function randomDelay({ random, maxSteps = 8 }: Interleaving): Promise<void> {
  const steps = Math.floor(random() * (maxSteps + 1));
  for (let step = 0; step < steps; step += 1) {
    if (random() < 0.5) await Promise.resolve();
    else await new Promise((resolve) => setImmediate(resolve));
  }
}
