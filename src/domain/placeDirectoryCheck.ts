import type { Directory } from './places';

/**
 * What a places file (docs/places.example.json) gets wrong beyond its shape: references to places
 * it does not hold. The loader refuses the whole file on any, so a deployment never starts with a
 * property company answering for a compound nobody can pick.
 */
export function directoryProblems(directory: Directory): string[] {
  const ids = (list: { id: string }[]) => new Set(list.map((p) => p.id));
  const districts = ids(directory.districts);
  const streets = ids(directory.streets);
  const communities = ids(directory.communities);
  const grids = ids(directory.grids);
  const compounds = ids(directory.compounds);
  const problems: string[] = [];
  const refer = (ok: boolean, text: string) => {
    if (!ok) problems.push(text);
  };
  for (const s of directory.streets) refer(districts.has(s.districtId), `街道 ${s.name} 的区不存在：${s.districtId}`);
  for (const c of directory.communities) refer(streets.has(c.streetId), `社区 ${c.name} 的街道不存在：${c.streetId}`);
  for (const g of directory.grids)
    refer(communities.has(g.communityId), `网格 ${g.name} 的社区不存在：${g.communityId}`);
  for (const c of directory.compounds) {
    refer(communities.has(c.communityId), `小区 ${c.name} 的社区不存在：${c.communityId}`);
    refer(grids.has(c.gridId), `小区 ${c.name} 的网格不存在：${c.gridId}`);
  }
  for (const d of directory.departments)
    refer(districts.has(d.districtId), `部门 ${d.name} 的区不存在：${d.districtId}`);
  const managedBy = new Map<string, string>();
  for (const p of directory.propertyCompanies) {
    if (p.districtId) refer(districts.has(p.districtId), `物业 ${p.name} 的区不存在：${p.districtId}`);
    for (const compoundId of p.compoundIds) {
      refer(compounds.has(compoundId), `物业 ${p.name} 管理的小区不存在：${compoundId}`);
      // One answerable company per compound: 街呼区应 must know whom to call.
      const other = managedBy.get(compoundId);
      refer(other === undefined, `小区 ${compoundId} 同时由 ${other} 和 ${p.name} 管理`);
      managedBy.set(compoundId, p.name);
    }
  }
  return problems;
}
