import type { Tone } from '../tones';
import type { CommentView } from './views';

/** Where a comment stands in review, as the committee's queue shows it. */
export const commentStateLabels: Record<CommentView['state'], string> = {
  visible: '已显示',
  pending_review: '待审核',
  hidden: '已隐藏',
};

export const commentStateTones: Record<CommentView['state'], Tone> = {
  visible: 'quiet',
  pending_review: 'warn',
  hidden: 'warn',
};
