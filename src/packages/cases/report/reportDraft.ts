import { z } from 'zod';
import { patrolReportShape } from '@domain/casework/inputs';
import type { FieldIssue } from '@domain/errors';
import type { MatterCategory } from '@domain/matters/categories';
import { toFieldIssues } from '@domain/validation';

/** What the grid worker has typed and picked so far. */
export interface ReportDraft {
  title: string;
  category: MatterCategory | null;
  gridId: string | null;
  compoundId: string | null;
  location: string;
  description: string;
}

export type ReportInput = z.output<z.ZodObject<typeof patrolReportShape>>;

const reportSchema = z.strictObject(patrolReportShape);

/** One grid: it is already chosen; several: the worker picks. */
export function emptyDraft(gridIds: readonly string[]): ReportDraft {
  return {
    title: '',
    category: null,
    gridId: gridIds.length === 1 ? gridIds[0] : null,
    compoundId: null,
    location: '',
    description: '',
  };
}

/** The report as the contract takes it, or every field's complaint in the contract's words. */
export function checkReport(
  draft: ReportDraft,
  photos: string[],
): { ok: true; input: ReportInput } | { ok: false; issues: FieldIssue[] } {
  const parsed = reportSchema.safeParse({
    title: draft.title,
    description: draft.description,
    category: draft.category ?? undefined,
    gridId: draft.gridId ?? '',
    ...(draft.compoundId ? { compoundId: draft.compoundId } : {}),
    location: draft.location,
    photos,
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const issues = toFieldIssues(parsed.error).map((issue) =>
    issue.path === 'gridId' ? { ...issue, message: '请选择网格' } : issue,
  );
  return { ok: false, issues };
}
