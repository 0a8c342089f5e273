import type { CollectionKey } from './collections';
import { ascending, ascendingThenId, descending, descendingThenId, index, type CollectionSetup } from './indexSpecs';

/**
 * 居民说事. An index read backwards serves the opposite order, so one (x desc, _id desc) index
 * serves both a newest-first list and an oldest-first queue. `state: _.in([...])` with a sort is
 * served by merging the per-state ranges. Title terms are unanchored regular expressions, which
 * no index serves: they are checked on the rows the community/state range yields.
 */
export function matterCollectionSetup(): Pick<
  Record<CollectionKey, CollectionSetup>,
  'matters' | 'supports' | 'follows' | 'flags' | 'comments' | 'commentFlags' | 'consultations' | 'photoChecks'
> {
  const community = [ascending('communityId'), ascending('state')];
  return {
    matters: {
      permission: 'ADMINONLY',
      idHolds: 'the matter id; the document also holds its public timeline (entries pushed with the state change)',
      indexes: [
        index(
          [...community, ...descendingThenId('createdAt')],
          "list newest; moderationQueue pending (read backwards); listFirstPage narrows by its (communityId, state) prefix and orders the few hundred matters of a community's list pinned first in memory",
        ),
        index([...community, ...descendingThenId('lastActivityAt')], 'list active'),
        index([...community, ...descendingThenId('supportCount')], 'list supported'),
        index(
          [ascending('communityId'), ascending('category'), ascending('state'), ...descendingThenId('lastActivityAt')],
          'recentInCategory; list by category',
        ),
        index(
          [ascending('communityId'), ascending('flagCount'), ...ascendingThenId('createdAt')],
          'moderationQueue flagged (flagCount > 0 is a range, so the few flagged rows are sorted in memory)',
        ),
        index(
          [ascending('authorId'), ...descendingThenId('createdAt')],
          'listByUser raised; countByAuthorSince; tallyByAuthors',
        ),
        index(
          [ascending('state'), ascending('escalation.respondedAt'), ...ascendingThenId('escalation.dueDate')],
          'listEscalatedDueBetween (every community, unanswered, by answer date)',
        ),
        index(
          [...community, ascending('escalation.respondedAt'), ...ascendingThenId('escalation.dueDate')],
          'homeCounts overdue escalations of a community (逾期未办)',
        ),
        index([ascending('state'), ...ascendingThenId('resolvedAt')], 'listResolvedBefore (the auto-close timer)'),
        index([ascending('state'), ...ascendingThenId('updatedAt')], 'listRejectedWithPhotosBefore (photo retention)'),
        index(
          [ascending('communityId'), ascending('updatedAt')],
          'matterStats: the matters of the scope changed since the period began (居民说事 figures)',
        ),
        index([ascending('onBehalf.familyId')], 'personalData.forgetFamily (注销 of a 红色代办 family member)'),
      ],
    },
    supports: {
      permission: 'ADMINONLY',
      idHolds: '`matterId:userId`: one support per resident per matter, by _id uniqueness',
      indexes: [
        index([ascending('matterId'), ...ascendingThenId('at')], 'supporterIds; count on merge; moveRelations'),
        index([ascending('userId'), descending('at'), descending('matterId')], 'listByUser supported'),
      ],
    },
    follows: {
      permission: 'ADMINONLY',
      idHolds: '`matterId:userId`: one follow per resident per matter, by _id uniqueness',
      indexes: [
        index([ascending('matterId'), ...ascendingThenId('at')], 'followerIds; count on merge; moveRelations'),
        index([ascending('userId'), descending('at'), descending('matterId')], 'listByUser following'),
      ],
    },
    flags: {
      permission: 'ADMINONLY',
      idHolds: '`matterId:userId`: one flag per user per matter, by _id uniqueness',
      indexes: [
        index([ascending('matterId')], 'clearFlags (remove and recount)'),
        index([ascending('userId'), ascending('_id')], 'personalData: the flags a user raised (export, 注销)'),
      ],
    },
    comments: {
      permission: 'ADMINONLY',
      idHolds: 'the comment id',
      indexes: [
        index(
          [ascending('matterId'), ascending('parentId'), ...ascendingThenId('createdAt')],
          'listThreads: top-level page (parentId null) and replies (parentId in the page)',
        ),
        index(
          [ascending('communityId'), ascending('state'), ...ascendingThenId('createdAt')],
          'moderationQueue pending',
        ),
        index(
          [ascending('communityId'), ascending('flagCount'), ...ascendingThenId('createdAt')],
          'moderationQueue flagged (flagCount > 0 is a range, so the few flagged rows are sorted in memory)',
        ),
        index([ascending('authorId'), descending('createdAt')], 'countByAuthorSince'),
      ],
    },
    commentFlags: {
      permission: 'ADMINONLY',
      idHolds: '`commentId:userId`: one flag per user per comment, by _id uniqueness',
      indexes: [
        index([ascending('commentId')], 'clearFlags (remove and recount)'),
        index([ascending('userId'), ascending('_id')], 'personalData: the flags a user raised (export, 注销)'),
      ],
    },
    consultations: {
      permission: 'ADMINONLY',
      idHolds: 'the consultation id',
      indexes: [
        index([ascending('matterId'), ...descendingThenId('createdAt')], 'findByMatter (latest created)'),
        index(
          [ascending('communityId'), ...ascendingThenId('scheduledAt')],
          'homeCounts.consultationsBetween (今日协商)',
        ),
      ],
    },
    photoChecks: { permission: 'ADMINONLY', idHolds: "WeChat's image-check trace id", indexes: [] },
  };
}
