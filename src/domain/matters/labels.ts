import type { matterEndings } from '../contract/matter';
import type { Tone } from '../tones';
import { roleLabels } from '../users';
import { stateLabels } from './states';
import type { ActionItem, CommentView, EscalationView, TimelineEntryView } from './views';

/**
 * The words for everything about a matter that has a state or a kind, one word each, used by
 * every page that shows it (the matter's own states are in states.ts).
 */

/** Who moved a matter on: the people by their role's name, and the system for flags and timers. */
export const actorRoleLabels: Record<TimelineEntryView['actorRole'], string> = { ...roleLabels, system: '系统' };

/** An agreed action of a consultation (议定事项). */
export const actionStateLabels: Record<ActionItem['state'], string> = {
  todo: '待办',
  doing: '办理中',
  done: '已完成',
};

export const actionStateTones: Record<ActionItem['state'], Tone> = {
  todo: 'quiet',
  doing: 'warn',
  done: 'good',
};

/** Where 街呼区应 sends a matter. */
export const escalationLevels = ['street', 'district'] as const satisfies readonly EscalationView['level'][];
export const escalationLevelLabels: Record<EscalationView['level'], string> = {
  street: '街道',
  district: '区直部门',
};

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

/** The honest endings the committee chooses from, named after the state each one leads to. */
export type MatterEnding = (typeof matterEndings)[number];
export const endingLabels: Record<MatterEnding, string> = {
  resolve: stateLabels.resolved,
  closeUnresolved: stateLabels.closed_unresolved,
  refer: stateLabels.referred,
};
