import { createHash } from 'node:crypto';
import { AppError } from '../../../../src/domain/errors';
import type { MaskedKind } from '../../../../src/domain/matters/textMasking';
import type { Deps } from '../../deps';
import type { UserRecord } from '../../ports/storage';
import type { MatterCategory } from '../../../../src/domain/matters/categories';
import { assertWithinLimit, rateWindowStart } from '../../../../src/domain/matters/rateLimits';
import { findSimilarMatters } from '../../../../src/domain/matters/similarity';
import { activeStates } from '../../../../src/domain/matters/states';
import type { Directory } from '../../../../src/domain/places';
import type { ActionContext } from '../../service';
import type { MatterRecord } from '../../ports/matters';
import { requireUser } from '../requireUser';
import { toDetail, toSummary, usersById } from './present';
import { prepareTexts } from './publishText';
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
  const users = await usersById(
    deps,
    matches.map((m) => m.authorId),
  );
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

export async function raise({ caller, deps, requestId }: ActionContext, input: RaiseInput) {
  const user = requireUser(caller);
  const communityId = communityFor(user);
  const now = deps.clock.now();
  const matterId = matterIdFor(user.id, requestId, deps.ids.newId());
  // A retry of a raise that was stored but not answered finds the stored matter: never a duplicate.
  const already = await deps.storage.matters.findById(matterId);
  if (already && already.authorId === user.id) {
    // An earlier attempt stored it and may have failed before the author followed it.
    await deps.storage.matters.addFollow(already.id, user.id, already.createdAt);
    return answer(deps, caller.openid, user, already, [], already.state === 'pending_review');
  }
  assertWithinLimit('matter', await deps.storage.matters.countByAuthorSince(user.id, rateWindowStart(now)));
  // The whole directory only when a grid or compound must be checked; the setting needs one row.
  if (input.gridId || input.compoundId) assertPlaces(await deps.storage.places.directory(), communityId, input);
  // Each community decides whether new matters wait for its review; a "review" verdict always waits.
  const reviewFirst = (await deps.storage.places.community(communityId))?.reviewMattersFirst ?? true;
  const foreign = (await Promise.all(input.photos.map((id) => deps.files.isUploadedBy(id, user.id)))).includes(false);
  if (foreign)
    throw new AppError('BAD_INPUT', '图片无效，请重新上传', [{ path: 'photos', message: '图片无效，请重新上传' }]);
  const prepared = await prepareTexts(
    deps,
    { title: input.title, body: input.body },
    { openid: caller.openid, scene: 'matter' },
  );
  const queued = reviewFirst || prepared.needsReview;
  const matter: MatterRecord = {
    id: matterId,
    communityId,
    authorId: user.id,
    anonymous: input.anonymous,
    title: prepared.texts.title,
    body: prepared.texts.body,
    category: input.category,
    gridId: input.gridId ?? user.gridId,
    compoundId: input.compoundId ?? user.compoundId,
    building: input.building ?? user.building,
    photos: [...new Set(input.photos)].map((fileId) => ({ fileId, status: 'checking' as const })),
    state: queued ? 'pending_review' : 'open',
    stateBeforeHidden: null,
    needsReview: prepared.needsReview,
    rejectionReason: '',
    supportCount: 0,
    commentCount: 0,
    followerCount: 0,
    flagCount: 0,
    pinned: false,
    mergedIntoId: null,
    resolvedAt: null,
    rating: null,
    escalation: null,
    createdAt: now,
    updatedAt: now,
    lastActivityAt: now,
  };
  const firstEntry = {
    // Written with the matter in one step on both engines: a retry finds the matter, so this id need not be derived.
    id: deps.ids.newId(),
    matterId: matter.id,
    at: now,
    transition: 'raise',
    fromState: null,
    toState: matter.state,
    actorId: user.id,
    actorRole: 'resident' as const,
    note: '',
  };
  await deps.storage.matters.create(matter, firstEntry);
  // The author follows what they raised, so they hear how it goes.
  await deps.storage.matters.addFollow(matter.id, user.id, now);
  const stored = (await deps.storage.matters.findById(matter.id))!;
  return answer(deps, caller.openid, user, stored, prepared.maskedKinds, queued);
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
) {
  await submitPhotos(deps, openid, matter);
  const [timeline, users] = await Promise.all([deps.storage.matters.timeline(matter.id), usersById(deps, [user.id])]);
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
async function submitPhotos(deps: Deps, openid: string, matter: MatterRecord): Promise<void> {
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

function assertPlaces(directory: Directory, communityId: string, input: RaiseInput): void {
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
