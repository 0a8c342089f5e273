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
 * What it refuses rather than fakes: transactions, aggregation, realtime watch, upserting update
 * operators, BSON types other than dates and regular expressions.
 */
import { randomBytes } from 'node:crypto';
import { Db } from '@cloudbase/database';
import { EJSON } from 'bson';
import { Query, update as applyUpdateOperator } from 'mingo';
import type { CloudbaseDb } from '../../cloudfunctions/lib/adapters/cloudbase/database';
import { IndexedDocuments, type Document } from './memoryDocuments';

type Params = Record<string, unknown>;

interface SuccessReply {
  requestId: string;
  data: Record<string, unknown>;
}

interface FailureReply {
  requestId: string;
  code: string;
  message: string;
}

type Reply = SuccessReply | FailureReply;

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

/** What the server received, for tests that check how the adapter talks to the database. */
export interface RecordedRequest {
  action: string;
  collectionName: string | undefined;
  params: Params;
}

const SERVER_KEY = Symbol('cloudbaseMemoryServer');
const INTERLEAVING_KEY = Symbol('cloudbaseMemoryInterleaving');

const DEFAULT_GET_LIMIT = 100;
const MAX_GET_LIMIT = 1000;

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

/** A refusal, turned into a failure reply by `handle`. */
class ServerFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function notSupported(what: string): ServerFailure {
  return new ServerFailure('MEMORY_DB_NOT_SUPPORTED', `the in-memory CloudBase does not support ${what}`);
}

export class MemoryCloudbaseServer {
  /** Documents by collection, keyed by their `_id`, in insertion (natural) order. */
  private readonly collections = new Map<string, IndexedDocuments>();
  private requestCount = 0;
  readonly requests: RecordedRequest[] = [];

  /** A copy of a collection's documents, as stored. */
  documents(collectionName: string): Document[] {
    const collection = this.collections.get(collectionName);
    if (!collection) throw new Error(`no collection ${collectionName}`);
    return [...collection.values()].map((document) => decode(encode(document)) as Document);
  }

  collectionNames(): string[] {
    return [...this.collections.keys()];
  }

  /**
   * Every document of every collection as canonical text, each collection sorted: equal
   * snapshots mean nothing was stored, changed or removed in between (the in-memory counterpart
   * of tests/support/sqliteSnapshot.ts).
   */
  snapshot(): Record<string, string[]> {
    return Object.fromEntries(
      [...this.collections.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, documents]) => [name, [...documents.values()].map(encode).sort()]),
    );
  }

  handle(action: string, params: Params): Reply {
    this.requestCount += 1;
    const requestId = `memory-${this.requestCount}`;
    const collectionName = typeof params.collectionName === 'string' ? params.collectionName : undefined;
    this.requests.push({ action, collectionName, params });
    try {
      return { requestId, data: this.execute(action, params) };
    } catch (error) {
      if (error instanceof ServerFailure) return { requestId, code: error.code, message: error.message };
      // Anything else (say mingo refusing an operator) is what the real server reports as a failed request.
      const message = error instanceof Error ? error.message : String(error);
      return { requestId, code: 'DATABASE_REQUEST_FAILED', message };
    }
  }

  private execute(action: string, params: Params): Record<string, unknown> {
    if (params.transactionId) throw notSupported('transactions');
    switch (action) {
      case 'database.addCollection':
        return this.addCollection(params);
      case 'database.insertDocument':
        return this.insertDocuments(params);
      case 'database.getDocument':
        return this.getDocuments(params);
      case 'database.calculateDocument':
        return this.countDocuments(params);
      case 'database.modifyDocument':
        return this.modifyDocuments(params);
      case 'database.removeDocument':
        return this.removeDocuments(params);
      default:
        throw notSupported(`the action ${action}`);
    }
  }

  private addCollection(params: Params): Record<string, unknown> {
    const name = requireString(params.collectionName, 'collectionName');
    if (this.collections.has(name)) {
      throw new ServerFailure('DATABASE_COLLECTION_ALREADY_EXIST', `collection ${name} already exists`);
    }
    this.collections.set(name, new IndexedDocuments());
    return {};
  }

  private collection(params: Params): IndexedDocuments {
    const name = requireString(params.collectionName, 'collectionName');
    const collection = this.collections.get(name);
    if (!collection) {
      throw new ServerFailure('DATABASE_COLLECTION_NOT_EXIST', `[ResourceNotFound] Db or Table not exist: ${name}`);
    }
    return collection;
  }

  /** Ordered insert, as MongoDB's insertMany: documents before a failing one stay inserted. */
  private insertDocuments(params: Params): Record<string, unknown> {
    const collection = this.collection(params);
    if (!Array.isArray(params.data)) throw new ServerFailure('INVALID_PARAM', 'data must be an array');
    const insertedIds: unknown[] = [];
    for (const text of params.data) {
      const document = decodeDocument(requireString(text, 'data[]'));
      if (document._id === undefined) document._id = newDocumentId();
      const key = keyOf(document._id);
      if (collection.has(key)) {
        throw new ServerFailure(
          'DATABASE_DUPLICATE_WRITE',
          `E11000 duplicate key error collection: ${String(params.collectionName)} index: _id_ dup key: { _id: ${key} }`,
        );
      }
      collection.set(key, document);
      insertedIds.push(document._id);
    }
    return { insertedIds };
  }

  private getDocuments(params: Params): Record<string, unknown> {
    const collection = this.collection(params);
    const filter = filterOf(params);
    const projection = params.projection === undefined ? undefined : decodeObject(params.projection, 'projection');
    let cursor = new Query(filter).find<Document>(candidates(collection, filter), projection);
    if (params.order !== undefined) cursor = cursor.sort(decodeObject(params.order, 'order'));
    if (params.offset !== undefined) cursor = cursor.skip(requireCount(params.offset, 'offset'));
    if (params.queryType !== 'DOC') {
      const limit = params.limit === undefined ? DEFAULT_GET_LIMIT : requireCount(params.limit, 'limit');
      cursor = cursor.limit(Math.min(limit, MAX_GET_LIMIT));
    }
    return { list: cursor.all().map(encode) };
  }

  private countDocuments(params: Params): Record<string, unknown> {
    const collection = this.collection(params);
    const filter = filterOf(params);
    return { total: new Query(filter).find(candidates(collection, filter)).count() };
  }

  /**
   * `merge: true` carries update operators (`$set`, `$inc`, ...): doc().update() and
   * where().update(). `merge: false` carries a whole replacement document: doc().set(), which
   * upserts. Each matched document is updated on a copy and stored only once every operator
   * applied, so a document is never left half updated.
   */
  private modifyDocuments(params: Params): Record<string, unknown> {
    const collection = this.collection(params);
    const filter = filterOf(params);
    const data = decodeObject(params.data, 'data');
    const matched = this.matching(collection, filter, params.multi === true);
    if (params.merge === false) {
      return this.replaceDocument(collection, filter, matched[0], data, params.upsert === true);
    }
    if (params.upsert === true) throw notSupported('upsert with update operators');
    const operators = requireUpdateOperators(data);
    let updated = 0;
    for (const current of matched) {
      if (applyOperators(collection, current, operators)) updated += 1;
    }
    return { updated, upsert_id: null };
  }

  private replaceDocument(
    collection: IndexedDocuments,
    filter: Record<string, unknown>,
    current: Document | undefined,
    replacement: Record<string, unknown>,
    upsert: boolean,
  ): Record<string, unknown> {
    if (Object.keys(replacement).some((field) => field.startsWith('$'))) {
      throw new ServerFailure('INVALID_PARAM', 'a replacement document cannot contain update operators');
    }
    if ('_id' in replacement) throw new ServerFailure('INVALID_PARAM', 'a replacement cannot change _id');
    if (current) {
      const next: Document = { _id: current._id, ...replacement };
      const changed = encode(next) !== encode(current);
      collection.set(keyOf(current._id), next);
      return { updated: changed ? 1 : 0, upsert_id: null };
    }
    if (!upsert) return { updated: 0, upsert_id: null };
    // Like MongoDB, an upsert takes its _id from an equality on _id in the query.
    const id = isPlainValue(filter._id) ? filter._id : newDocumentId();
    collection.set(keyOf(id), { _id: id, ...replacement });
    return { updated: 0, upsert_id: id };
  }

  private removeDocuments(params: Params): Record<string, unknown> {
    const collection = this.collection(params);
    const matched = this.matching(collection, filterOf(params), params.multi === true);
    for (const document of matched) collection.delete(keyOf(document._id));
    return { deleted: matched.length };
  }

  private matching(collection: IndexedDocuments, filter: Record<string, unknown>, multi: boolean): Document[] {
    const found = new Query(filter).find<Document>(candidates(collection, filter));
    return multi ? found.all() : found.limit(1).all();
  }
}

/** Applies every operator to a copy; stores it if anything changed. True when it changed. */
function applyOperators(
  collection: IndexedDocuments,
  current: Document,
  operators: Array<[string, Record<string, unknown>]>,
): boolean {
  const next = decode(encode(current)) as Document;
  let changed = false;
  for (const [operator, argument] of operators) {
    const expression = { [operator]: argument } as unknown as Parameters<typeof applyUpdateOperator>[1];
    if (applyUpdateOperator(next, expression).length > 0) changed = true;
  }
  if (keyOf(next._id) !== keyOf(current._id)) {
    throw new ServerFailure(
      'DATABASE_REQUEST_FAILED',
      "Performing an update on the path '_id' would modify the immutable field '_id'",
    );
  }
  if (changed) collection.set(keyOf(current._id), next);
  return changed;
}

function requireUpdateOperators(data: Record<string, unknown>): Array<[string, Record<string, unknown>]> {
  const entries = Object.entries(data);
  if (entries.length === 0) throw new ServerFailure('INVALID_PARAM', 'an update needs at least one operator');
  return entries.map(([operator, argument]) => {
    if (!operator.startsWith('$')) {
      throw new ServerFailure('INVALID_PARAM', `an update with merge must use operators, got field ${operator}`);
    }
    if (typeof argument !== 'object' || argument === null) {
      throw new ServerFailure('INVALID_PARAM', `${operator} needs an object argument`);
    }
    return [operator, argument as Record<string, unknown>];
  });
}

/**
 * The documents a filter can match. A filter that names one `_id` goes straight to it, as the
 * `_id` index would; the filter itself is still evaluated on every candidate.
 */
function candidates(collection: IndexedDocuments, filter: Record<string, unknown>): Document[] {
  if (isPlainValue(filter._id)) {
    const document = collection.get(keyOf(filter._id));
    return document ? [document] : [];
  }
  // Equalities and `$in`s (slotId, residentId, id in a page of ids) go through an index, as
  // CloudBase's would; mingo still evaluates the whole filter on what they give.
  const [first, ...others] = fieldConditions(filter);
  if (!first) return [...collection.values()];
  return collection
    .withValues(...first)
    .filter((document) => others.every(([field, accepted]) => holdsOneOf(document[field], accepted)));
}

/**
 * `[field, accepted values]` every match must satisfy, from `field: value` and
 * `field: { $in: [values] }` conditions of the filter and of the branches of its top-level `$and`.
 */
function fieldConditions(filter: Record<string, unknown>): Array<[string, Set<unknown>]> {
  const conditions: Array<[string, Set<unknown>]> = [];
  for (const [field, condition] of Object.entries(filter)) {
    if (field === '$and' && Array.isArray(condition)) {
      for (const branch of condition) if (isObject(branch)) conditions.push(...fieldConditions(branch));
      continue;
    }
    if (field.startsWith('$') || field.includes('.')) continue;
    const accepted = acceptedValues(condition);
    if (accepted) conditions.push([field, accepted]);
  }
  return conditions;
}

/** As MongoDB's equality: an array field matches when one of its elements does. */
function holdsOneOf(value: unknown, accepted: Set<unknown>): boolean {
  return Array.isArray(value) ? value.some((element) => accepted.has(element)) : accepted.has(value);
}

/** The plain values a condition accepts, or null when it is something else (a range, a regex...). */
function acceptedValues(condition: unknown): Set<unknown> | null {
  if (isPlainValue(condition)) return new Set([condition]);
  if (!isObject(condition) || Object.keys(condition).length !== 1 || !Array.isArray(condition.$in)) return null;
  return condition.$in.every(isPlainValue) ? new Set(condition.$in) : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function filterOf(params: Params): Record<string, unknown> {
  return params.query === undefined ? {} : decodeObject(params.query, 'query');
}

function isPlainValue(value: unknown): value is string | number {
  return typeof value === 'string' || typeof value === 'number';
}

/** `_id`s of different types never collide ("1" and 1 are different ids in MongoDB). */
function keyOf(id: unknown): string {
  return JSON.stringify(id);
}

function newDocumentId(): string {
  return randomBytes(16).toString('hex');
}

function requireString(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new ServerFailure('INVALID_PARAM', `${name} must be a string`);
  return value;
}

function requireCount(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new ServerFailure('INVALID_PARAM', `${name} must be a non-negative integer`);
  }
  return value;
}

/** The wire format both ways is canonical EJSON text, as the builder sends and parses it. */
function encode(document: unknown): string {
  return EJSON.stringify(document as Record<string, unknown>, { relaxed: false });
}

function decode(text: string): unknown {
  return toQueryableValue(EJSON.parse(text));
}

function decodeObject(value: unknown, name: string): Record<string, unknown> {
  const decoded = decode(requireString(value, name));
  if (typeof decoded !== 'object' || decoded === null || Array.isArray(decoded)) {
    throw new ServerFailure('INVALID_PARAM', `${name} must be an object`);
  }
  return decoded as Record<string, unknown>;
}

function decodeDocument(text: string): Document {
  return decodeObject(text, 'document') as Document;
}

/**
 * EJSON gives BSON wrapper objects for some types. Dates are plain `Date`s already; regular
 * expressions become `RegExp` so mingo can match them; any other BSON type is refused, because
 * mingo would compare the wrapper object and quietly match the wrong documents.
 */
function toQueryableValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toQueryableValue);
  if (typeof value !== 'object' || value === null || value instanceof Date) return value;
  const bsonType = (value as { _bsontype?: unknown })._bsontype;
  if (bsonType === 'BSONRegExp') {
    const { pattern, options } = value as { pattern: string; options: string };
    return new RegExp(pattern, options.replace(/[^imsu]/g, ''));
  }
  if (bsonType !== undefined) throw notSupported(`the BSON type ${String(bsonType)}`);
  const plain: Record<string, unknown> = {};
  for (const [field, inner] of Object.entries(value)) plain[field] = toQueryableValue(inner);
  return plain;
}
