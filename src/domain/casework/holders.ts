import { z } from 'zod';

/**
 * The bodies that can hold a case (街呼区应): a grid (its grid workers act), a property company
 * (物业服务企业, its users act for the compounds it manages), a district department (区直部门:
 * 城管, 住建, 公安交警, 市场监管 ...) or the street itself (街道, 首接负责: what nobody else can
 * take falls to it). Only the kind and id live here; names come from the place directory.
 */
export const holderKinds = ['grid', 'property', 'department', 'street'] as const;
export type HolderKind = (typeof holderKinds)[number];

export const holderKindLabels: Record<HolderKind, string> = {
  grid: '网格',
  property: '物业',
  department: '区直部门',
  street: '街道',
};

export interface CaseHolder {
  kind: HolderKind;
  id: string;
}

export const caseHolderSchema = z.object({
  kind: z.enum(holderKinds, { error: '请选择承办单位类型' }),
  id: z.string().trim().min(1, { error: '请选择承办单位' }).max(64),
});

export function sameHolder(a: CaseHolder, b: CaseHolder): boolean {
  return a.kind === b.kind && a.id === b.id;
}

/** One string per holder (`department:cg`), for indexes, filters and map keys. */
export function holderKey(holder: CaseHolder): string {
  return `${holder.kind}:${holder.id}`;
}
