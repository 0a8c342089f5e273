import { z } from 'zod';
import type { FieldIssue } from '@domain/errors';
import { onBehalfShape } from '@domain/onBehalf';
import { toFieldIssues } from '@domain/validation';

/** A registered resident found by name or phone tail; their phone is masked. */
export type FoundResident = { id: string; name: string; building: string; phone: string };

/** Whom staff act for: a resident found by search, or the name of one without an account. */
export type Beneficiary = { kind: 'found'; id: string; name: string } | { kind: 'named'; name: string };

/** The part every 红色代办 shares: for whom, which family member to tell, how the resident agreed. */
export interface WhoDraft {
  beneficiary: Beneficiary | null;
  family: FoundResident | null;
  consent: string;
}

export const emptyWho = (): WhoDraft => ({ beneficiary: null, family: null, consent: '' });

const whoSchema = z.object(onBehalfShape);
export type WhoInput = z.output<typeof whoSchema>;

/** The contract's on-behalf fields from the form, or every complaint (the resident's first). */
export function checkWho(draft: WhoDraft): { ok: true; input: WhoInput } | { ok: false; issues: FieldIssue[] } {
  const parsed = whoSchema.safeParse({
    residentId: draft.beneficiary?.kind === 'found' ? draft.beneficiary.id : null,
    residentName: draft.beneficiary?.name ?? '',
    consent: draft.consent,
    familyId: draft.family?.id ?? null,
  });
  const missing: FieldIssue[] = draft.beneficiary
    ? []
    : [{ path: 'residentName', message: '请先找到居民，或填写没有账号的居民姓名' }];
  const issues = [
    ...missing,
    ...(parsed.success ? [] : toFieldIssues(parsed.error)).filter(
      (issue) => !(missing.length && issue.path === 'residentName'),
    ),
  ];
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, input: parsed.data };
}

/** A mode's own check joined to the who part's: one list of complaints, or the whole input. */
export function checkWithWho<T>(
  who: WhoDraft,
  own: { ok: true; input: T } | { ok: false; issues: FieldIssue[] },
): { ok: true; input: T & WhoInput } | { ok: false; issues: FieldIssue[] } {
  const whoChecked = checkWho(who);
  if (whoChecked.ok && own.ok) return { ok: true, input: { ...own.input, ...whoChecked.input } };
  return {
    ok: false,
    issues: [...(whoChecked.ok ? [] : whoChecked.issues), ...(own.ok ? [] : own.issues)],
  };
}
