import type { CaseHolder, RulePlace } from '@domain/casework';
import { AppError } from '@domain/errors';
import type { Directory } from '@domain/places';

/*
 * What a street's routing table may name, from the place directory: its places (communities,
 * grids, compounds) and the bodies that can answer there (its grids, the property companies
 * managing compounds in it, the district's departments, the street itself).
 */

export interface NamedHolder extends CaseHolder {
  name: string;
}

export interface NamedPlace extends RulePlace {
  name: string;
}

/** The places of a street, each with the ids of its communities to check against. */
function streetCommunityIds(directory: Directory, streetId: string): Set<string> {
  return new Set(directory.communities.filter((c) => c.streetId === streetId).map((c) => c.id));
}

/** Communities, then grids, then compounds of the street, in directory order. */
export function streetPlaces(directory: Directory, streetId: string): NamedPlace[] {
  const inStreet = streetCommunityIds(directory, streetId);
  return [
    ...directory.communities.filter((c) => inStreet.has(c.id)).map((c) => ({ kind: 'community' as const, ...pick(c) })),
    ...directory.grids.filter((g) => inStreet.has(g.communityId)).map((g) => ({ kind: 'grid' as const, ...pick(g) })),
    ...directory.compounds
      .filter((p) => inStreet.has(p.communityId))
      .map((p) => ({ kind: 'compound' as const, ...pick(p) })),
  ];
}

function pick({ id, name }: { id: string; name: string }) {
  return { id, name };
}

/**
 * Every body a case of this street can go to: its grids, the property companies that manage at
 * least one compound in it, all departments (the district's, and any other the directory has:
 * a department answers wherever it is called), and the street (首接负责).
 */
export function streetBodies(directory: Directory, streetId: string): NamedHolder[] {
  const inStreet = streetCommunityIds(directory, streetId);
  const compoundsInStreet = new Set(directory.compounds.filter((p) => inStreet.has(p.communityId)).map((p) => p.id));
  const street = directory.streets.find((s) => s.id === streetId);
  return [
    ...directory.grids.filter((g) => inStreet.has(g.communityId)).map((g) => ({ kind: 'grid' as const, ...pick(g) })),
    ...directory.propertyCompanies
      .filter((company) => company.compoundIds.some((id) => compoundsInStreet.has(id)))
      .map((company) => ({ kind: 'property' as const, ...pick(company) })),
    ...directory.departments.map((d) => ({ kind: 'department' as const, ...pick(d) })),
    ...(street ? [{ kind: 'street' as const, ...pick(street) }] : []),
  ];
}

/** A body's name as the directory gives it; its id when the directory no longer has it. */
export function holderName(directory: Directory, holder: CaseHolder): string {
  const list =
    holder.kind === 'grid'
      ? directory.grids
      : holder.kind === 'property'
        ? directory.propertyCompanies
        : holder.kind === 'department'
          ? directory.departments
          : directory.streets;
  return list.find((entry) => entry.id === holder.id)?.name ?? holder.id;
}

export function placeName(directory: Directory, place: RulePlace): string {
  const list =
    place.kind === 'community' ? directory.communities : place.kind === 'grid' ? directory.grids : directory.compounds;
  return list.find((entry) => entry.id === place.id)?.name ?? place.id;
}

/** A rule's place must be one of the street's; refused in Chinese otherwise. */
export function checkRulePlace(directory: Directory, streetId: string, place: RulePlace | null): void {
  if (place === null) return;
  const known = streetPlaces(directory, streetId).some((p) => p.kind === place.kind && p.id === place.id);
  if (!known) throw new AppError('BAD_INPUT', '规则的地点不在本街道，请从本街道的社区、网格和小区中选择');
}

const holderRefusals: Record<CaseHolder['kind'], string> = {
  grid: '承办网格不在本街道的社区里',
  property: '这家物业没有管理本街道的小区',
  department: '没有这个区直部门',
  street: '兜底的街道只能是本街道',
};

/** A rule's body must be one this street's cases can go to. */
export function checkHolder(directory: Directory, streetId: string, holder: CaseHolder): void {
  const known = streetBodies(directory, streetId).some((b) => b.kind === holder.kind && b.id === holder.id);
  if (!known) throw new AppError('BAD_INPUT', holderRefusals[holder.kind]);
}
