import { AppError } from '../errors';
import { activeStates, publicStates, stateLabels, type MatterState } from './states';

export type MatterTransition =
  | 'approve'
  | 'reject'
  | 'hide'
  | 'unhide'
  | 'autoHide'
  | 'convene'
  | 'escalate'
  | 'answerEscalation'
  | 'resolve'
  | 'closeUnresolved'
  | 'refer'
  | 'close'
  | 'reopen'
  | 'merge'
  | 'caseHandoff'
  | 'caseVerified'
  | 'caseWithdrawn';

export type MatterActor = 'committee' | 'author' | 'system';

export interface TransitionRule {
  from: readonly MatterState[];
  /**
   * `previous`: a state the matter had before, supplied by the caller (before it was hidden, before
   * it was escalated); `returnsTo` lists the states it may be.
   */
  to: MatterState | 'previous';
  returnsTo?: readonly MatterState[];
  by: readonly MatterActor[];
  /** Shown on the public timeline. */
  label: string;
}

/**
 * Every state a matter can be hidden from: under review, or any public one. A hidden matter
 * returns to one of these.
 */
const hideableStates: readonly MatterState[] = ['pending_review', ...publicStates];

/** The states 街呼区应 starts from, and so the ones the department's answer returns the matter to. */
const escalatableStates: readonly MatterState[] = ['open', 'consulting'];

export const transitionTable: Record<MatterTransition, TransitionRule> = {
  approve: { from: ['pending_review'], to: 'open', by: ['committee'], label: '审核通过并公开' },
  reject: { from: ['pending_review'], to: 'rejected', by: ['committee'], label: '审核未通过' },
  hide: { from: hideableStates, to: 'hidden', by: ['committee'], label: '隐藏' },
  unhide: { from: ['hidden'], to: 'previous', returnsTo: hideableStates, by: ['committee'], label: '恢复显示' },
  // An unreviewed matter is not public yet, so flags cannot reach it.
  autoHide: { from: publicStates, to: 'hidden', by: ['system'], label: '多人举报，暂时隐藏待复核' },
  // Convening only schedules the meeting: what happened at it is in its minutes, later.
  convene: { from: ['open', 'consulting'], to: 'consulting', by: ['committee'], label: '安排协商会' },
  // The system escalates a grid worker's patrol report (信息采集): the routing table dispatches it.
  escalate: {
    from: escalatableStates,
    to: 'escalated',
    by: ['committee', 'system'],
    label: '上报街道/部门（街呼区应）',
  },
  // The answer hands the matter back to the committee where it stood before it went up: 协商中
  // only if a consultation had been called, else 征集意见 (an answer is not a meeting).
  answerEscalation: {
    from: ['escalated'],
    to: 'previous',
    returnsTo: escalatableStates,
    by: ['committee'],
    label: '街道/部门已答复',
  },
  resolve: { from: activeStates, to: 'resolved', by: ['committee'], label: '问题已解决' },
  closeUnresolved: { from: activeStates, to: 'closed_unresolved', by: ['committee'], label: '如实说明未能解决' },
  refer: { from: activeStates, to: 'referred', by: ['committee'], label: '转交其他部门办理' },
  // The author closes by rating; the system closes once the reopen window has passed.
  close: { from: ['resolved'], to: 'closed', by: ['author', 'system'], label: '办结' },
  reopen: { from: ['resolved'], to: 'open', by: ['author'], label: '居民不满意，重新办理' },
  merge: {
    from: ['pending_review', 'open', 'consulting'],
    to: 'closed',
    by: ['committee'],
    label: '与相同事项合并办理',
  },
  // The case loop (街呼区应, docs/adr/0012) moves the matter: every hand-off of its case is a public
  // entry (who holds it now, by when), the on-site check resolves it, and the committee's
  // withdrawal hands it back to where it stood before the dispatch.
  caseHandoff: { from: ['escalated'], to: 'escalated', by: ['system'], label: '街呼区应进展' },
  caseVerified: { from: ['escalated'], to: 'resolved', by: ['system'], label: '问题已解决' },
  caseWithdrawn: {
    from: ['escalated'],
    to: 'previous',
    returnsTo: escalatableStates,
    by: ['system'],
    label: '社区撤回街呼区应',
  },
};

export const matterTransitions = Object.keys(transitionTable) as MatterTransition[];

/**
 * The only way a matter changes state. The actor is checked before the state: someone who may
 * never take an action should hear "no permission", not a hint about when it would be allowed.
 */
export function nextState(
  current: MatterState,
  transition: MatterTransition,
  actor: MatterActor,
  previous?: MatterState,
): MatterState {
  const rule = transitionTable[transition];
  if (!rule.by.includes(actor)) throw new AppError('FORBIDDEN');
  if (!rule.from.includes(current)) {
    throw new AppError('INVALID_STATE', `说事当前为「${stateLabels[current]}」，不能进行「${rule.label}」`);
  }
  if (rule.to !== 'previous') return rule.to;
  if (previous === undefined) throw new AppError('INVALID_STATE', `${rule.label}需要知道说事之前的状态`);
  // Only a state the matter can have left this way is a state it can come back to.
  if (!rule.returnsTo?.includes(previous)) {
    throw new AppError('INVALID_STATE', `说事不能恢复为「${stateLabels[previous]}」`);
  }
  return previous;
}

/** The actions to offer as buttons for this actor right now. */
export function allowedTransitions(current: MatterState, actor: MatterActor): MatterTransition[] {
  return matterTransitions.filter(
    (t) => transitionTable[t].from.includes(current) && transitionTable[t].by.includes(actor),
  );
}
