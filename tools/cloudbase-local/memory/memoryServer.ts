import { Query, update as applyUpdateOperator } from 'mingo';
import { aggregate } from './memoryAggregate';
import { candidates, IndexedDocuments, type Document } from './memoryDocuments';
import {
  decode,
  decodeDocument,
  decodeObject,
  encode,
  filterOf,
  isPlainValue,
  keyOf,
  newDocumentId,
  notSupported,
  requireCount,
  requireString,
  ServerFailure,
  type Params,
  type Reply,
} from './memoryWire';

/** What the server received, for tests that check how the adapter talks to the database. */
export interface RecordedRequest {
  action: string;
  collectionName: string | undefined;
  params: Params;
}

const DEFAULT_GET_LIMIT = 100;
const MAX_GET_LIMIT = 1000;

/**
 * The database behind an in-memory Db (cloudbaseMemory.ts): collections of documents, each
 * request handled atomically and recorded, answered as CloudBase answers it.
 */
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
      case 'database.aggregateDocuments':
        return aggregate(this.collection(params).values(), params, (name) =>
          this.collection({ collectionName: name }).values(),
        );
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
