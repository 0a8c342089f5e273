/** What a committee reviews: matters or comments, waiting for review or flagged by residents. */
export type QueueKind = 'pending' | 'flagged';
export type QueueTarget = 'matter' | 'comment';

/**
 * The four queues of 说事审核, in the order the committee works through them, each with where
 * `matter.moderationQueues` (the four first pages in one answer) puts it.
 */
export const moderationQueues = [
  { key: 'pendingMatters', kind: 'pending', target: 'matter' },
  { key: 'flaggedMatters', kind: 'flagged', target: 'matter' },
  { key: 'pendingComments', kind: 'pending', target: 'comment' },
  { key: 'flaggedComments', kind: 'flagged', target: 'comment' },
] as const satisfies readonly { key: string; kind: QueueKind; target: QueueTarget }[];

export type ModerationQueueKey = (typeof moderationQueues)[number]['key'];
