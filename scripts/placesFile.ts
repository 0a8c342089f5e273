import { z } from 'zod';
import { directoryProblems } from '@domain/placeDirectoryCheck';
import { departmentSchema, directorySchema, propertyCompanySchema, type Directory } from '@domain/places';

/**
 * A places file (docs/places.example.json) as `cloudbase:setup --places` reads it: the directory's
 * shape, where files written before 街呼区应 may leave out departments and property companies.
 */
const placesFileSchema = directorySchema.unwrap().extend({
  departments: z.array(departmentSchema).default([]),
  propertyCompanies: z.array(propertyCompanySchema).default([]),
});

/** The directory a places file holds, or an error naming every reference it gets wrong. */
export function parsePlacesFile(json: unknown): Directory {
  const directory = placesFileSchema.parse(json);
  const problems = directoryProblems(directory);
  if (problems.length > 0) throw new Error(`地点名录有误：\n${problems.join('\n')}`);
  return directory;
}
