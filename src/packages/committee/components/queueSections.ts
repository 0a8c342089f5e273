import type { Decision } from './labels';

export type QueueKind = 'pending' | 'flagged';
export type QueueTarget = 'matter' | 'comment';

export interface QueueSection {
  id: `${QueueKind}-${QueueTarget}`;
  kind: QueueKind;
  target: QueueTarget;
  label: string;
  decisions: readonly Decision[];
  /** Where `matter.moderationQueues` (the four first pages in one answer) puts this queue. */
  answerKey: `${QueueKind}${'Matters' | 'Comments'}`;
}

/** The bulk decisions that make sense for each kind of queue; the server still judges each item. */
const decisionsFor: Record<QueueKind, readonly Decision[]> = {
  pending: ['approve', 'reject', 'hide'],
  flagged: ['keep', 'hide', 'unhide'],
};

function section(kind: QueueKind, target: QueueTarget, label: string): QueueSection {
  const answerKey = `${kind}${target === 'matter' ? 'Matters' : 'Comments'}` as const;
  return { id: `${kind}-${target}`, kind, target, label, decisions: decisionsFor[kind], answerKey };
}

/** The four queues of 说事审核, in the order the committee works through them. */
export const queueSections: readonly QueueSection[] = [
  section('pending', 'matter', '待审核说事'),
  section('flagged', 'matter', '被举报说事'),
  section('pending', 'comment', '待审核评论'),
  section('flagged', 'comment', '被举报评论'),
];

export type QueueSectionId = QueueSection['id'];
