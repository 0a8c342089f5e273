import { AppError } from '@domain/errors';
import { holderKindLabels, type CaseHolder } from '@domain/casework';
import type { HolderView } from '@domain/casework/views';
import type { Directory } from '@domain/places';
import type { CaseRecord } from '../../ports/casework';

/*
 * The bodies a case can go to, as the place directory names them. The directory is read once per
 * call and passed in: a case page names its holder, its place and its community from one read.
 */

/** The body's name (区城管局, 幸福物业, 东门第一网格, 古槐街道), or its kind's word if it left the directory. */
export function holderName(directory: Directory, holder: CaseHolder): string {
  const named = (list: readonly { id: string; name: string }[]) => list.find((item) => item.id === holder.id)?.name;
  const name =
    holder.kind === 'grid'
      ? named(directory.grids)
      : holder.kind === 'property'
        ? named(directory.propertyCompanies)
        : holder.kind === 'department'
          ? named(directory.departments)
          : named(directory.streets);
  return name ?? holderKindLabels[holder.kind];
}

export function holderView(directory: Directory, holder: CaseHolder): HolderView {
  return { kind: holder.kind, id: holder.id, name: holderName(directory, holder) };
}

/** Where the matter stands, as routing and the holder checks need it. */
export type CasePlace = Pick<CaseRecord, 'communityId' | 'streetId' | 'gridId' | 'compoundId'>;

/**
 * Whether a body can answer for a case at this place: a grid of the matter's community, the
 * property company that manages the matter's compound, a department of the directory, or the
 * matter's own street. A committee's override and a street's re-route are refused otherwise.
 */
export function assertHolderFits(directory: Directory, holder: CaseHolder, place: CasePlace, path = 'holder'): void {
  const refuse = (message: string) => new AppError('BAD_INPUT', message, [{ path, message }]);
  switch (holder.kind) {
    case 'grid':
      if (!directory.grids.some((g) => g.id === holder.id && g.communityId === place.communityId)) {
        throw refuse('只能派给本社区的网格');
      }
      return;
    case 'property': {
      const company = directory.propertyCompanies.find((p) => p.id === holder.id);
      if (!company) throw refuse('物业公司不存在');
      if (!place.compoundId || !company.compoundIds.includes(place.compoundId)) {
        throw refuse('该物业公司不管理这件事所在的小区');
      }
      return;
    }
    case 'department':
      if (!directory.departments.some((d) => d.id === holder.id)) throw refuse('区直部门不存在');
      return;
    case 'street':
      if (holder.id !== place.streetId) throw refuse('只能派给本社区所属的街道');
      return;
  }
}

/** `东门社区 · 幸福小区 · 东门第一网格`: where the matter is, in words. */
export function placeLine(directory: Directory, place: CasePlace): string {
  const community = directory.communities.find((c) => c.id === place.communityId)?.name;
  const compound = place.compoundId ? directory.compounds.find((c) => c.id === place.compoundId)?.name : undefined;
  const grid = place.gridId ? directory.grids.find((g) => g.id === place.gridId)?.name : undefined;
  return [community, compound, grid].filter(Boolean).join(' · ');
}

/** The grid or compound only (the list line already names the community). */
export function placeName(directory: Directory, place: CasePlace): string {
  const compound = place.compoundId ? directory.compounds.find((c) => c.id === place.compoundId)?.name : undefined;
  const grid = place.gridId ? directory.grids.find((g) => g.id === place.gridId)?.name : undefined;
  return [compound, grid].filter(Boolean).join(' · ');
}

export function communityName(directory: Directory, communityId: string): string {
  return directory.communities.find((c) => c.id === communityId)?.name ?? '';
}

/** The street a community belongs to; a community outside the directory has none. */
export function streetOf(directory: Directory, communityId: string): string {
  const streetId = directory.communities.find((c) => c.id === communityId)?.streetId;
  if (!streetId) throw new AppError('NOT_FOUND', '社区不存在');
  return streetId;
}

/**
 * The case's place from the matter's: its street, and its grid — the grid of its compound when it
 * names one, else the matter's own. A resident picks the compound the matter is about, while the
 * matter's grid may come from the author's profile (raise.ts), so the compound decides: a grid rule
 * and the grid's verifiers reach the grid the compound lies in.
 */
export function casePlaceOf(
  directory: Directory,
  matter: { communityId: string; gridId: string | null; compoundId: string | null },
): CasePlace {
  const compoundGrid = matter.compoundId
    ? (directory.compounds.find((c) => c.id === matter.compoundId)?.gridId ?? null)
    : null;
  return {
    communityId: matter.communityId,
    streetId: streetOf(directory, matter.communityId),
    gridId: compoundGrid ?? matter.gridId,
    compoundId: matter.compoundId,
  };
}
