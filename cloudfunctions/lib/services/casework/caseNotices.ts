import type { CaseAction } from '@domain/casework';
import type { CaseKind } from '@domain/notifications/caseKinds';
import type { NotificationFacts } from '@domain/notifications/factWords';
import type { Deps } from '../../deps';
import type { CaseRecord } from '../../ports/casework';
import { notify } from '../notifications/notify';
import type { StepDone } from './caseSteps';
import { committeeMemberIds } from '../notifications/committeeMembers';
import { bodyMemberIds, streetMemberIds, verifierIds } from './bodyMembers';

/**
 * What each step of a case tells whom (the kinds are in caseKinds.ts). The one who took the step
 * never hears of it. Keyed by the case and the step (and the case's new version where a step can
 * come again, as a send-back), so a retried step tells nobody twice.
 */
type Notice = {
  kind: CaseKind;
  to: (deps: Deps, record: CaseRecord) => Promise<string[]>;
  facts?: NotificationFacts;
  /** The notice is about the case as it was before the step (the holder a re-route took it from). */
  aboutBefore?: boolean;
};

const holder = (deps: Deps, record: CaseRecord) => bodyMemberIds(deps, record.holder);
const street = (deps: Deps, record: CaseRecord) => streetMemberIds(deps, record.streetId);
const verifiers = (deps: Deps, record: CaseRecord) => verifierIds(deps, record);
const committee = (deps: Deps, record: CaseRecord) => committeeMemberIds(deps, record.communityId);

function noticesOf(action: CaseAction | 'dispatch', done: StepDone): Notice[] {
  const record = done.after;
  const due = { when: record.dueAt };
  switch (action) {
    case 'dispatch':
      return [{ kind: 'case_dispatched', to: holder, facts: due }];
    case 'reroute': {
      // `before` is the replaced case as withdrawn by the re-route. A holder that returned it gave it
      // up itself; one that still held it (never returned) is told it can stop, and why.
      const moved: Notice[] =
        done.before.returnReason === ''
          ? [{ kind: 'case_moved', to: holder, facts: { reason: done.before.withdrawReason }, aboutBefore: true }]
          : [];
      return [{ kind: 'case_rerouted', to: holder, facts: due }, ...moved];
    }
    case 'return':
      return [
        { kind: 'case_returned', to: street, facts: { reason: record.returnReason } },
        { kind: 'case_returned', to: committee, facts: { reason: record.returnReason } },
      ];
    case 'requestExtension':
      return [{ kind: 'case_extension_requested', to: street, facts: { reason: record.extension?.reason ?? '' } }];
    case 'decideExtension':
      return [
        {
          kind: 'case_extension_decided',
          to: holder,
          facts: { reason: record.extension?.decision === 'approved' ? '同意' : '不同意', when: record.dueAt },
        },
      ];
    case 'feedback':
      return [{ kind: 'case_handled', to: verifiers }];
    case 'sendBack':
      return [{ kind: 'case_sent_back', to: holder, facts: { reason: record.verification?.note ?? '' } }];
    case 'withdraw':
      return [{ kind: 'case_withdrawn', to: holder, facts: { reason: record.withdrawReason } }];
    default:
      return [];
  }
}

export async function tellCaseStep(deps: Deps, action: CaseAction | 'dispatch', done: StepDone): Promise<void> {
  for (const notice of noticesOf(action, done)) {
    const record = notice.aboutBefore ? done.before : done.after;
    const userIds = (await notice.to(deps, record)).filter((id) => id !== done.party.user.id);
    await notify(deps, {
      kind: notice.kind,
      userIds,
      communityId: record.communityId,
      ref: { type: 'case', id: record.id },
      title: done.matter.title,
      ...(notice.facts ? { facts: notice.facts } : {}),
      dedupeKey: `${notice.kind}:${record.id}:${action}:${record.updatedAt}`,
      at: deps.clock.now(),
    });
  }
}
