import { z } from 'zod';
import type { FieldIssue } from '@domain/errors';
import { orderFieldsShape } from '@domain/service/inputs';
import type { WantedPeriod } from '@domain/service/views';
import type { ShanghaiDate } from '@domain/time';
import { toFieldIssues } from '@domain/validation';

/** 服务点单's own fields, as a resident's order has them. */
export interface OrderForDraft {
  itemId: string | null;
  details: string;
  wantedDate: ShanghaiDate;
  wantedPeriod: WantedPeriod;
  address: string;
  contactPhone: string;
}

const orderFieldsSchema = z.object(orderFieldsShape);

/** The order's fields from the form, or every field's complaint (the contract's own check). */
export function checkOrderFields(
  draft: OrderForDraft,
): { ok: true; input: z.output<typeof orderFieldsSchema> } | { ok: false; issues: FieldIssue[] } {
  const parsed = orderFieldsSchema.safeParse({ ...draft, itemId: draft.itemId ?? undefined });
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, issues: toFieldIssues(parsed.error).map(withItemMessage) };
}

/** The id field's own message names an id; the person chose a service. */
function withItemMessage(issue: FieldIssue): FieldIssue {
  return issue.path === 'itemId' ? { path: 'itemId', message: '请选择一项服务' } : issue;
}
