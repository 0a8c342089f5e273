import { AppError } from '@domain/errors';
import { matterStates, stateLabels, type MatterState } from '@domain/matters/states';
import {
  allowedTransitions,
  matterTransitions,
  nextState,
  transitionTable,
  type MatterActor,
  type MatterTransition,
} from '@domain/matters/transitions';

const actors: MatterActor[] = ['committee', 'author', 'system'];

// Written out by hand from the product's 居民说事 flow (README glossary), independently of transitionTable, so a slip in
// the table shows up as a mismatch here. A pair missing from a row is illegal.
const legal: Record<MatterTransition, Partial<Record<MatterState, MatterState | 'previous'>>> = {
  approve: { pending_review: 'open' },
  reject: { pending_review: 'rejected' },
  hide: {
    pending_review: 'hidden',
    open: 'hidden',
    consulting: 'hidden',
    escalated: 'hidden',
    resolved: 'hidden',
    closed: 'hidden',
    closed_unresolved: 'hidden',
    referred: 'hidden',
  },
  autoHide: {
    open: 'hidden',
    consulting: 'hidden',
    escalated: 'hidden',
    resolved: 'hidden',
    closed: 'hidden',
    closed_unresolved: 'hidden',
    referred: 'hidden',
  },
  unhide: { hidden: 'previous' },
  convene: { open: 'consulting', consulting: 'consulting' },
  escalate: { open: 'escalated', consulting: 'escalated' },
  answerEscalation: { escalated: 'previous' },
  resolve: { open: 'resolved', consulting: 'resolved', escalated: 'resolved' },
  closeUnresolved: { open: 'closed_unresolved', consulting: 'closed_unresolved', escalated: 'closed_unresolved' },
  refer: { open: 'referred', consulting: 'referred', escalated: 'referred' },
  close: { resolved: 'closed' },
  reopen: { resolved: 'open' },
  merge: { pending_review: 'closed', open: 'closed', consulting: 'closed' },
  caseHandoff: { escalated: 'escalated' },
  caseVerified: { escalated: 'resolved' },
  caseWithdrawn: { escalated: 'previous' },
};

const allowedActors: Record<MatterTransition, MatterActor[]> = {
  approve: ['committee'],
  reject: ['committee'],
  hide: ['committee'],
  autoHide: ['system'],
  unhide: ['committee'],
  convene: ['committee'],
  escalate: ['committee', 'system'],
  answerEscalation: ['committee'],
  resolve: ['committee'],
  closeUnresolved: ['committee'],
  refer: ['committee'],
  close: ['author', 'system'],
  reopen: ['author'],
  merge: ['committee'],
  caseHandoff: ['system'],
  caseVerified: ['system'],
  caseWithdrawn: ['system'],
};

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError, nothing was thrown');
}

const statePairs = matterTransitions.flatMap((t) => matterStates.map((s) => [t, s] as const));

describe('matter transitions', () => {
  it('covers exactly the seventeen transitions named in the design (three of them the case loop’s)', () => {
    expect([...matterTransitions].sort()).toEqual(Object.keys(legal).sort());
  });

  it('has a Chinese timeline label for every transition', () => {
    for (const t of matterTransitions) expect(transitionTable[t].label).toMatch(/[\u4e00-\u9fa5]/);
    expect(transitionTable.approve.label).toBe('审核通过并公开');
    expect(transitionTable.convene.label).toBe('安排协商会');
    expect(transitionTable.escalate.label).toBe('上报街道/部门（街呼区应）');
  });

  it.each(statePairs)('%s from %s: legal ones move to the expected state, the rest are refused', (t, state) => {
    const actor = allowedActors[t][0];
    const expected = legal[t][state];
    if (expected === undefined) {
      const error = caught(() => nextState(state, t, actor, 'open'));
      expect(error.code).toBe('INVALID_STATE');
      // The message names both where the matter is and what was attempted.
      expect(error.message).toContain(stateLabels[state]);
      expect(error.message).toContain(transitionTable[t].label);
    } else if (expected === 'previous') {
      expect(nextState(state, t, actor, 'consulting')).toBe('consulting');
    } else {
      expect(nextState(state, t, actor)).toBe(expected);
    }
  });

  const actorPairs = matterTransitions.flatMap((t) => actors.map((a) => [t, a] as const));

  it.each(actorPairs)('%s by %s: only the listed actors may act', (t, actor) => {
    const from = Object.keys(legal[t])[0] as MatterState;
    if (allowedActors[t].includes(actor)) {
      expect(() => nextState(from, t, actor, 'open')).not.toThrow();
    } else {
      expect(caught(() => nextState(from, t, actor, 'open')).code).toBe('FORBIDDEN');
    }
  });

  it('refuses a wrong actor even when the state is also wrong', () => {
    expect(caught(() => nextState('closed', 'approve', 'author')).code).toBe('FORBIDDEN');
    expect(caught(() => nextState('open', 'reopen', 'committee')).code).toBe('FORBIDDEN');
  });

  it('gives the full-sentence message for an illegal state', () => {
    expect(caught(() => nextState('closed', 'convene', 'committee')).message).toBe(
      '说事当前为「已办结」，不能进行「安排协商会」',
    );
  });

  describe('unhide', () => {
    it('returns to the state the matter had before it was hidden', () => {
      for (const previous of ['pending_review', 'open', 'escalated', 'resolved', 'closed', 'referred'] as const) {
        expect(nextState('hidden', 'unhide', 'committee', previous)).toBe(previous);
      }
    });

    it('needs to know that state', () => {
      expect(caught(() => nextState('hidden', 'unhide', 'committee')).code).toBe('INVALID_STATE');
    });

    it('cannot return to hidden, nor to a state nothing is ever hidden from', () => {
      expect(caught(() => nextState('hidden', 'unhide', 'committee', 'hidden')).code).toBe('INVALID_STATE');
      expect(caught(() => nextState('hidden', 'unhide', 'committee', 'rejected')).code).toBe('INVALID_STATE');
    });

    it('round-trips with hide from every hideable state', () => {
      for (const state of Object.keys(legal.hide) as MatterState[]) {
        const hidden = nextState(state, 'hide', 'committee');
        expect(nextState(hidden, 'unhide', 'committee', state)).toBe(state);
      }
    });
  });

  describe('answerEscalation', () => {
    it('returns the matter to where it stood before it went up: 协商中 only if a meeting had been called', () => {
      expect(nextState('escalated', 'answerEscalation', 'committee', 'open')).toBe('open');
      expect(nextState('escalated', 'answerEscalation', 'committee', 'consulting')).toBe('consulting');
    });

    it('needs that state, and it must be one a matter is escalated from', () => {
      expect(caught(() => nextState('escalated', 'answerEscalation', 'committee')).code).toBe('INVALID_STATE');
      for (const previous of ['resolved', 'pending_review', 'hidden', 'escalated'] as const) {
        expect(caught(() => nextState('escalated', 'answerEscalation', 'committee', previous)).code).toBe(
          'INVALID_STATE',
        );
      }
    });
  });

  describe('allowedTransitions', () => {
    it.each(matterStates.flatMap((s) => actors.map((a) => [s, a] as const)))(
      'in %s, %s gets exactly the legal actions',
      (state, actor) => {
        const expected = matterTransitions.filter(
          (t) => legal[t][state] !== undefined && allowedActors[t].includes(actor),
        );
        expect(allowedTransitions(state, actor)).toEqual(expected);
      },
    );

    it('offers the committee the working buttons on an open matter', () => {
      expect(allowedTransitions('open', 'committee')).toEqual([
        'hide',
        'convene',
        'escalate',
        'resolve',
        'closeUnresolved',
        'refer',
        'merge',
      ]);
    });

    it('offers the author close and reopen once resolved, and nothing in a final state', () => {
      expect(allowedTransitions('resolved', 'author')).toEqual(['close', 'reopen']);
      expect(allowedTransitions('closed', 'author')).toEqual([]);
      expect(allowedTransitions('rejected', 'committee')).toEqual([]);
    });
  });

  it('walks the whole happy path with escalation, a reopen and the final close', () => {
    let state: MatterState = 'pending_review';
    const steps: [MatterTransition, MatterActor][] = [
      ['approve', 'committee'],
      ['convene', 'committee'],
      ['escalate', 'committee'],
      ['answerEscalation', 'committee'],
      ['resolve', 'committee'],
      ['reopen', 'author'],
      ['resolve', 'committee'],
      ['close', 'system'],
    ];
    // Each step that returns to an earlier state is told it: escalated from 协商中, answered back to it.
    const seen = steps.map(
      ([t, a]) => (state = nextState(state, t, a, t === 'answerEscalation' ? 'consulting' : undefined)),
    );
    expect(seen).toEqual(['open', 'consulting', 'escalated', 'consulting', 'resolved', 'open', 'resolved', 'closed']);
  });
});
