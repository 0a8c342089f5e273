import type { SubscriptionRepository } from '../../ports/notifications';
import { countOf, insertIfAbsent, MAX_ROWS_PER_GET, rowsOf, succeeded, type CloudbaseDb } from './database';

/**
 * Consent credits, one document per user per template: `_id` = `userId:templateId` (each part
 * URI-encoded, so no id containing ':' can collide with another pair). Every change is a
 * single-document atomic `$inc` or a conditional update, so concurrent consents and sends never
 * lose a count and never take a credit that is not there.
 */
interface SubscriptionDocument {
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

export function createSubscriptionRepository(db: CloudbaseDb, collectionName: string): SubscriptionRepository {
  const _ = db.command;
  const credits = () => db.collection(collectionName);

  /**
   * One credit more. The first credit of a pair is an insert under its `_id`; when that `_id` is
   * taken (an earlier consent, or a concurrent one that won the insert) it becomes `$inc`, so two
   * concurrent grants always end as two credits. A grant with an id counts only if the document
   * does not list that id yet; the id goes into the list in the same single-document write.
   */
  async function addOne(
    userId: string,
    templateId: string,
    now: number,
    operation: string,
    grantId?: string,
  ): Promise<void> {
    const _id = subscriptionKey(userId, templateId);
    const first: SubscriptionDocument = {
      _id,
      userId,
      templateId,
      credits: 1,
      updatedAt: now,
      ...(grantId ? { grantIds: [grantId] } : {}),
    };
    if (await insertIfAbsent(credits(), first, operation)) return;
    const reply = await credits()
      .where(grantId ? { _id, grantIds: _.neq(grantId) } : { _id })
      .update({
        credits: _.inc(1),
        updatedAt: now,
        ...(grantId ? { grantIds: _.push({ each: [grantId], slice: -RECENT_GRANTS }) } : {}),
      });
    // 0 with a grant id: counted already by an earlier attempt of the same request.
    countOf(reply, 'updated', operation);
  }

  return {
    grant: (userId, templateId, now, grantId) => addOne(userId, templateId, now, 'subscriptions.grant', grantId),

    async take(userId, templateId, now) {
      // Conditional decrement: of two senders racing for the last credit, one matches.
      const reply = await credits()
        .where({ _id: subscriptionKey(userId, templateId), credits: _.gt(0) })
        .update({ credits: _.inc(-1), updatedAt: now });
      return countOf(reply, 'updated', 'subscriptions.take') === 1;
    },

    refund: (userId, templateId, now) => addOne(userId, templateId, now, 'subscriptions.refund'),

    async clear(userId, templateId, now) {
      // Nothing to clear for a pair never granted: no document is created for it.
      const reply = await credits()
        .where({ _id: subscriptionKey(userId, templateId) })
        .update({ credits: 0, updatedAt: now });
      succeeded(reply, 'subscriptions.clear');
    },

    async credits(userId) {
      // Templates are few (one per message shape), so one get() holds them all. Zero counts are
      // left out: a template the user never consented to and one used up read the same.
      const reply = await credits()
        .where({ userId, credits: _.gt(0) })
        .limit(MAX_ROWS_PER_GET)
        .get();
      const rows = rowsOf(reply, 'subscriptions.credits') as unknown as SubscriptionDocument[];
      return Object.fromEntries(rows.map((row) => [row.templateId, row.credits]));
    },
  };
}
