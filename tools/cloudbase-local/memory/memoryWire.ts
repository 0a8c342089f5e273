import { randomBytes } from 'node:crypto';
import { EJSON } from 'bson';
import type { Document } from './memoryDocuments';

/**
 * The in-memory CloudBase's wire (cloudbaseMemory.ts): the requests and replies as the query
 * builder sends and reads them, EJSON both ways, and the refusals the server answers with.
 */
export type Params = Record<string, unknown>;

export interface SuccessReply {
  requestId: string;
  data: Record<string, unknown>;
}

export interface FailureReply {
  requestId: string;
  code: string;
  message: string;
}

export type Reply = SuccessReply | FailureReply;

/** A refusal, turned into a failure reply by `handle`. */
export class ServerFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function notSupported(what: string): ServerFailure {
  return new ServerFailure('MEMORY_DB_NOT_SUPPORTED', `the in-memory CloudBase does not support ${what}`);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function filterOf(params: Params): Record<string, unknown> {
  return params.query === undefined ? {} : decodeObject(params.query, 'query');
}

export function isPlainValue(value: unknown): value is string | number {
  return typeof value === 'string' || typeof value === 'number';
}

/** `_id`s of different types never collide ("1" and 1 are different ids in MongoDB). */
export function keyOf(id: unknown): string {
  return JSON.stringify(id);
}

export function newDocumentId(): string {
  return randomBytes(16).toString('hex');
}

export function requireString(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new ServerFailure('INVALID_PARAM', `${name} must be a string`);
  return value;
}

export function requireCount(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new ServerFailure('INVALID_PARAM', `${name} must be a non-negative integer`);
  }
  return value;
}

/** The wire format both ways is canonical EJSON text, as the builder sends and parses it. */
export function encode(document: unknown): string {
  return EJSON.stringify(document as Record<string, unknown>, { relaxed: false });
}

export function decode(text: string): unknown {
  return toQueryableValue(EJSON.parse(text));
}

export function decodeObject(value: unknown, name: string): Record<string, unknown> {
  const decoded = decode(requireString(value, name));
  if (typeof decoded !== 'object' || decoded === null || Array.isArray(decoded)) {
    throw new ServerFailure('INVALID_PARAM', `${name} must be an object`);
  }
  return decoded as Record<string, unknown>;
}

export function decodeDocument(text: string): Document {
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
