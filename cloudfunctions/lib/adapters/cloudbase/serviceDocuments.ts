import type { StoredDocument } from './database';

/**
 * The service collections store each record under its own id as `_id`, every other field as it
 * is in the port (arrays and maps included): a record is its document with `_id` renamed.
 */
export type DocumentOf<T extends { id: string }> = Omit<T, 'id'> & { _id: string };

export function toDocument<T extends { id: string }>(record: T): DocumentOf<T> {
  const { id, ...fields } = record;
  return { _id: id, ...fields };
}

/** The fields of a document to write with update() or set(): everything but `_id`. */
export function fieldsOf<T extends { id: string }>(record: T): Omit<T, 'id'> {
  const { id: _id, ...fields } = record;
  return fields;
}

export function toRecord<T extends { id: string }>(stored: StoredDocument): T {
  const { _id, ...fields } = stored;
  return { id: _id, ...fields } as unknown as T;
}
