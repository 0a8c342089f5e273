import { z } from 'zod';
import type { FieldIssue } from '@domain/errors';
import { onBehalfShape, orderFieldsShape } from '@domain/service/inputs';
import type { WantedPeriod } from '@domain/service/views';
import type { ShanghaiDate } from '@domain/time';
import { toFieldIssues } from '@domain/validation';

/** Whom the order is for: a resident found by search, or the name of one without an account. */
export type Beneficiary = { kind: 'found'; id: string; name: string } | { kind: 'named'; name: string };

export interface OrderForDraft {
  beneficiary: Beneficiary | null;
  consent: string;
  itemId: string | null;
  details: string;
  wantedDate: ShanghaiDate;
  wantedPeriod: WantedPeriod;
  address: string;
  contactPhone: string;
}

/** The contract's own fields of 红色代办: the form says what it would refuse before sending. */
const placeOrderForSchema = z.object({ ...orderFieldsShape, ...onBehalfShape });
export type PlaceOrderForInput = z.output<typeof placeOrderForSchema>;

/** The input of placeOrderFor from the form, or every field's complaint (the resident's first). */
export function checkOrderFor(
  draft: OrderForDraft,
  communityId: string,
): { ok: true; input: PlaceOrderForInput & { communityId: string } } | { ok: false; issues: FieldIssue[] } {
  const beneficiaryIssue: FieldIssue[] = draft.beneficiary
    ? []
    : [{ path: 'residentName', message: '请先找到居民，或填写没有账号的居民姓名' }];
  const parsed = placeOrderForSchema.safeParse({
    itemId: draft.itemId ?? undefined,
    details: draft.details,
    wantedDate: draft.wantedDate,
    wantedPeriod: draft.wantedPeriod,
    address: draft.address,
    contactPhone: draft.contactPhone,
    residentId: draft.beneficiary?.kind === 'found' ? draft.beneficiary.id : null,
    residentName: draft.beneficiary?.name ?? '',
    consent: draft.consent,
  });
  const issues = [
    ...beneficiaryIssue,
    ...(parsed.success ? [] : toFieldIssues(parsed.error)).filter(
      (issue) => !(beneficiaryIssue.length && issue.path === 'residentName'),
    ),
  ];
  if (issues.length > 0 || !parsed.success) return { ok: false, issues: issues.map(withItemMessage) };
  return { ok: true, input: { ...parsed.data, communityId } };
}

/** The id field's own message names an id; the person chose a service. */
function withItemMessage(issue: FieldIssue): FieldIssue {
  return issue.path === 'itemId' ? { path: 'itemId', message: '请选择一项服务' } : issue;
}

/** The usual ways a resident at the door agrees: a tap fills the box. */
export const usualConsents = ['本人口头同意', '本人到社区当面同意', '家属代为同意（电话确认）'];
