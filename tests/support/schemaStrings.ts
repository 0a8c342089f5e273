import type { z } from 'zod';

/** A string leaf of a schema and the path to it (`[]` for array elements). */
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
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case 'string':
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
      return stringLeaves(def.out!, path);
    case 'lazy':
      return stringLeaves(def.getter!(), path);
    default:
      return [];
  }
}
