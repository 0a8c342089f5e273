import type { Directory } from '@domain/places';

/**
 * A place directory holding only these communities (id -> name), in this order, under one street:
 * what a dashboard section reads to name a street's communities, without a seeded directory.
 */
export function directoryNaming(names: ReadonlyMap<string, string> = new Map()): Directory {
  return {
    districts: [],
    streets: [],
    communities: [...names].map(([id, name]) => ({
      id,
      name,
      streetId: 's-test',
      officeAddress: '',
      officePhone: '',
      reviewMattersFirst: false,
    })),
    grids: [],
    compounds: [],
    departments: [],
    propertyCompanies: [],
  };
}
