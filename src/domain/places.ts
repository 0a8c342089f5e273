import { z } from 'zod';
import { fixedText } from './textFields';
import { idSchema } from './ids';
import { lazySchema } from './lazySchema';

/**
 * District 区 > street 街道 > community 社区 > grid 网格 / compound 小区, and the bodies 街呼区应
 * calls on. Built at first use and marked pure: the mini-program's main package never parses a
 * directory, so its minifier drops them all (docs/adr/0013).
 */
export const districtSchema = /* @__PURE__ */ lazySchema(() => z.object({ id: idSchema, name: fixedText() }));

export const streetSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({ id: idSchema, name: fixedText(), districtId: idSchema }),
);

export const communitySchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: idSchema,
    name: fixedText(),
    streetId: idSchema,
    /** The committee's office, shown to residents as "whom to call". */
    officeAddress: fixedText(),
    officePhone: fixedText(),
    /** New matters wait for the committee before they are public (default), or publish at once. */
    reviewMattersFirst: z.boolean(),
    /** 民意5来听 cut-offs, `HH:mm` on the day before a visit day: booking closes / cancelling closes. */
    bookingClosesAt: fixedText().optional(),
    cancelClosesAt: fixedText().optional(),
  }),
);

export const gridSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({ id: idSchema, name: fixedText(), communityId: idSchema }),
);

export const compoundSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: idSchema,
    name: fixedText(),
    communityId: idSchema,
    gridId: idSchema,
  }),
);

/** 区直部门: a district department that answers 街呼区应 calls (城管, 住建, 公安交警, 市场监管…). */
export const departmentSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({ id: idSchema, name: fixedText(), districtId: idSchema }),
);

/** 物业服务企业: answers for the compounds it manages. */
export const propertyCompanySchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: idSchema,
    name: fixedText(),
    districtId: idSchema.optional(),
    compoundIds: z.array(idSchema),
  }),
);

export type District = z.infer<typeof districtSchema>;
export type Street = z.infer<typeof streetSchema>;
export type Community = z.infer<typeof communitySchema>;
export type Grid = z.infer<typeof gridSchema>;
export type Compound = z.infer<typeof compoundSchema>;
export type Department = z.infer<typeof departmentSchema>;
export type PropertyCompany = z.infer<typeof propertyCompanySchema>;

export const directorySchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    districts: z.array(districtSchema),
    streets: z.array(streetSchema),
    communities: z.array(communitySchema),
    grids: z.array(gridSchema),
    compounds: z.array(compoundSchema),
    departments: z.array(departmentSchema),
    propertyCompanies: z.array(propertyCompanySchema),
  }),
);

export type Directory = z.infer<typeof directorySchema>;

/** The name of the street, department or property company a case role acts for; '' if unknown. */
export function orgName(directory: Directory, orgId: string): string {
  const bodies = [...directory.streets, ...directory.departments, ...directory.propertyCompanies];
  return bodies.find((body) => body.id === orgId)?.name ?? '';
}

/** `任城区 · 古槐街道 · 东门社区`: the full name of a community for display. */
export function communityPath(directory: Directory, communityId: string): string {
  const community = directory.communities.find((c) => c.id === communityId);
  if (!community) return '';
  const street = directory.streets.find((s) => s.id === community.streetId);
  const district = street ? directory.districts.find((d) => d.id === street.districtId) : undefined;
  return [district?.name, street?.name, community.name].filter(Boolean).join(' · ');
}

export function gridsOf(directory: Directory, communityId: string): Grid[] {
  return directory.grids.filter((g) => g.communityId === communityId);
}

export function compoundsOf(directory: Directory, communityId: string, gridId?: string | null): Compound[] {
  return directory.compounds.filter((c) => c.communityId === communityId && (gridId ? c.gridId === gridId : true));
}

/** `东门社区、西门社区`: the names of several communities, in the order given. */
export function communityNames(directory: Directory, ids: readonly string[]): string {
  return ids.map((id) => directory.communities.find((c) => c.id === id)?.name ?? id).join('、');
}

/** The departments of a district, or every department without one given. */
export function departmentsOf(directory: Directory, districtId?: string): Department[] {
  return directory.departments.filter((d) => (districtId ? d.districtId === districtId : true));
}

/** The property company that manages a compound, if any. */
export function propertyCompanyOf(directory: Directory, compoundId: string): PropertyCompany | undefined {
  return directory.propertyCompanies.find((p) => p.compoundIds.includes(compoundId));
}
