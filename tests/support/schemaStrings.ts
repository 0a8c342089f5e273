import type { z } from 'zod';
import { textKindOf } from '@domain/textFields';

/**
 * A string leaf of a schema and the path to it (`[]` for array elements). Values of unknown shape
 * count as leaves too: they can carry strings, so they must declare what they hold like a string.
 */
export interface StringLeaf {
  path: string;
  schema: z.ZodType;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  getter?: () => z.ZodType;
}

/** Wrappers that change how a value is parsed, not what it holds: their inner schema is read. */
const TRANSPARENT = new Set(['nullable', 'optional', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** `schema` without its transparent wrappers, stopping at one that declares what text it holds. */
function unwrapped(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (textKindOf(inner) === undefined && TRANSPARENT.has(defOf(inner).type)) inner = defOf(inner).innerType!;
  return inner;
}

/** Every string schema reachable in an answer's schema, with its path. */
export function stringLeaves(outer: z.ZodType, path = ''): StringLeaf[] {
  const schema = unwrapped(outer);
  // A schema that says what text it holds is a leaf, whatever its shape (freeJson is a pipe).
  if (textKindOf(schema) !== undefined) return [{ path, schema }];
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
    case 'unknown':
    case 'any':
      return [{ path, schema }];
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, child]) =>
        stringLeaves(child, path ? `${path}.${key}` : key),
      );
    case 'array':
      return stringLeaves(def.element!, `${path}[]`);
    case 'union':
      return (def.options ?? []).flatMap((option) => stringLeaves(option, path));
    case 'record':
      // Keys are field names; only the values are read by people.
      return stringLeaves(def.valueType!, `${path}{}`);
    case 'pipe':
      return stringLeaves(def.in!, path);
    case 'lazy':
      return stringLeaves(def.getter!(), path);
    default:
      return [];
  }
}

/**
 * The leaf schema every string of an answer was declared by, with the value found there: how a
 * test tells which declared field a string it read came from.
 */
export function declaredValues(outer: z.ZodType, value: unknown, path = ''): { path: string; value: unknown }[] {
  if (value === undefined || value === null) return [];
  const schema = unwrapped(outer);
  if (textKindOf(schema) !== undefined) return [{ path, value }];
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, child]) =>
        declaredValues(child, (value as Record<string, unknown>)[key], path ? `${path}.${key}` : key),
      );
    case 'array':
      return (value as unknown[]).flatMap((item) => declaredValues(def.element!, item, `${path}[]`));
    case 'union':
      return (def.options ?? []).flatMap((option) =>
        option.safeParse(value).success ? declaredValues(option, value, path) : [],
      );
    case 'record':
      return Object.values(value as Record<string, unknown>).flatMap((inner) =>
        declaredValues(def.valueType!, inner, `${path}{}`),
      );
    case 'pipe':
      return declaredValues(def.in!, value, path);
    case 'lazy':
      return declaredValues(def.getter!(), value, path);
    default:
      return [];
  }
}
