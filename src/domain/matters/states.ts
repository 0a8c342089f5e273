import { z } from 'zod';
import type { Tone } from '../tones';

export const matterStates = [
  'pending_review',
  'open',
  'consulting',
  'resolved',
  'closed',
  'rejected',
  'escalated',
  'hidden',
  'closed_unresolved',
  'referred',
] as const;
export type MatterState = (typeof matterStates)[number];
export const matterStateSchema = z.enum(matterStates, { error: '事项状态无效' });

/** Worded for residents, not for staff: "open" means the committee is gathering views. */
export const stateLabels: Record<MatterState, string> = {
  pending_review: '待审核',
  open: '征集意见',
  consulting: '协商中',
  resolved: '已解决',
  closed: '已办结',
  rejected: '未通过',
  escalated: '已上报',
  hidden: '已隐藏',
  closed_unresolved: '未能解决',
  referred: '已转办',
};

/** The colour of a state wherever it is shown: waiting for review, being worked on, solved, or over. */
export const stateTones: Record<MatterState, Tone> = {
  pending_review: 'warn',
  open: 'news',
  consulting: 'news',
  resolved: 'good',
  closed: 'good',
  rejected: 'quiet',
  escalated: 'news',
  hidden: 'warn',
  closed_unresolved: 'quiet',
  referred: 'quiet',
};

/**
 * What other residents may see in lists. Unresolved and referred endings stay public on purpose:
 * an honest "could not solve it" is part of the record, not something to tuck away.
 */
export const publicStates: readonly MatterState[] = [
  'open',
  'consulting',
  'escalated',
  'resolved',
  'closed',
  'closed_unresolved',
  'referred',
];

/** Still being worked on: the ones a new duplicate should join, and the ones staff follow up. */
export const activeStates: readonly MatterState[] = ['open', 'consulting', 'escalated'];

export function isPublicState(state: MatterState): boolean {
  return publicStates.includes(state);
}

export function isActiveState(state: MatterState): boolean {
  return activeStates.includes(state);
}
