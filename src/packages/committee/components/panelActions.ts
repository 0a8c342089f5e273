import { isPublicState } from '@domain/matters/states';
import { allowedTransitions } from '@domain/matters/transitions';
import type { MatterDetail } from '@domain/matters/views';

export type PanelAction =
  | 'approve'
  | 'reject'
  | 'convene'
  | 'minutes'
  | 'answer'
  | 'dispatch'
  | 'escalate'
  | 'conclude'
  | 'merge'
  | 'pin'
  | 'hide'
  | 'unhide';

/** The order buttons appear in: the usual next step first, the rarely needed last. */
const order: readonly PanelAction[] = [
  'approve',
  'reject',
  'minutes',
  'convene',
  'answer',
  'dispatch',
  'escalate',
  'conclude',
  'merge',
  'pin',
  'hide',
  'unhide',
];

/**
 * What the committee may do with the matter now. State changes follow the shared transition
 * table (`allowedTransitions`); pinning applies to public matters, minutes to a convened one.
 * 派遣 (the case loop) goes where 上报 may; while a case is open (`openCase`) the holder answers,
 * so the committee neither records an answer nor concludes (the server refuses both then).
 */
export function panelActions(matter: MatterDetail, openCase = false): PanelAction[] {
  const allowed = new Set(allowedTransitions(matter.state, 'committee'));
  const offered = new Set<PanelAction>();
  if (allowed.has('approve')) offered.add('approve');
  if (allowed.has('reject')) offered.add('reject');
  if (allowed.has('convene')) offered.add('convene');
  // Minutes describe a meeting that took place: offered from its time on (the server's clock).
  if (matter.consultation?.held) offered.add('minutes');
  if (allowed.has('answerEscalation') && !openCase) offered.add('answer');
  if (allowed.has('escalate') && !openCase) offered.add('dispatch');
  if (allowed.has('escalate')) offered.add('escalate');
  const concludes = allowed.has('resolve') || allowed.has('closeUnresolved') || allowed.has('refer');
  if (concludes && !openCase) offered.add('conclude');
  if (allowed.has('merge')) offered.add('merge');
  if (isPublicState(matter.state) && !matter.mergedIntoId) offered.add('pin');
  if (allowed.has('hide')) offered.add('hide');
  if (allowed.has('unhide')) offered.add('unhide');
  return order.filter((action) => offered.has(action));
}

export function panelActionLabel(action: PanelAction, matter: MatterDetail): string {
  switch (action) {
    case 'approve':
      return '审核通过';
    case 'reject':
      return '驳回';
    case 'convene':
      return matter.consultation ? '再安排协商会' : '安排协商会';
    case 'minutes':
      return matter.consultation?.minutes ? '修改纪要' : '记录纪要';
    case 'answer':
      return '记录答复';
    case 'dispatch':
      return '派遣 街呼区应';
    case 'escalate':
      return '上报（路由表外）';
    case 'conclude':
      return '办结';
    case 'merge':
      return '合并到…';
    case 'pin':
      return matter.pinned ? '取消置顶' : '置顶';
    case 'hide':
      return '隐藏';
    case 'unhide':
      return '取消隐藏';
  }
}

/** The one button drawn filled: the step the matter most likely waits for now. */
export function suggestedAction(matter: MatterDetail): PanelAction | null {
  switch (matter.state) {
    case 'pending_review':
      return 'approve';
    case 'open':
      return 'convene';
    case 'consulting':
      if (matter.consultation && !matter.consultation.held) return null;
      return matter.consultation && !matter.consultation.minutes ? 'minutes' : 'conclude';
    case 'escalated':
      return 'answer';
    case 'hidden':
      return 'unhide';
    default:
      return null;
  }
}
