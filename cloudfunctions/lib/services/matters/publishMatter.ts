import { AppError } from '@domain/errors';
import type { MaskedKind } from '@domain/matters/textMasking';
import type { Deps } from '../../deps';
import type { MatterRecord, TimelineActor, TimelineRecord } from '../../ports/matters';
import { prepareTexts } from './publishText';

/** A new matter as its author (or the cadre raising it for them) wrote it, before any checks. */
export interface MatterDraft
  extends Pick<
    MatterRecord,
    | 'id'
    | 'communityId'
    | 'authorId'
    | 'raisedById'
    | 'anonymous'
    | 'title'
    | 'body'
    | 'category'
    | 'gridId'
    | 'compoundId'
    | 'building'
  > {
  /** 红色代办: staff raised it for a resident at the door (raiseFor); absent otherwise. */
  onBehalf?: MatterRecord['onBehalf'];
  /** File ids as uploaded; each starts out waiting for the image check. */
  photos: string[];
  /** Who raised it, for the first timeline entry, and what that entry says. */
  actor: { id: string; role: TimelineActor; note: string };
  /** The WeChat user who wrote the words, for the content check. */
  writerOpenid: string;
  /**
   * Raised by staff at work (a grid worker's patrol report, 信息采集): published without the
   * community's review queue, and refused, storing nothing, if the content check wants a person to
   * look first (a report that waits in a queue cannot be dispatched).
   */
  staff?: boolean;
}

export interface PublishedMatter {
  /** As stored, the author's follow counted. */
  matter: MatterRecord;
  /** Its timeline so far: the one entry it was raised with. */
  timeline: TimelineRecord[];
  maskedKinds: MaskedKind[];
  /** Waits for the committee's review before anyone else sees it. */
  queued: boolean;
}

/**
 * The one path every new matter takes, whoever raises it: phone, ID and plate numbers masked,
 * the content check, and the community's review-first setting (a "review" verdict always waits).
 * The author follows it, so they hear how it goes.
 */
export async function publishNewMatter(deps: Deps, draft: MatterDraft): Promise<PublishedMatter> {
  const now = deps.clock.now();
  // Each community decides whether new matters wait for its review.
  const reviewFirst = (await deps.storage.places.community(draft.communityId))?.reviewMattersFirst ?? true;
  const prepared = await prepareTexts(
    deps,
    { title: draft.title, body: draft.body },
    { openid: draft.writerOpenid, scene: 'matter' },
  );
  if (draft.staff && prepared.needsReview) {
    throw new AppError('CONTENT_REJECTED', '这段话需要人工审核才能公开，请换个说法再上报');
  }
  const queued = (reviewFirst && !draft.staff) || prepared.needsReview;
  const matter: MatterRecord = {
    id: draft.id,
    communityId: draft.communityId,
    authorId: draft.authorId,
    raisedById: draft.raisedById,
    onBehalf: draft.onBehalf ?? null,
    anonymous: draft.anonymous,
    title: prepared.texts.title,
    body: prepared.texts.body,
    category: draft.category,
    gridId: draft.gridId,
    compoundId: draft.compoundId,
    building: draft.building,
    photos: [...new Set(draft.photos)].map((fileId) => ({ fileId, status: 'checking' as const })),
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
  const firstEntry: TimelineRecord = {
    id: deps.ids.newId(),
    matterId: matter.id,
    at: now,
    transition: 'raise',
    fromState: null,
    toState: matter.state,
    actorId: draft.actor.id,
    actorRole: draft.actor.role,
    note: draft.actor.note,
  };
  await deps.storage.matters.create(matter, firstEntry, { authorFollows: true });
  return {
    matter: { ...matter, followerCount: matter.followerCount + 1 },
    timeline: [firstEntry],
    maskedKinds: prepared.maskedKinds,
    queued,
  };
}
