/** The shapes and helpers every collection's index list is written with (indexes.ts, matterIndexes.ts). */
export interface IndexField {
  field: string;
  direction: 1 | -1;
}

export interface IndexSpec {
  name: string;
  fields: IndexField[];
  unique: boolean;
  /** Which query needs it. */
  serves: string;
}

export interface CollectionSetup {
  permission: 'ADMINONLY';
  /** What `_id` holds: every adapter write relies on it. */
  idHolds: string;
  indexes: IndexSpec[];
}

export const ascending = (field: string): IndexField => ({ field, direction: 1 });
export const descending = (field: string): IndexField => ({ field, direction: -1 });

export const newestUserFirst = [descending('createdAt'), descending('id')];

/** An index named MongoDB's way (`field_direction` joined by `_`), so the console shows the same name. */
export function index(fields: IndexField[], serves: string, unique = false): IndexSpec {
  const name = fields.map((f) => `${f.field}_${f.direction}`).join('_');
  return { name, fields, unique, serves };
}

/** Keyset orders of the matters adapter: a sort value, then `_id` to break ties. */
export const descendingThenId = (field: string): IndexField[] => [descending(field), descending('_id')];
export const ascendingThenId = (field: string): IndexField[] => [ascending(field), ascending('_id')];
