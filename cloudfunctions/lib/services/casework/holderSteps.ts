import { AppError } from '@domain/errors';
import { assertCanRequestExtension, assertCanReturn, assertLongTermReview, handoffText } from '@domain/casework';
import { shanghaiWallClockToMs, type ShanghaiDate } from '@domain/time';
import type { ActionContext } from '../../service';
import { holderName } from './bodies';
import { handoffOnMatter } from './caseMatter';
import { tellCaseStep } from './caseNotices';
import { caseStep, type StepDone } from './caseSteps';
import { clockOf } from './clock';
import { checkedPhotos } from './casePhotos';

/*
 * The holder's steps (承办单位): accept, return within the window, ask for an extension, 挂账,
 * feed back. Each applies only while the caller's body still holds the case (`holder` on the
 * change), so a re-route that lands between the read and the write wins.
 */

function publicEntry(ctx: ActionContext, done: StepDone, text: string) {
  return handoffOnMatter(ctx.deps, { matter: done.matter, user: done.party.user, text, entryId: done.entryId });
}

/** 受理: of two users of one body accepting at once, one wins. */
export function accept(ctx: ActionContext, input: { caseId: string }) {
  return caseStep(ctx, input.caseId, {
    action: 'accept',
    change: (record, party, now) => ({
      holder: record.holder,
      patch: { acceptedBy: party.user.id, acceptedAt: now },
    }),
    raced: (record, party) =>
      party.holder && record.acceptedBy !== null && record.acceptedBy !== party.user.id
        ? new AppError('CONFLICT', '这件案件已由同事受理')
        : null,
    appliedBefore: (record, party) => record.acceptedBy === party.user.id,
    audit: () => ({}),
    follow: (c, done) =>
      publicEntry(
        c,
        done,
        handoffText({ kind: 'accepted', holderName: holderName(done.directory, done.after.holder) }),
      ),
  });
}

/** 退单: within 2 working hours of the dispatch and before the due time, with a reason; the street re-routes. */
export function returnCase(ctx: ActionContext, input: { caseId: string; reason: string }) {
  return caseStep(ctx, input.caseId, {
    action: 'return',
    check: (record, _party, now) => assertCanReturn(clockOf(record), now),
    change: (record) => ({ holder: record.holder, patch: { returnReason: input.reason } }),
    appliedBefore: (record) => record.returnReason === input.reason,
    audit: () => ({ reason: input.reason }),
    follow: async (c, done) => {
      const name = holderName(done.directory, done.after.holder);
      await publicEntry(c, done, handoffText({ kind: 'returned', holderName: name, reason: input.reason }));
      await tellCaseStep(c.deps, 'return', done);
    },
  });
}

/** 申请延期: once per dispatch, before the due time; it stays between the holder and the street. */
export function requestExtension(ctx: ActionContext, input: { caseId: string; hours: number; reason: string }) {
  return caseStep(ctx, input.caseId, {
    action: 'requestExtension',
    check: (record, _party, now) => assertCanRequestExtension(clockOf(record), record.extension, input.hours, now),
    change: (record, party, now) => ({
      holder: record.holder,
      extensionIs: 'none',
      patch: {
        extension: {
          hours: input.hours,
          reason: input.reason,
          requestedAt: now,
          requestedBy: party.user.id,
          decision: 'pending',
          decidedAt: null,
          decidedBy: null,
        },
      },
    }),
    appliedBefore: (record, party) =>
      record.extension?.requestedBy === party.user.id && record.extension.reason === input.reason,
    audit: () => ({ hours: input.hours, reason: input.reason }),
    follow: (c, done) => tellCaseStep(c.deps, 'requestExtension', done),
  });
}

/** The 挂账 plan is looked at again at 09:00 Shanghai on its review date. */
export function reviewAtOf(date: ShanghaiDate): number {
  return shanghaiWallClockToMs(date, '09:00');
}

/** 挂账: what cannot be solved soon, with a plan and a review date; the clock stops. */
export function markLongTerm(ctx: ActionContext, input: { caseId: string; plan: string; reviewDate: string }) {
  const reviewAt = reviewAtOf(input.reviewDate);
  return caseStep(ctx, input.caseId, {
    action: 'markLongTerm',
    check: (_record, _party, now) => assertLongTermReview(reviewAt, now),
    change: (record) => ({
      holder: record.holder,
      patch: { longTerm: { plan: input.plan, reviewAt }, nextReminderAt: reviewAt },
    }),
    appliedBefore: (record) => record.longTerm?.plan === input.plan,
    audit: () => ({ plan: input.plan, reviewAt }),
    follow: (c, done) => publicEntry(c, done, handoffText({ kind: 'longTerm', plan: input.plan, reviewAt })),
  });
}

/** 处理反馈: what was done, with photos the caller uploaded; the case waits for the on-site check. */
export async function feedback(ctx: ActionContext, input: { caseId: string; text: string; photos: string[] }) {
  const photoIds = await checkedPhotos(ctx, input.photos);
  return caseStep(ctx, input.caseId, {
    action: 'feedback',
    change: (record, party, now) => ({
      holder: record.holder,
      patch: { feedback: { text: input.text, photoIds, at: now, by: party.user.id }, nextReminderAt: null },
    }),
    appliedBefore: (record, party) => record.feedback?.by === party.user.id && record.feedback.text === input.text,
    audit: () => ({ text: input.text, photos: photoIds.length }),
    follow: async (c, done) => {
      await publicEntry(c, done, handoffText({ kind: 'feedback', summary: input.text, photoCount: photoIds.length }));
      await tellCaseStep(c.deps, 'feedback', done);
    },
  });
}
