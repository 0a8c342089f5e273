import { countOf, insertIfAbsent, type CloudbaseDb } from './database';

/**
 * Consent credits, one document per user per template: `_id` = `userId:templateId` (each part
 * URI-encoded, so no id containing ':' can collide with another pair).
 */
export interface SubscriptionDocument {
  _id: string;
  userId: string;
  templateId: string;
  credits: number;
  updatedAt: number;
  /** The ids of the latest grants counted (at most RECENT_GRANTS), so a retried grant counts once. */
  grantIds?: string[];
}

/** A retry comes within seconds of its attempt; a user's next consents are far fewer than this. */
const RECENT_GRANTS = 20;

export function subscriptionKey(userId: string, templateId: string): string {
  return `${encodeURIComponent(userId)}:${encodeURIComponent(templateId)}`;
}

function firstDocument(userId: string, templateId: string, now: number, grantId?: string): SubscriptionDocument {
  return {
    _id: subscriptionKey(userId, templateId),
    userId,
    templateId,
    credits: 1,
    updatedAt: now,
    ...(grantId ? { grantIds: [grantId] } : {}),
  };
}

/**
 * How credits are added on CloudBase. Every write is a single-document insert under the pair's
 * `_id` or a per-document atomic conditional `$inc`, so concurrent consents and refunds never lose
 * a count, and a grant id goes into a document in the same write that counts it, so it counts once.
 */
export function createCreditGrants(db: CloudbaseDb, collectionName: string) {
  const _ = db.command;
  const credits = () => db.collection(collectionName);

  /**
   * One credit more on the existing document `_id` unless it lists `grantId` already (always
   * without a grant id), the id going into the list in the same write. How many were counted.
   */
  async function countExisting(_id: string, now: number, operation: string, grantId?: string) {
    const reply = await credits()
      .where(grantId ? { _id, grantIds: _.neq(grantId) } : { _id })
      .update({
        credits: _.inc(1),
        updatedAt: now,
        ...(grantId ? { grantIds: _.push({ each: [grantId], slice: -RECENT_GRANTS }) } : {}),
      });
    return countOf(reply, 'updated', operation);
  }

  /**
   * One credit more. The first credit of a pair is an insert under its `_id`; when that `_id` is
   * taken (an earlier consent, or a concurrent one that won the insert) it becomes `$inc`, so two
   * concurrent grants always end as two credits. With a grant id, 0 updated means an earlier
   * attempt of the same request counted it.
   */
  async function grantOne(userId: string, templateId: string, now: number, operation: string, grantId?: string) {
    const first = firstDocument(userId, templateId, now, grantId);
    if (await insertIfAbsent(credits(), first, operation)) return;
    await countExisting(first._id, now, operation, grantId);
  }

  return { grantOne };
}
