import { countOf, insertIfAbsent, rowsOf, succeeded, type CloudbaseCollection, type CloudbaseDb } from './database';

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
 * One batch insert of `documents`: true when it went through. Any failure is false, not thrown: a
 * taken `_id` fails the batch (how much of it was kept is not documented), and the caller's next
 * requests find out what is stored, throwing on a real failure themselves.
 */
async function insertedAll(
  collection: CloudbaseCollection,
  documents: readonly SubscriptionDocument[],
  operation: string,
): Promise<boolean> {
  try {
    succeeded(await collection.add([...documents]), operation);
    return true;
  } catch {
    return false;
  }
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
   * One credit more on each existing document of `ids` that does not list `grantId` yet (on
   * every one of them without a grant id), the id going into the list in the same write. How
   * many were counted.
   */
  async function countExisting(ids: readonly string[], now: number, operation: string, grantId?: string) {
    const _id = ids.length === 1 ? ids[0] : _.in([...ids]);
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
    await countExisting([first._id], now, operation, grantId);
  }

  /** The grant ids each existing document of `ids` lists (an empty list when it lists none). */
  async function grantIdsOf(ids: readonly string[], operation: string): Promise<Map<string, string[]>> {
    const reply = await credits()
      .where({ _id: _.in([...ids]) })
      .field({ grantIds: true })
      .limit(ids.length)
      .get();
    const rows = rowsOf(reply, operation) as unknown as Array<Pick<SubscriptionDocument, '_id' | 'grantIds'>>;
    return new Map(rows.map((row) => [row._id, row.grantIds ?? []]));
  }

  /**
   * One credit per template under one grant id, in as few requests as the documents allow:
   * 1. One batch insert of every first document (credits 1, grantIds [grantId]). The first
   *    consent of a user is done here: 1 request. It fails when any `_id` is taken; whatever part
   *    of a failed batch CloudBase kept lists `grantId`, so step 2 cannot count it again.
   * 2. One multi-document conditional `$inc` of the documents that exist and do not list
   *    `grantId` yet. Every later consent is done here (`updated` = every template): 2 requests.
   * 3. Otherwise one read of which documents exist and which list `grantId`, then one by one: a
   *    missing one is inserted (or, taken meanwhile, counted as in `grantOne`); one created since
   *    step 2 without `grantId` is counted; one listing it is counted already. The read only
   *    chooses which writes to try: each is conditional, so a stale read costs a request, not a
   *    count.
   * Step 3 runs for a template new to a user who has others (3 or 4 requests), a retry (3 or
   * more), a batch that kept part, and a grant racing another for the same pair:
   * - a retry after a failure half way finds the documents its attempt counted listing
   *   `grantId` (left alone) and counts the rest, each once;
   * - two concurrent grants of one pair (two requests, two grant ids) end as two credits: of two
   *   inserts one wins and the other's `$inc` counts, and each `$inc` is on its own condition.
   * Never a credit lost or counted twice: each document gets `grantId` in the very write that
   * counts it, or the call throws and its request is retried under the same grant id.
   */
  async function grantAll(userId: string, templateIds: readonly string[], now: number, grantId: string) {
    const operation = 'subscriptions.grantAll';
    const [only, ...others] = [...new Set(templateIds)];
    if (only === undefined) return;
    // One template: the single-document path, which tells a taken `_id` from a failure: no read.
    if (others.length === 0) return grantOne(userId, only, now, operation, grantId);
    const firsts = [only, ...others].map((templateId) => firstDocument(userId, templateId, now, grantId));
    if (await insertedAll(credits(), firsts, operation)) return;
    const ids = firsts.map((first) => first._id);
    if ((await countExisting(ids, now, operation, grantId)) === ids.length) return;
    const stored = await grantIdsOf(ids, operation);
    for (const first of firsts) {
      const listed = stored.get(first._id);
      if (!listed) await grantOne(userId, first.templateId, now, operation, grantId);
      else if (!listed.includes(grantId)) await countExisting([first._id], now, operation, grantId);
    }
  }

  return { grantOne, grantAll };
}
