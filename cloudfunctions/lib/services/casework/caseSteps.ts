import { AppError } from '@domain/errors';
import { caseTransitions, type CaseAction } from '@domain/casework';
import type { CaseDetail } from '@domain/casework/views';
import type { Directory } from '@domain/places';
import type { ActionContext } from '../../service';
import type { CaseChange, CaseRecord } from '../../ports/casework';
import type { MatterRecord } from '../../ports/matters';
import { commandId } from '../commandIds';
import { requireUser } from '../requireUser';
import { actorFor, mayRead, partyOf, type CaseParty } from './access';
import { auditCaseStep } from './caseAudit';
import { caseMatter } from './caseMatter';
import { caseDetail } from './caseViews';

/** What a step hands its follow-up work: the case before and after, the caller, the directory. */
export interface StepDone {
  before: CaseRecord;
  after: CaseRecord;
  party: CaseParty;
  matter: MatterRecord;
  directory: Directory;
  /** The matter timeline entry's id for this step (derived from the request id). */
  entryId: string;
}

export interface CaseStepSpec {
  action: CaseAction;
  /** The checks beyond "may this party take this step from here" (the return window...). */
  check?: (record: CaseRecord, party: CaseParty, now: number) => void | Promise<void>;
  /** What the step writes besides the state, and the storage's extra conditions. */
  change: (record: CaseRecord, party: CaseParty, now: number) => Omit<CaseChange, 'from'>;
  /**
   * The refusal when someone else took the step first (a colleague accepted it): asked before the
   * state table, so the loser of a race hears who won rather than where the case stands.
   */
  raced?: (record: CaseRecord, party: CaseParty) => AppError | null;
  /** Whether a case found past this step was moved there by this very request's earlier attempt. */
  appliedBefore: (record: CaseRecord, party: CaseParty) => boolean;
  /** The audit line's after-snapshot besides the state. */
  audit: (record: CaseRecord) => Record<string, unknown>;
  /** The matter's timeline and the news: idempotent (ids from the request id), a retry runs them again. */
  follow: (ctx: ActionContext, done: StepDone) => Promise<void>;
}

export async function findCase(ctx: ActionContext, caseId: string): Promise<CaseRecord> {
  const record = await ctx.deps.storage.cases.findById(caseId);
  if (!record) throw new AppError('NOT_FOUND', '案件不存在');
  return record;
}

/** The case as the caller may read it, with how they stand to it; NOT_FOUND when they may not. */
export async function readableCase(ctx: ActionContext, caseId: string) {
  const user = requireUser(ctx.caller);
  const record = await findCase(ctx, caseId);
  const party = partyOf(user, record);
  if (!mayRead(party)) throw new AppError('NOT_FOUND', '案件不存在');
  return { record, party };
}

/**
 * One step of a case: read it, resolve who the caller is to it, check the state table and the
 * guards, apply the change conditionally on the state (of two racing steps one wins), then the
 * matter's timeline, the audit line and the news. A request retried after a failure that came
 * after its write finds the case already there and only finishes the follow-up work.
 */
export async function caseStep(ctx: ActionContext, caseId: string, spec: CaseStepSpec): Promise<{ case: CaseDetail }> {
  const { deps } = ctx;
  const { record, party } = await readableCase(ctx, caseId);
  const to = caseTransitions[spec.action].to;
  let after: CaseRecord;
  if (ctx.earlierAttempt && record.state === to && spec.appliedBefore(record, party)) {
    after = record;
  } else {
    const raced = spec.raced?.(record, party);
    if (raced) throw raced;
    actorFor(party, record, spec.action);
    const now = deps.clock.now();
    await spec.check?.(record, party, now);
    const change = spec.change(record, party, now);
    const changed = await deps.storage.cases.change(
      record.id,
      { ...change, from: [record.state], patch: { ...change.patch, state: to } },
      now,
    );
    if (!changed) {
      const current = await deps.storage.cases.findById(record.id);
      throw (current && spec.raced?.(current, party)) || new AppError('CONFLICT', '案件刚刚有了变化，请刷新后再看');
    }
    after = changed;
  }
  const [matter, directory] = await Promise.all([caseMatter(deps, record.matterId), deps.storage.places.directory()]);
  const entryId = commandId(ctx, 't', `casework.${spec.action}:${record.id}`);
  await spec.follow(ctx, { before: record, after, party, matter, directory, entryId });
  await auditCaseStep(ctx, party.user, spec.action, after, null, {
    state: after.state,
    ...spec.audit(after),
  });
  return { case: await caseDetail(deps, party, after, directory) };
}
