import { AppError } from '@domain/errors';
import {
  caseTransitions,
  decideExtension as decide,
  firstReminderAt,
  nextReminderAfter,
  handoffText,
  startClock,
  type CaseHolder,
} from '@domain/casework';
import type { ActionContext } from '../../service';
import type { CaseRecord } from '../../ports/casework';
import { commandId } from '../commandIds';
import { actorFor } from './access';
import { assertHolderFits, holderName } from './bodies';
import { auditCaseStep } from './caseAudit';
import { caseMatter, handoffOnMatter } from './caseMatter';
import { tellCaseStep } from './caseNotices';
import { caseStep, readableCase } from './caseSteps';
import { caseDetail } from './caseViews';
import { clockOf } from './clock';
import { unansweredCase } from './openCase';

/*
 * The street's steps (街道, over the matter's community): re-route a returned or misrouted case
 * (首接负责), and decide the holder's extension request.
 */

/** 改派: the case ends (withdrawn, with the reason) and a new one starts for the new holder, with a new clock. */
export async function reroute(ctx: ActionContext, input: { caseId: string; holder: CaseHolder; reason: string }) {
  const { deps } = ctx;
  const { record, party } = await readableCase(ctx, input.caseId);
  const nextId = commandId(ctx, 'k', `casework.reroute:${record.id}`);
  const directory = await deps.storage.places.directory();
  let moved: { previous: CaseRecord; next: CaseRecord } | null = null;
  const earlier = ctx.earlierAttempt ? await deps.storage.cases.findById(nextId) : null;
  if (earlier) {
    moved = { previous: record, next: earlier };
  } else {
    actorFor(party, record, 'reroute');
    assertHolderFits(directory, input.holder, record);
    const now = deps.clock.now();
    const clock = startClock(record.slaClass, now);
    const next: CaseRecord = {
      ...record,
      id: nextId,
      holder: { kind: input.holder.kind, id: input.holder.id },
      state: caseTransitions.reroute.to,
      dispatchedAt: clock.dispatchedAt,
      dueAt: clock.dueAt,
      dispatchedBy: party.user.id,
      override: null,
      ...unansweredCase,
      previousCaseId: record.id,
      nextReminderAt: firstReminderAt(clock),
      updatedAt: now,
    };
    moved = await deps.storage.cases.reroute(
      record.id,
      { from: [record.state], withdrawReason: `街道改派：${input.reason}` },
      next,
      now,
    );
    if (!moved) throw new AppError('CONFLICT', '案件刚刚有了变化，请刷新后再看');
  }
  const { previous, next } = moved;
  const matter = await caseMatter(deps, record.matterId);
  const name = holderName(directory, next.holder);
  const entryId = commandId(ctx, 't', `casework.reroute:${record.id}`);
  await handoffOnMatter(deps, {
    matter,
    user: party.user,
    text: handoffText({
      kind: 'rerouted',
      byName: holderName(directory, { kind: 'street', id: record.streetId }),
      holderName: name,
      dueAt: next.dueAt,
    }),
    entryId,
    escalation: { holderName: name, dueAt: next.dueAt },
  });
  await tellCaseStep(deps, 'reroute', { before: previous, after: next, party, matter, directory, entryId });
  await auditCaseStep(
    ctx,
    party.user,
    'reroute',
    record,
    { holder: record.holder },
    {
      state: 'withdrawn',
      holder: next.holder,
      nextCaseId: next.id,
      reason: input.reason,
    },
  );
  return { case: await caseDetail(deps, party, next, directory) };
}

/** 审批延期: an approval moves the due time (and the reminders with it) and is public; a refusal is not. */
export function decideExtension(ctx: ActionContext, input: { caseId: string; approve: boolean }) {
  return caseStep(ctx, input.caseId, {
    action: 'decideExtension',
    change: (record, party, now) => {
      const decided = decide(clockOf(record), record.extension, input.approve, party.user.id, now);
      return {
        extensionIs: 'pending',
        patch: {
          extension: decided.request,
          dueAt: decided.clock.dueAt,
          // An approval moves the thresholds: the reminders follow the new due time.
          nextReminderAt: input.approve ? nextReminderAfter(decided.clock, now) : record.nextReminderAt,
        },
      };
    },
    appliedBefore: (record, party) =>
      record.extension?.decidedBy === party.user.id &&
      record.extension.decision === (input.approve ? 'approved' : 'refused'),
    audit: (record) => ({ approve: input.approve, dueAt: record.dueAt }),
    follow: async (c, done) => {
      const request = done.after.extension;
      if (input.approve && request) {
        await handoffOnMatter(c.deps, {
          matter: done.matter,
          user: done.party.user,
          text: handoffText({ kind: 'extended', dueAt: done.after.dueAt, reason: request.reason }),
          entryId: done.entryId,
          escalation: { holderName: holderName(done.directory, done.after.holder), dueAt: done.after.dueAt },
        });
      }
      await tellCaseStep(c.deps, 'decideExtension', done);
    },
  });
}
