import { assertWithinLimit, rateWindowStart } from '@domain/matters/rateLimits';
import type { MatterCategory } from '@domain/matters/categories';
import type { MaskedKind } from '@domain/matters/textMasking';
import { onBehalfLine } from '@domain/onBehalf';
import type { Deps } from '../../deps';
import type { MatterRecord, TimelineActor, TimelineRecord } from '../../ports/matters';
import type { UserRecord } from '../../ports/storage';
import type { ActionContext } from '../../service';
import { commandId } from '../commandIds';
import { communityFor } from '../community';
import { notify } from '../notifications/notify';
import { onBehalfOf, residentSide, type OnBehalfInput } from '../onBehalf';
import { requireUser } from '../requireUser';
import { peopleOf, toDetail, usersById } from './present';
import { publishNewMatter } from './publishMatter';
import { assertOwnPhotos, assertPlaces, submitPhotos } from './raise';
import { viewerOf } from './viewer';

export interface RaiseForInput extends OnBehalfInput {
  title: string;
  body: string;
  category: MatterCategory;
  photos: string[];
  compoundId?: string | null;
  building?: string;
  anonymous: boolean;
  communityId?: string;
}

/**
 * 红色代办 for 居民说事: a committee member, cadre or grid worker raises a matter for a resident at
 * the door (often an elder without a phone), through the same path as a resident's own raise
 * (masking, content check, the community's review-first setting). A registered resident is its
 * author: it is theirs in 我的说事, counts as theirs, and their daily limit applies. For one without
 * an account the staff member is the author and the name typed is kept in the on-behalf record
 * (as a visit's walk-in, services/visits/records.ts). Either way it says 由<staff>代办 wherever it
 * shows, and the resident, a family member named with it and the staff member follow it.
 */
export async function raiseFor(ctx: ActionContext, input: RaiseForInput) {
  const staff = requireUser(ctx.caller);
  const communityId = communityFor(staff, input.communityId);
  const matterId = commandId(ctx, 'm', 'matter.raiseFor');
  // A retry of a raise that was stored but not answered finishes it: never a second matter.
  const already = ctx.earlierAttempt ? await ctx.deps.storage.matters.findById(matterId) : null;
  if (already && already.communityId === communityId && already.raisedById === staff.id) {
    await finish(ctx.deps, already);
    return answer(ctx, staff, already, [], already.state === 'pending_review');
  }
  const whose = await onBehalfOf(ctx, staff, communityId, input);
  const resident = whose.residentId ? await ctx.deps.storage.users.findById(whose.residentId) : null;
  const now = ctx.deps.clock.now();
  if (resident)
    assertWithinLimit('matter', await ctx.deps.storage.matters.countByAuthorSince(resident.id, rateWindowStart(now)));
  if (input.compoundId) assertPlaces(await ctx.deps.storage.places.directory(), communityId, input);
  await assertOwnPhotos(ctx.deps, input.photos, staff.id);
  const published = await publishNewMatter(ctx.deps, {
    id: matterId,
    communityId,
    authorId: resident?.id ?? staff.id,
    raisedById: staff.id,
    onBehalf: whose.onBehalf,
    anonymous: input.anonymous,
    title: input.title,
    body: input.body,
    category: input.category,
    gridId: resident?.gridId ?? null,
    compoundId: input.compoundId ?? resident?.compoundId ?? null,
    building: input.building ?? resident?.building ?? '',
    photos: input.photos,
    actor: { id: staff.id, role: staff.role as TimelineActor, note: onBehalfLine(staff.name) },
    writerOpenid: ctx.caller.openid,
  });
  await finish(ctx.deps, published.matter);
  return answer(ctx, staff, published.matter, published.maskedKinds, published.queued, published.timeline);
}

/**
 * The steps after the matter is stored, each idempotent so a retry completes them: the resident,
 * the family member and the staff member follow it (they hear how it goes), and the resident's
 * side is told it was raised for them (deduplicated by matter: nobody is told twice).
 */
async function finish(deps: Deps, matter: MatterRecord): Promise<void> {
  const onBehalf = matter.onBehalf;
  if (!onBehalf) return;
  const residentId = matter.authorId === onBehalf.staffId ? null : matter.authorId;
  const told = residentSide({ residentId, onBehalf });
  for (const userId of [...told, onBehalf.staffId])
    await deps.storage.matters.addFollow(matter.id, userId, matter.createdAt);
  const notes = [
    onBehalfLine(onBehalf.staffName),
    onBehalf.consent,
    matter.anonymous ? '对其他居民匿名' : '',
    matter.state === 'pending_review' ? '社区审核后公开' : '',
  ];
  const facts = { reason: notes.filter(Boolean).join('，') };
  for (const userId of told) {
    await notify(deps, {
      kind: 'matter_raised_on_behalf',
      userIds: [userId],
      communityId: matter.communityId,
      ref: { type: 'matter', id: matter.id },
      title: matter.title,
      // A family member hears it about their family member, by the name staff wrote down.
      facts: userId === onBehalf.familyId ? { ...facts, familyOf: onBehalf.residentName || '家人' } : facts,
      dedupeKey: `matter_raised_on_behalf:${matter.id}`,
      at: matter.createdAt,
    });
  }
}

/** The matter as the staff member who raised it sees it, with what was masked and whether it waits. */
async function answer(
  ctx: ActionContext,
  staff: UserRecord,
  matter: MatterRecord,
  maskedKinds: MaskedKind[],
  queued: boolean,
  written?: TimelineRecord[],
) {
  const { deps } = ctx;
  await submitPhotos(deps, ctx.caller.openid, matter);
  const timeline = written ?? (await deps.storage.matters.timeline(matter.id, matter));
  const users = await usersById(deps, peopleOf(matter));
  const relation = await deps.storage.matters.relationOf(matter.id, staff.id);
  const detail = toDetail(deps, viewerOf(staff), users, matter, { timeline, consultation: null, relation });
  return { matter: detail, maskedKinds, moderation: queued ? ('queued' as const) : ('published' as const) };
}
