import { AppError } from '@domain/errors';
import { handoffText, nextReminderAfter } from '@domain/casework';
import type { ActionContext } from '../../service';
import { handoffOnMatter, resolveMatter, withdrawMatter } from './caseMatter';
import { tellCaseStep } from './caseNotices';
import { caseStep } from './caseSteps';
import { clockOf } from './clock';

/**
 * 核查: a grid worker of the matter's grid or the community's committee, never the user who gave
 * the feedback (the storage refuses it too: `notHandledBy`). Passed resolves the matter, and the
 * resident rates it as today; sent back returns the case to the holder with what is still wrong.
 */
export function verify(ctx: ActionContext, input: { caseId: string; outcome: 'passed' | 'sentBack'; note: string }) {
  const passed = input.outcome === 'passed';
  return caseStep(ctx, input.caseId, {
    action: passed ? 'pass' : 'sendBack',
    check: () => {
      if (!passed && input.note.trim().length < 4) throw badNote();
    },
    change: (record, party, now) => ({
      notHandledBy: party.user.id,
      patch: {
        verification: { outcome: input.outcome, note: input.note, at: now, by: party.user.id },
        // Sent back, the holder's clock runs again: the timer looks at it from now.
        nextReminderAt: passed ? null : nextReminderAfter(clockOf(record), now),
      },
    }),
    appliedBefore: (record, party) =>
      record.verification?.by === party.user.id && record.verification.outcome === input.outcome,
    audit: () => ({ outcome: input.outcome, note: input.note }),
    follow: async (c, done) => {
      const step = { matter: done.matter, user: done.party.user, entryId: done.entryId };
      if (passed) {
        await resolveMatter(c.deps, { ...step, text: handoffText({ kind: 'passed' }) });
      } else {
        await handoffOnMatter(c.deps, { ...step, text: handoffText({ kind: 'sentBack', what: input.note }) });
        await tellCaseStep(c.deps, 'sendBack', done);
      }
    },
  });
}

function badNote() {
  const message = '退回时请写明还有什么问题，至少4个字';
  return new AppError('BAD_INPUT', message, [{ path: 'note', message }]);
}

/** 撤回: the committee takes the case back (solved in the community, raised twice), with a reason. */
export function withdraw(ctx: ActionContext, input: { caseId: string; reason: string }) {
  return caseStep(ctx, input.caseId, {
    action: 'withdraw',
    change: () => ({ patch: { withdrawReason: input.reason, nextReminderAt: null } }),
    appliedBefore: (record) => record.withdrawReason === input.reason,
    audit: () => ({ reason: input.reason }),
    follow: async (c, done) => {
      const text = handoffText({ kind: 'withdrawn', reason: input.reason });
      await withdrawMatter(c.deps, { matter: done.matter, user: done.party.user, text, entryId: done.entryId });
      await tellCaseStep(c.deps, 'withdraw', done);
    },
  });
}
