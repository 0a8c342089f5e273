import type { Decision } from './labels';

export type QueueKind = 'pending' | 'flagged';
export type QueueTarget = 'matter' | 'comment';

export interface QueueSection {
  id: `${QueueKind}-${QueueTarget}`;
  kind: QueueKind;
  target: QueueTarget;
  label: string;
  /** The bulk decisions that make sense here; the server still judges each item. */
  decisions: readonly Decision[];
}

/** The four queues of 说事审核, in the order the committee works through them. */
export const queueSections: readonly QueueSection[] = [
  {
    id: 'pending-matter',
    kind: 'pending',
    target: 'matter',
    label: '待审核说事',
    decisions: ['approve', 'reject', 'hide'],
  },
  {
    id: 'flagged-matter',
    kind: 'flagged',
    target: 'matter',
    label: '被举报说事',
    decisions: ['keep', 'hide', 'unhide'],
  },
  {
    id: 'pending-comment',
    kind: 'pending',
    target: 'comment',
    label: '待审核评论',
    decisions: ['approve', 'reject', 'hide'],
  },
  {
    id: 'flagged-comment',
    kind: 'flagged',
    target: 'comment',
    label: '被举报评论',
    decisions: ['keep', 'hide', 'unhide'],
  },
];

export type QueueSectionId = QueueSection['id'];
