import type { Tone } from '../tones';
import { roleLabels } from '../users';
import type { ActionItem, EscalationView, TimelineEntryView } from './views';

/**
 * The words for everything about a matter that has a state or a kind, one word each, used by
 * every page that shows it (the matter's own states are in states.ts, a comment's review state
 * in comments.ts, the committee's endings in conclusion.ts).
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
