import { isObject, isPlainValue, keyOf } from './memoryWire';

/**
 * One collection of the in-memory CloudBase: documents by `_id` key in natural (insertion) order,
 * with equality indexes built on first use per field and kept up to date on every write, so a
 * query on `slotId` or `residentId` looks at its few matches, not at every document (contention
 * runs hold thousands). Only plain values (strings, numbers) are indexed; an array is indexed under
 * each of its plain elements, as MongoDB's equality matches an array holding the value.
 */
export type Document = Record<string, unknown> & { _id: unknown };

type FieldIndex = Map<unknown, Set<string>>;

const isPlain = (value: unknown) => typeof value === 'string' || typeof value === 'number';

function indexedValues(value: unknown): unknown[] {
  if (isPlain(value)) return [value];
  return Array.isArray(value) ? value.filter(isPlain) : [];
}

export class IndexedDocuments {
  private readonly byKey = new Map<string, Document>();
  private readonly indexes = new Map<string, FieldIndex>();
  /** Each key's place in the natural order: set when it is first inserted. */
  private readonly positions = new Map<string, number>();
  private inserted = 0;

  get(key: string): Document | undefined {
    return this.byKey.get(key);
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  values(): IterableIterator<Document> {
    return this.byKey.values();
  }

  /** Replacing a document keeps its place in the natural order, as Map.set does. */
  set(key: string, document: Document): void {
    const previous = this.byKey.get(key);
    for (const [field, index] of this.indexes) {
      if (previous) unindex(index, key, previous[field]);
      addToIndex(index, key, document[field]);
    }
    if (!previous) this.positions.set(key, (this.inserted += 1));
    this.byKey.set(key, document);
  }

  delete(key: string): void {
    const previous = this.byKey.get(key);
    if (!previous) return;
    for (const [field, index] of this.indexes) unindex(index, key, previous[field]);
    this.byKey.delete(key);
    this.positions.delete(key);
  }

  /** The documents whose `field` is (or holds) one of `accepted`, in natural order. */
  withValues(field: string, accepted: ReadonlySet<unknown>): Document[] {
    const index = this.indexOf(field);
    const keys = new Set<string>();
    for (const value of accepted) for (const key of index.get(value) ?? []) keys.add(key);
    return [...keys].sort((a, b) => this.positions.get(a)! - this.positions.get(b)!).map((key) => this.byKey.get(key)!);
  }

  private indexOf(field: string): FieldIndex {
    let index = this.indexes.get(field);
    if (!index) {
      index = new Map();
      for (const [key, document] of this.byKey) addToIndex(index, key, document[field]);
      this.indexes.set(field, index);
    }
    return index;
  }
}

function addToIndex(index: FieldIndex, key: string, value: unknown): void {
  for (const plain of indexedValues(value)) {
    let keys = index.get(plain);
    if (!keys) index.set(plain, (keys = new Set()));
    keys.add(key);
  }
}

function unindex(index: FieldIndex, key: string, value: unknown): void {
  for (const plain of indexedValues(value)) index.get(plain)?.delete(key);
}

/**
 * The documents a filter can match. A filter that names one `_id` goes straight to it, as the
 * `_id` index would; the filter itself is still evaluated on every candidate.
 */
export function candidates(collection: IndexedDocuments, filter: Record<string, unknown>): Document[] {
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
