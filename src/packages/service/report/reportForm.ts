import { z } from 'zod';
import type { FieldIssue } from '@domain/errors';
import type { ServiceCategory } from '@domain/service/categories';
import { volunteerReportShape } from '@domain/service/inputs';
import { toFieldIssues } from '@domain/validation';
import { firstPerField } from '../components/firstIssues';

export interface ReportDraft {
  partyMember: boolean;
  workUnit: string;
  skills: string;
  categories: ServiceCategory[];
  availability: string;
}

export type ReportInput = z.infer<typeof reportSchema>;

/** The contract's own fields: the form says what the server would. */
const reportSchema = z.strictObject(volunteerReportShape);

export const emptyReport: ReportDraft = {
  partyMember: false,
  workUnit: '',
  skills: '',
  categories: [],
  availability: '',
};

/** A work unit is asked of party members only (双报到 of in-service members): none is sent for others. */
export function checkReport(
  draft: ReportDraft,
): { ok: true; input: ReportInput } | { ok: false; issues: FieldIssue[] } {
  const parsed = reportSchema.safeParse({ ...draft, workUnit: draft.partyMember ? draft.workUnit : '' });
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, issues: firstPerField(toFieldIssues(parsed.error)) };
}

/** Ticking a kind of service on or off. */
export function toggled(categories: readonly ServiceCategory[], category: ServiceCategory): ServiceCategory[] {
  return categories.includes(category) ? categories.filter((c) => c !== category) : [...categories, category];
}
