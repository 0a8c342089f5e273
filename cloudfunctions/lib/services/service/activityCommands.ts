import { AppError } from '@domain/errors';
import { assertActivityTimes } from '@domain/service/activities';
import type { ActivityRecord } from '../../ports/activities';
import type { ActionContext } from '../../service';
import { commandId } from '../commandIds';
import { communityFor } from '../community';
import { requireUser } from '../requireUser';
import { organisedActivity } from './activityAccess';
import { newActivitySecret } from './activityCodes';
import { notifyActivity } from './activityNotices';
import { activityAnswer, readerOf } from './activityViews';

interface PublishInput {
  communityId?: string;
  title: string;
  description: string;
  place: string;
  stationId: string | null;
  startAt: number;
  endAt: number;
  signUpClosesAt: number;
  headcount: number;
}

/** The committee publishes an activity for itself or one of its 红帆驿站; a retried publish finds the first. */
export async function publishActivity(ctx: ActionContext, input: PublishInput) {
  const { deps } = ctx;
  const user = requireUser(ctx.caller);
  const communityId = communityFor(user, input.communityId);
  const id = commandId(ctx, 'act', 'service.publishActivity');
  const reader = await readerOf(deps, user);
  const already = ctx.earlierAttempt ? await deps.storage.activities.findById(id) : null;
  if (already && already.communityId === communityId) return activityAnswer(deps, reader, already);
  if (input.stationId) {
    const station = await deps.storage.serviceSetup.findStation(input.stationId);
    if (!station || station.communityId !== communityId) {
      throw new AppError('BAD_INPUT', '请选择本社区的红帆驿站', [
        { path: 'stationId', message: '请选择本社区的红帆驿站' },
      ]);
    }
  }
  const now = deps.clock.now();
  assertActivityTimes(input, now);
  const record: ActivityRecord = {
    id,
    communityId,
    stationId: input.stationId,
    title: input.title,
    description: input.description,
    place: input.place,
    startAt: input.startAt,
    endAt: input.endAt,
    signUpClosesAt: input.signUpClosesAt,
    headcount: input.headcount,
    state: 'published',
    cancelReason: '',
    organiserId: user.id,
    secret: newActivitySecret(),
    enrolled: 0,
    waitlisted: 0,
    createdAt: now,
    updatedAt: now,
  };
  return activityAnswer(deps, reader, await deps.storage.activities.create(record));
}

/** The committee cancels before the end; everyone enrolled or waiting is told (once, a retry too). */
export async function cancelActivity(ctx: ActionContext, input: { activityId: string; reason: string }) {
  const { deps } = ctx;
  const user = requireUser(ctx.caller);
  const found = await organisedActivity(deps, user, input.activityId);
  const now = deps.clock.now();
  if (found.state === 'published' && now >= found.endAt) throw new AppError('INVALID_STATE', '活动已结束，不能取消');
  // A cancelled one is answered as it stands only to the retry of the cancel that did it.
  if (found.state === 'cancelled' && !(ctx.earlierAttempt && found.cancelReason === input.reason)) {
    throw new AppError('INVALID_STATE', '活动已取消');
  }
  const cancelled = (await deps.storage.activities.cancel(found.id, input.reason, now))!;
  const told = (await deps.storage.activities.roster(found.id)).filter((s) => s.state !== 'withdrawn');
  await notifyActivity(
    deps,
    cancelled,
    'activity_cancelled',
    told.map((s) => s.userId),
    'cancelled',
    cancelled.cancelReason,
  );
  return activityAnswer(deps, await readerOf(deps, user), cancelled);
}
