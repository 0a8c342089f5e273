import { createHash } from 'node:crypto';
import { AppError } from '@domain/errors';
import type { MaskedKind } from '@domain/matters/textMasking';
import type { Deps } from '../../deps';
import type { UserRecord } from '../../ports/storage';
import type { MatterCategory } from '@domain/matters/categories';
import { assertWithinLimit, rateWindowStart } from '@domain/matters/rateLimits';
import { findSimilarMatters } from '@domain/matters/similarity';
import { activeStates } from '@domain/matters/states';
import type { Directory } from '@domain/places';
import type { ActionContext } from '../../service';
import { checkedConsent } from '../notifications/consent';
import type { MatterRecord, TimelineRecord } from '../../ports/matters';
import { requirePublisher } from '../requirePublisher';
import { requireUser } from '../requireUser';
import { peopleOf, toDetail, toSummary, usersById } from './present';
import { publishNewMatter } from './publishMatter';
import { communityFor, viewerOf } from './viewer';

/** How many recent matters of the category are compared with a draft title. */
const SIMILARITY_CANDIDATES = 200;

export async function similar({ caller, deps }: ActionContext, input: { title: string; category: MatterCategory }) {
  const user = requireUser(caller);
  const communityId = communityFor(user);
  if ([...input.title].length < 3) return { items: [] };
  const candidates = await deps.storage.matters.recentInCategory(
    communityId,
    input.category,
    activeStates,
    SIMILARITY_CANDIDATES,
  );
  const matches = findSimilarMatters(candidates, input);
  const users = await usersById(deps, matches.flatMap(peopleOf));
  const viewer = viewerOf(user);
  return { items: matches.map((m) => ({ ...toSummary(deps, viewer, users, m), similarity: m.similarity })) };
}

export interface RaiseInput {
  title: string;
  body: string;
  category: MatterCategory;
  photos: string[];
  gridId?: string | null;
  compoundId?: string | null;
  building?: string;
  anonymous: boolean;
}

/**
 * Raises a matter, and records the progress messages the author accepted in the same tap's
 * consent dialog (last, once every check has passed).
 */
export async function raise(ctx: ActionContext, input: RaiseInput & { acceptedTemplateIds?: string[] }) {
  const user = requirePublisher(ctx.caller);
  const consent = checkedConsent(ctx, 'matter', input.acceptedTemplateIds);
  const answer = await raiseOnce(ctx, input);
  await consent.record(user.id);
  return answer;
}

async function raiseOnce({ caller, deps, requestId, earlierAttempt }: ActionContext, input: RaiseInput) {
  const user = requireUser(caller);
  const communityId = communityFor(user);
  const now = deps.clock.now();
  const matterId = matterIdFor(user.id, requestId, deps.ids.newId());
  // A retry of a raise that was stored but not answered finds the stored matter: never a duplicate.
  // A request id claimed for the first time has no earlier attempt to find.
  const already = earlierAttempt ? await deps.storage.matters.findById(matterId) : null;
  if (already && already.authorId === user.id) {
    // An earlier attempt stored it and may have failed before the author followed it.
    await deps.storage.matters.addFollow(already.id, user.id, already.createdAt);
    return answer(deps, caller.openid, user, already, [], already.state === 'pending_review');
  }
  assertWithinLimit('matter', await deps.storage.matters.countByAuthorSince(user.id, rateWindowStart(now)));
  // The whole directory only when a grid or compound must be checked; the setting needs one row.
  if (input.gridId || input.compoundId) assertPlaces(await deps.storage.places.directory(), communityId, input);
  await assertOwnPhotos(deps, input.photos, user.id);
  const published = await publishNewMatter(deps, {
    id: matterId,
    communityId,
    authorId: user.id,
    raisedById: null,
    anonymous: input.anonymous,
    title: input.title,
    body: input.body,
    category: input.category,
    gridId: input.gridId ?? user.gridId,
    compoundId: input.compoundId ?? user.compoundId,
    building: input.building ?? user.building,
    photos: input.photos,
    actor: { id: user.id, role: 'resident', note: '' },
    writerOpenid: caller.openid,
  });
  // Answered with what was just written: the matter and its first timeline entry.
  return answer(
    deps,
    caller.openid,
    user,
    published.matter,
    published.maskedKinds,
    published.queued,
    published.timeline,
  );
}

/**
 * The matter id comes from the author and the request id, so a retried raise addresses the same
 * matter. Without a request id (never for a command through the handler) a fresh id is used.
 */
function matterIdFor(userId: string, requestId: string | null, fallback: string): string {
  if (!requestId) return fallback;
  return `m${createHash('sha256').update(`${userId}:${requestId}`).digest('hex').slice(0, 24)}`;
}

async function answer(
  deps: Deps,
  openid: string,
  user: UserRecord,
  matter: MatterRecord,
  maskedKinds: MaskedKind[],
  queued: boolean,
  written?: TimelineRecord[],
) {
  await submitPhotos(deps, openid, matter);
  // The author is the only person the new matter names: no one to look up.
  const timeline = written ?? (await deps.storage.matters.timeline(matter.id, matter));
  const users = new Map([[user.id, user]]);
  const detail = toDetail(deps, viewerOf(user), users, matter, {
    timeline,
    consultation: null,
    relation: { supported: false, following: true },
  });
  return { matter: detail, maskedKinds, moderation: queued ? ('queued' as const) : ('published' as const) };
}

/**
 * Photos still waiting for a verdict are sent to the image check. A failure here does not undo
 * the matter: its photos stay hidden ("checking") and a retry submits them again.
 */
export async function submitPhotos(deps: Deps, openid: string, matter: MatterRecord): Promise<void> {
  for (const photo of matter.photos.filter((p) => p.status === 'checking')) {
    try {
      const { traceId } = await deps.content.submitImage(photo.fileId, {
        openid,
        scene: 'matter',
        matterId: matter.id,
      });
      if (traceId) await deps.storage.photoChecks.remember(traceId, matter.id, photo.fileId, deps.clock.now());
    } catch (error) {
      deps.logger.warn('image_check_submit_failed', {
        matterId: matter.id,
        fileId: photo.fileId,
        error: String(error),
      });
    }
  }
}

/** Photos must be ones the caller uploaded: never another person's file. */
export async function assertOwnPhotos(deps: Deps, photos: readonly string[], uploaderId: string): Promise<void> {
  const foreign = (await Promise.all(photos.map((id) => deps.files.isUploadedBy(id, uploaderId)))).includes(false);
  if (foreign)
    throw new AppError('BAD_INPUT', '图片无效，请重新上传', [{ path: 'photos', message: '图片无效，请重新上传' }]);
}

export function assertPlaces(
  directory: Directory,
  communityId: string,
  input: Pick<RaiseInput, 'gridId' | 'compoundId'>,
): void {
  if (input.gridId && !directory.grids.some((g) => g.id === input.gridId && g.communityId === communityId)) {
    throw new AppError('BAD_INPUT', '所选网格不属于您的社区', [{ path: 'gridId', message: '所选网格不属于您的社区' }]);
  }
  if (
    input.compoundId &&
    !directory.compounds.some((c) => c.id === input.compoundId && c.communityId === communityId)
  ) {
    throw new AppError('BAD_INPUT', '所选小区不属于您的社区', [
      { path: 'compoundId', message: '所选小区不属于您的社区' },
    ]);
  }
}
