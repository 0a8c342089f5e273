import {
  moderationQueues,
  type ModerationQueueKey,
  type QueueKind,
  type QueueTarget,
} from '@domain/matters/moderationQueues';
import type { Decision } from './labels';

export type { QueueKind, QueueTarget };

export interface QueueSection {
  id: `${QueueKind}-${QueueTarget}`;
  kind: QueueKind;
  target: QueueTarget;
  label: string;
  decisions: readonly Decision[];
  /** Where `matter.moderationQueues` (the four first pages in one answer) puts this queue. */
  answerKey: ModerationQueueKey;
}

/** The bulk decisions that make sense for each kind of queue; the server still judges each item. */
const decisionsFor: Record<QueueKind, readonly Decision[]> = {
  pending: ['approve', 'reject', 'hide'],
  flagged: ['keep', 'hide', 'unhide'],
};

const labels: Record<ModerationQueueKey, string> = {
  pendingMatters: '待审核说事',
  flaggedMatters: '被举报说事',
  pendingComments: '待审核评论',
  flaggedComments: '被举报评论',
};

/** The four queues of 说事审核 (src/domain/matters/moderationQueues.ts), as the page shows them. */
export const queueSections: readonly QueueSection[] = moderationQueues.map(({ key, kind, target }) => ({
  id: `${kind}-${target}` as const,
  kind,
  target,
  label: labels[key],
  decisions: decisionsFor[kind],
  answerKey: key,
}));

export type QueueSectionId = QueueSection['id'];
