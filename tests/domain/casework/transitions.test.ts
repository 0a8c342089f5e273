import { AppError } from '@domain/errors';
import {
  allowedCaseActions,
  caseActions,
  caseActors,
  caseOrigins,
  nextCaseState,
  type CaseAction,
  type CaseActor,
  type CaseOrigin,
} from '@domain/casework/transitions';
import { caseStates, clockRunningStates, finalCaseStates, openCaseStates } from '@domain/casework/states';

/**
 * The whole table written out once more, independently of the code: every (from, action) that is
 * allowed, with its actors and where it leads. Anything not here must be refused.
 */
const expected: Record<CaseAction, { from: CaseOrigin[]; to: string; by: CaseActor[] }> = {
  dispatch: { from: [null], to: 'dispatched', by: ['committee', 'system'] },
  accept: { from: ['dispatched'], to: 'accepted', by: ['holder'] },
  return: { from: ['dispatched'], to: 'returned', by: ['holder'] },
  reroute: { from: ['returned', 'dispatched'], to: 'dispatched', by: ['street'] },
  requestExtension: { from: ['accepted'], to: 'accepted', by: ['holder'] },
  decideExtension: { from: ['accepted'], to: 'accepted', by: ['street'] },
  markLongTerm: { from: ['accepted'], to: 'long_term', by: ['holder'] },
  feedback: { from: ['accepted', 'long_term'], to: 'handled', by: ['holder'] },
  pass: { from: ['handled'], to: 'verified', by: ['verifier'] },
  sendBack: { from: ['handled'], to: 'accepted', by: ['verifier'] },
  withdraw: { from: ['dispatched', 'returned', 'accepted', 'long_term'], to: 'withdrawn', by: ['committee'] },
};

const actionLabels: Record<CaseAction, string> = {
  dispatch: '派遣',
  accept: '受理',
  return: '退单',
  reroute: '改派',
  requestExtension: '申请延期',
  decideExtension: '审批延期',
  markLongTerm: '挂账',
  feedback: '处理反馈',
  pass: '核查通过',
  sendBack: '核查退回',
  withdraw: '撤回',
};

const stateWords: Record<string, string> = {
  dispatched: '已派遣，待受理',
  accepted: '处理中',
  returned: '已退单，待街道改派',
  long_term: '已挂账',
  handled: '已反馈，待核查',
  verified: '已核查办结',
  withdrawn: '已撤回',
};

const actorWords: Record<CaseActor, string> = {
  holder: '承办单位',
  street: '街道',
  committee: '社区居委会',
  verifier: '核查人',
  system: '系统',
};

function outcome(from: CaseOrigin, action: CaseAction, actor: CaseActor): string {
  try {
    return `-> ${nextCaseState(from, action, actor)}`;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return `${(error as AppError).code}: ${(error as AppError).message}`;
  }
}

function expectedOutcome(from: CaseOrigin, action: CaseAction, actor: CaseActor): string {
  const rule = expected[action];
  if (!rule.by.includes(actor)) {
    return `FORBIDDEN: 只有${rule.by.map((a) => actorWords[a]).join('或')}可以${actionLabels[action]}`;
  }
  if (!rule.from.includes(from)) {
    const where = from === null ? '案件尚未派遣' : `案件当前为「${stateWords[from]}」`;
    return `INVALID_STATE: ${where}，不能${actionLabels[action]}`;
  }
  return `-> ${rule.to}`;
}

describe('the case state table', () => {
  const cells = caseOrigins.flatMap((from) =>
    caseActions.flatMap((action) => caseActors.map((actor) => [String(from), action, actor] as const)),
  );

  it('has 8 origins x 11 actions x 5 actors', () => {
    expect(cells).toHaveLength(8 * 11 * 5);
    expect(caseOrigins).toEqual([null, ...caseStates]);
  });

  it.each(cells)('from %s, %s by %s: allowed or the exact error', (fromText, action, actor) => {
    const from = fromText === 'null' ? null : (fromText as CaseOrigin);
    expect(outcome(from, action, actor)).toBe(expectedOutcome(from, action, actor));
  });

  it('allows exactly the cells listed, no more', () => {
    const allowed = cells.filter(([f, action, actor]) =>
      outcome(f === 'null' ? null : (f as CaseOrigin), action, actor).startsWith('->'),
    );
    const listed = caseActions.reduce((n, a) => n + expected[a].from.length * expected[a].by.length, 0);
    expect(allowed).toHaveLength(listed);
  });

  it('walks the loop: dispatch, accept, extension, feedback, sent back, feedback again, passed', () => {
    const steps: [CaseAction, CaseActor][] = [
      ['dispatch', 'committee'],
      ['accept', 'holder'],
      ['requestExtension', 'holder'],
      ['decideExtension', 'street'],
      ['feedback', 'holder'],
      ['sendBack', 'verifier'],
      ['markLongTerm', 'holder'],
      ['feedback', 'holder'],
      ['pass', 'verifier'],
    ];
    let state: CaseOrigin = null;
    for (const [action, actor] of steps) state = nextCaseState(state, action, actor);
    expect(state).toBe('verified');
  });

  it('walks a return and a re-route to a new holder', () => {
    let state: CaseOrigin = nextCaseState(null, 'dispatch', 'system');
    state = nextCaseState(state, 'return', 'holder');
    expect(state).toBe('returned');
    state = nextCaseState(state, 'reroute', 'street');
    expect(nextCaseState(state, 'accept', 'holder')).toBe('accepted');
  });

  it('keeps final states final and the open/clock lists consistent', () => {
    for (const final of finalCaseStates) expect(caseActors.flatMap((a) => allowedCaseActions(final, a))).toEqual([]);
    expect(openCaseStates).toEqual(['dispatched', 'accepted', 'returned', 'long_term', 'handled']);
    expect(clockRunningStates).toEqual(['dispatched', 'accepted', 'returned']);
  });

  it('says in plain words why a step is refused', () => {
    expect(() => nextCaseState('handled', 'pass', 'holder')).toThrow('只有核查人可以核查通过');
    expect(() => nextCaseState('accepted', 'reroute', 'committee')).toThrow('只有街道可以改派');
    expect(() => nextCaseState('returned', 'accept', 'holder')).toThrow('案件当前为「已退单，待街道改派」，不能受理');
    expect(() => nextCaseState('handled', 'withdraw', 'committee')).toThrow('案件当前为「已反馈，待核查」，不能撤回');
    expect(() => nextCaseState(null, 'accept', 'holder')).toThrow('案件尚未派遣，不能受理');
    expect(() => nextCaseState(null, 'dispatch', 'holder')).toThrow('只有社区居委会或系统可以派遣');
  });

  it('offers each actor its buttons', () => {
    expect(allowedCaseActions('dispatched', 'holder')).toEqual(['accept', 'return']);
    expect(allowedCaseActions('dispatched', 'street')).toEqual(['reroute']);
    expect(allowedCaseActions('accepted', 'holder')).toEqual(['requestExtension', 'markLongTerm', 'feedback']);
    expect(allowedCaseActions('handled', 'verifier')).toEqual(['pass', 'sendBack']);
    expect(allowedCaseActions('handled', 'committee')).toEqual([]);
    expect(allowedCaseActions(null, 'committee')).toEqual(['dispatch']);
  });
});
