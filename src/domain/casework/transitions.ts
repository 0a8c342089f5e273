import { AppError } from '../errors';
import { caseStateLabels, caseStates, type CaseState } from './states';

export const caseActions = [
  'dispatch',
  'accept',
  'return',
  'reroute',
  'requestExtension',
  'decideExtension',
  'markLongTerm',
  'feedback',
  'pass',
  'sendBack',
  'withdraw',
] as const;
export type CaseAction = (typeof caseActions)[number];

/**
 * Who acts, as the service resolves the caller against the case: `holder` a user of the holding
 * body (the grid's grid workers, the property company's or the department's users, the street's
 * users when the street holds it); `street` the street over the matter's community; `committee`
 * the community's committee; `verifier` a grid worker of the matter's grid or a committee member of
 * the community who did NOT give the feedback (guards.ts); `system` the routing of a patrol report.
 */
export const caseActors = ['holder', 'street', 'committee', 'verifier', 'system'] as const;
export type CaseActor = (typeof caseActors)[number];

export const caseActorLabels: Record<CaseActor, string> = {
  holder: '承办单位',
  street: '街道',
  committee: '社区居委会',
  verifier: '核查人',
  system: '系统',
};

/** `null` stands for "no case yet": only dispatch starts from it. */
export type CaseOrigin = CaseState | null;
export const caseOrigins: readonly CaseOrigin[] = [null, ...caseStates];

export interface CaseTransitionRule {
  from: readonly CaseOrigin[];
  to: CaseState;
  by: readonly CaseActor[];
  label: string;
}

export const caseTransitions: Record<CaseAction, CaseTransitionRule> = {
  // A grid worker's patrol report (信息采集) is routed by the table: the system dispatches it.
  dispatch: { from: [null], to: 'dispatched', by: ['committee', 'system'], label: '派遣' },
  accept: { from: ['dispatched'], to: 'accepted', by: ['holder'], label: '受理' },
  // Only before the return deadline (workingHours.ts), with a reason.
  return: { from: ['dispatched'], to: 'returned', by: ['holder'], label: '退单' },
  // 首接负责: the street re-routes a returned case, or one still waiting that it sees is misrouted.
  reroute: { from: ['returned', 'dispatched'], to: 'dispatched', by: ['street'], label: '改派' },
  // Once per dispatch, before the due time (guards.ts); the state does not move.
  requestExtension: { from: ['accepted'], to: 'accepted', by: ['holder'], label: '申请延期' },
  decideExtension: { from: ['accepted'], to: 'accepted', by: ['street'], label: '审批延期' },
  markLongTerm: { from: ['accepted'], to: 'long_term', by: ['holder'], label: '挂账' },
  feedback: { from: ['accepted', 'long_term'], to: 'handled', by: ['holder'], label: '处理反馈' },
  pass: { from: ['handled'], to: 'verified', by: ['verifier'], label: '核查通过' },
  sendBack: { from: ['handled'], to: 'accepted', by: ['verifier'], label: '核查退回' },
  // The committee takes it back (solved otherwise, raised twice); not once the holder has answered.
  withdraw: {
    from: ['dispatched', 'returned', 'accepted', 'long_term'],
    to: 'withdrawn',
    by: ['committee'],
    label: '撤回',
  },
};

function joinActors(actors: readonly CaseActor[]): string {
  return actors.map((a) => caseActorLabels[a]).join('或');
}

/**
 * The only way a case changes state. The actor is checked before the state, as for matters: who
 * may never take a step hears "no permission", not a hint about when it would be allowed.
 */
export function nextCaseState(current: CaseOrigin, action: CaseAction, actor: CaseActor): CaseState {
  const rule = caseTransitions[action];
  if (!rule.by.includes(actor)) {
    throw new AppError('FORBIDDEN', `只有${joinActors(rule.by)}可以${rule.label}`);
  }
  if (!rule.from.includes(current)) {
    const where = current === null ? '案件尚未派遣' : `案件当前为「${caseStateLabels[current]}」`;
    throw new AppError('INVALID_STATE', `${where}，不能${rule.label}`);
  }
  return rule.to;
}

/** The steps to offer this actor as buttons right now. */
export function allowedCaseActions(current: CaseOrigin, actor: CaseActor): CaseAction[] {
  return caseActions.filter((a) => caseTransitions[a].from.includes(current) && caseTransitions[a].by.includes(actor));
}
