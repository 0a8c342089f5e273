import type { z } from 'zod';
import { textKindOf } from '../../src/domain/textFields';

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

/** Every string schema reachable in an answer's schema, with its path. */
export function stringLeaves(schema: z.ZodType, path = ''): StringLeaf[] {
  // A schema that says what text it holds is a leaf, whatever its shape (freeJson is a pipe).
  if (textKindOf(schema) !== undefined) return [{ path, schema }];
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
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
    case 'nullable':
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return stringLeaves(def.innerType!, path);
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
export function declaredValues(schema: z.ZodType, value: unknown, path = ''): { path: string; value: unknown }[] {
  if (value === undefined || value === null) return [];
  if (textKindOf(schema) !== undefined) return [{ path, value }];
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, child]) =>
        declaredValues(child, (value as Record<string, unknown>)[key], path ? `${path}.${key}` : key),
      );
    case 'array':
      return (value as unknown[]).flatMap((item) => declaredValues(def.element!, item, `${path}[]`));
    case 'nullable':
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return declaredValues(def.innerType!, value, path);
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
    default:
      return [];
  }
}
