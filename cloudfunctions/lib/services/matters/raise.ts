import { AppError } from '../../../../src/domain/errors';
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

export async function raise({ caller, deps }: ActionContext, input: RaiseInput) {
  const user = requireUser(caller);
  const communityId = communityFor(user);
  const now = deps.clock.now();
  assertWithinLimit('matter', await deps.storage.matters.countByAuthorSince(user.id, rateWindowStart(now)));
  const directory = await deps.storage.places.directory();
  assertPlaces(directory, communityId, input);
  // Each community decides whether new matters wait for its review; a "review" verdict always waits.
  const reviewFirst = directory.communities.find((c) => c.id === communityId)?.reviewMattersFirst ?? true;
  const foreign = input.photos.find((fileId) => !deps.files.isOwnFile(fileId));
  if (foreign)
    throw new AppError('BAD_INPUT', '图片无效，请重新上传', [{ path: 'photos', message: '图片无效，请重新上传' }]);
  const prepared = await prepareTexts(
    deps,
    { title: input.title, body: input.body },
    { openid: caller.openid, scene: 'matter' },
  );
  const queued = reviewFirst || prepared.needsReview;
  const matter: MatterRecord = {
    id: deps.ids.newId(),
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
  for (const photo of matter.photos) {
    await deps.content.submitImage(photo.fileId, { openid: caller.openid, scene: 'matter', matterId: matter.id });
  }
  const stored = (await deps.storage.matters.findById(matter.id))!;
  const users = await usersById(deps, [user.id]);
  const detail = toDetail(deps, viewerOf(user), users, stored, {
    timeline: [firstEntry],
    consultation: null,
    relation: { supported: false, following: true },
  });
  return {
    matter: detail,
    maskedKinds: prepared.maskedKinds,
    moderation: queued ? ('queued' as const) : ('published' as const),
  };
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
