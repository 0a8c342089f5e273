import type { CloudBase } from '@cloudbase/node-sdk';

/**
 * The database handle the adapter works on: `tcb.init({ env }).database()` in production, or a
 * `Db` built directly from `@cloudbase/database` in tests. Only the type is imported, so the
 * adapter itself never loads the SDK.
 */
export type CloudbaseDb = ReturnType<CloudBase['database']>;
export type CloudbaseCollection = ReturnType<CloudbaseDb['collection']>;
export type CloudbaseCommand = CloudbaseDb['command'];

/** A document as the SDK hands it back: our fields plus the `_id` it is stored under. */
export type StoredDocument = { _id: string } & Record<string, unknown>;

/** A document to insert: it always names its own `_id`, so a retry can never insert it twice. */
export interface DocumentWithId {
  _id: string;
}

/** `get()` returns 100 rows unless told otherwise and silently caps `limit` at 1000. */
export const MAX_ROWS_PER_GET = 1000;

/** CloudBase's code for an insert whose `_id` (or unique index key) is already taken. */
const DUPLICATE_WRITE_CODE = 'DATABASE_DUPLICATE_WRITE';

/** A call CloudBase refused. Raised when the SDK hands back a failure instead of throwing it. */
export class CloudbaseCallError extends Error {
  constructor(
    readonly operation: string,
    readonly code: string,
    readonly detail: string,
    readonly requestId: string,
  ) {
    super(`${operation}: CloudBase answered ${code}${detail ? ` (${detail})` : ''}`);
    this.name = 'CloudbaseCallError';
  }
}

interface FailureReply {
  code: string;
  message?: string;
  requestId?: string;
}

function isFailureReply(reply: unknown): reply is FailureReply {
  if (typeof reply !== 'object' || reply === null) return false;
  const { code } = reply as { code?: unknown };
  return typeof code === 'string' && code !== '';
}

/**
 * The node-sdk throws failed calls by default, but `setThrowOnCode(false)` makes the query builder
 * return them as `{ code, message }` instead. Every reply goes through here so that a failure can
 * never be mistaken for an empty result.
 */
export function succeeded<T>(reply: T, operation: string): T {
  if (isFailureReply(reply)) {
    throw new CloudbaseCallError(operation, reply.code, reply.message ?? '', reply.requestId ?? '');
  }
  if (typeof reply !== 'object' || reply === null) {
    throw new CloudbaseCallError(operation, 'EMPTY_REPLY', 'the SDK returned no reply', '');
  }
  return reply;
}

/** True for a duplicate-key failure, whether it was thrown or returned. */
export function isDuplicateWrite(failure: unknown): boolean {
  if (typeof failure !== 'object' || failure === null) return false;
  const { code, message } = failure as { code?: unknown; message?: unknown };
  if (code === DUPLICATE_WRITE_CODE) return true;
  // In case a gateway passes MongoDB's own duplicate-key message on under another code.
  return typeof message === 'string' && /E11000|duplicate key/i.test(message);
}

/**
 * Inserts `document` under its own `_id`; false when that `_id` is already taken. The database
 * refuses a second insert of an `_id` atomically, so exactly one of many concurrent callers wins:
 * this is what one-user-per-openid and idempotency claims rest on.
 */
export async function insertIfAbsent(
  collection: CloudbaseCollection,
  document: DocumentWithId,
  operation: string,
): Promise<boolean> {
  let reply: unknown;
  try {
    reply = await collection.add(document);
  } catch (error) {
    if (isDuplicateWrite(error)) return false;
    throw error;
  }
  if (isDuplicateWrite(reply)) return false;
  succeeded(reply, operation);
  return true;
}

/** Inserts a document whose `_id` must be new; a duplicate is an error like any other. */
export async function insertNew(
  collection: CloudbaseCollection,
  document: DocumentWithId,
  operation: string,
): Promise<void> {
  succeeded(await collection.add(document), operation);
}

/** Rows of a `get()` reply, checked. */
export function rowsOf(reply: unknown, operation: string): StoredDocument[] {
  const { data } = succeeded(reply, operation) as { data?: unknown };
  if (!Array.isArray(data)) {
    throw new CloudbaseCallError(operation, 'MALFORMED_REPLY', 'get() returned no data array', '');
  }
  return data as StoredDocument[];
}

/** The document stored under `_id`, or null. */
export async function findDocumentById(
  collection: CloudbaseCollection,
  id: string,
  operation: string,
): Promise<StoredDocument | null> {
  const [document] = rowsOf(await collection.doc(id).get(), operation);
  return document ?? null;
}

/** The first document matching `filter`, or null. */
export async function findFirstDocument(
  collection: CloudbaseCollection,
  filter: Record<string, unknown>,
  operation: string,
): Promise<StoredDocument | null> {
  const [document] = rowsOf(await collection.where(filter).limit(1).get(), operation);
  return document ?? null;
}

/** Reads a count (`updated`, `deleted`) from a write reply, refusing anything that is not one. */
export function countOf(reply: unknown, field: 'updated' | 'deleted', operation: string): number {
  const value = (succeeded(reply, operation) as Record<string, unknown>)[field];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new CloudbaseCallError(operation, 'MALFORMED_REPLY', `the reply has no numeric "${field}"`, '');
  }
  return value;
}
