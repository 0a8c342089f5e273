import { describeAuthorTalliesContract } from './authorTalliesContract';
import { describeCommentsContract } from './commentsContract';
import { describeConsultationsContract } from './consultationsContract';
import { describeMatterListsContract } from './matterListsContract';
import { describeMatterRecordsContract } from './matterRecordsContract';
import { describeMatterRelationsContract } from './matterRelationsContract';
import type { MattersStorage } from './mattersFixtures';

export type { MattersStorage } from './mattersFixtures';

/**
 * The behaviour every adapter of ports/matters.ts must have. Adapter-neutral on purpose: no
 * engine details and no timing; "concurrent" means calls started together with Promise.all,
 * which is how two function instances hit the same rows in production.
 *
 * Readings of the port pinned here (where its comments leave room):
 * - Oldest-first orders (moderation queues, threads, replies, timeline) break ties by id ascending;
 *   newest-first orders (lists, listByUser, recentInCategory) by id descending.
 * - Both moderation queues are ordered by the record's createdAt, and their cursor `at` is createdAt.
 * - transition bumps updatedAt to the timeline entry's time (the port gives it no other clock).
 * - listThreads and listByUser return records in every state: visibility is the service's call.
 * - countByAuthorSince counts records created at or after `since`.
 * - comments.setState is true whenever the comment exists (a same-state call changes nothing).
 * - consultations.findByMatter's "latest" is the most recently created.
 * - findByIds returns the found records in no particular order and skips unknown ids.
 */
export function describeMattersContract(adapterName: string, openEmpty: () => Promise<MattersStorage>): void {
  describe(`matters storage contract: ${adapterName}`, () => {
    let storage: MattersStorage;

    beforeEach(async () => {
      storage = await openEmpty();
    });

    afterEach(async () => {
      await storage.close();
    });

    const current = () => storage;
    describeMatterRecordsContract(current);
    describeMatterListsContract(current);
    describeAuthorTalliesContract(current);
    describeMatterRelationsContract(current);
    describeCommentsContract(current);
    describeConsultationsContract(current);
  });
}
