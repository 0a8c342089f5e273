import { EJSON } from 'bson';
import type { CollectionSetup, IndexField } from '../../cloudfunctions/lib/adapters/cloudbase/indexSpecs';
import type { RecordedRequest } from '../../tools/cloudbase-local/memory/cloudbaseMemory';

/**
 * Whether the CloudBase indexes declared in indexes.ts serve a query as the in-memory server
 * received it: the index begins with fields the query pins (equality or `_.in`), and continues
 * with the fields it ranges over and sorts by, in the sort's directions (or all reversed). The
 * pinned fields the index does not begin with are filters on its range; a query pinning `_id`
 * is served by the `_id` index. A keyset cursor's `_.or` is on the sort fields and adds nothing.
 */

interface QueryShape {
  pinned: Set<string>;
  ranged: Set<string>;
  sort: IndexField[];
}

type Condition = Record<string, unknown>;

const RANGE_OPERATORS = ['$lt', '$lte', '$gt', '$gte', '$ne'];

/**
 * The plain conditions of a query: its own fields and those of every `$and` in it, at any depth.
 * The SDK writes `_.and([...])` as a top-level `$and`, and a field's `_.gte(a).and(_.lte(b))` as a
 * top-level `$and` beside the query's other fields: both the `$and` and its siblings count.
 */
function conditionsOf(query: Condition): Condition[] {
  const { $and, ...own } = query;
  const nested = Array.isArray($and) ? ($and as Condition[]).flatMap(conditionsOf) : [];
  return Object.keys(own).length > 0 ? [own, ...nested] : nested;
}

function shapeOf(query: Condition, order: Record<string, number>): QueryShape {
  const shape: QueryShape = {
    pinned: new Set(),
    ranged: new Set(),
    sort: Object.entries(order).map(([field, direction]) => ({ field, direction: direction < 0 ? -1 : 1 })),
  };
  for (const condition of conditionsOf(query)) {
    for (const [field, value] of Object.entries(condition)) {
      if (field === '$or') continue;
      const operators = value !== null && typeof value === 'object' ? Object.keys(value) : [];
      if (operators.some((operator) => RANGE_OPERATORS.includes(operator))) shape.ranged.add(field);
      else shape.pinned.add(field);
    }
  }
  return shape;
}

function startsWith(fields: IndexField[], wanted: IndexField[], sortFrom: number): boolean {
  if (wanted.length > fields.length) return false;
  const sortFlip = wanted.slice(sortFrom).every((w, i) => fields[sortFrom + i].direction === -w.direction);
  return wanted.every(
    (w, i) => fields[i].field === w.field && (i < sortFrom || sortFlip || fields[i].direction === w.direction),
  );
}

function served(shape: QueryShape, indexes: IndexField[][]): boolean {
  if (shape.pinned.has('_id')) return true;
  const rangedOnly = [...shape.ranged].filter((field) => !shape.sort.some((s) => s.field === field));
  const after = [...rangedOnly.map((field): IndexField => ({ field, direction: 1 })), ...shape.sort];
  return indexes.some((fields) => {
    for (let prefix = fields.length; prefix >= 0; prefix -= 1) {
      const leading = fields.slice(0, prefix);
      if (prefix === 0 && shape.pinned.size > 0) continue;
      if (!leading.every((f) => shape.pinned.has(f.field))) continue;
      if (startsWith(fields.slice(prefix), after, rangedOnly.length)) return true;
    }
    return false;
  });
}

function queryOf(request: RecordedRequest): { query: Condition; order: Record<string, number> } | null {
  const { params } = request;
  if (request.action === 'database.aggregateDocuments') {
    const stages = params.stages as { stageKey: string; stageValue: string }[];
    const match = stages.find((stage) => stage.stageKey === '$match');
    return { query: match ? (EJSON.parse(match.stageValue) as Condition) : {}, order: {} };
  }
  if (typeof params.query !== 'string') return null;
  const order = typeof params.order === 'string' ? (EJSON.parse(params.order) as Record<string, number>) : {};
  return { query: EJSON.parse(params.query) as Condition, order };
}

/** The requests on `collections` that no declared index serves, as "collection: query / order". */
export function queriesWithoutIndex(
  requests: readonly RecordedRequest[],
  setupByCollection: Record<string, CollectionSetup>,
): string[] {
  const unserved = new Set<string>();
  for (const request of requests) {
    const setup = request.collectionName ? setupByCollection[request.collectionName] : undefined;
    const found = setup ? queryOf(request) : null;
    if (!setup || !found) continue;
    const indexes = setup.indexes.map((spec) => spec.fields);
    if (!served(shapeOf(found.query, found.order), indexes)) {
      unserved.add(`${request.collectionName}: ${EJSON.stringify(found.query)} / ${JSON.stringify(found.order)}`);
    }
  }
  return [...unserved];
}
