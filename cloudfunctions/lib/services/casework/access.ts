import { AppError } from '@domain/errors';
import {
  allowedCaseActions,
  assertVerifier,
  caseTransitions,
  isVerifier,
  nextCaseState,
  type CaseAction,
  type CaseActor,
  type VerifierCandidate,
} from '@domain/casework';
import type { CaseRecord } from '../../ports/casework';
import type { UserRecord } from '../../ports/storage';

/*
 * How a user stands to a case, from their role and scope (docs/adr/0013): a user of the holding
 * body (its grid, property company, department, or street), the street over the matter's
 * community, the community's committee, a grid worker of the matter's grid, a cadre of the
 * community. Who stands nowhere hears "not found", as for service orders: a case of another
 * department, company, street or community does not leak its existence.
 */

export interface CaseParty {
  user: UserRecord;
  holder: boolean;
  street: boolean;
  committee: boolean;
  /** A grid worker of the matter's grid: a verifier candidate besides the committee. */
  gridOfMatter: boolean;
  cadre: boolean;
}

/** A user of the body that holds the case. */
export function holdsCase(user: UserRecord, record: Pick<CaseRecord, 'holder'>): boolean {
  const { holder } = record;
  switch (user.role) {
    case 'gridWorker':
      return holder.kind === 'grid' && user.gridIds.includes(holder.id);
    case 'property':
      return holder.kind === 'property' && user.orgId === holder.id;
    case 'department':
      return holder.kind === 'department' && user.orgId === holder.id;
    case 'street':
      return holder.kind === 'street' && user.orgId === holder.id;
    default:
      return false;
  }
}

export function partyOf(user: UserRecord, record: CaseRecord): CaseParty {
  const inCommunity = user.communityIds.includes(record.communityId);
  return {
    user,
    holder: holdsCase(user, record),
    street: user.role === 'street' && user.orgId === record.streetId,
    committee: user.role === 'committee' && inCommunity,
    gridOfMatter: user.role === 'gridWorker' && record.gridId !== null && user.gridIds.includes(record.gridId),
    cadre: user.role === 'cadre' && inCommunity,
  };
}

export function mayRead(party: CaseParty): boolean {
  return party.holder || party.street || party.committee || party.gridOfMatter || party.cadre;
}

function candidateOf(party: CaseParty): VerifierCandidate {
  return {
    userId: party.user.id,
    gridWorkerOfMatterGrid: party.gridOfMatter,
    committeeOfCommunity: party.committee,
  };
}

function actsAs(party: CaseParty, record: CaseRecord, actor: CaseActor): boolean {
  switch (actor) {
    case 'holder':
      return party.holder;
    case 'street':
      return party.street;
    case 'committee':
      return party.committee;
    case 'verifier':
      return isVerifier(candidateOf(party), record.feedback?.by ?? '');
    case 'system':
      return false;
  }
}

/** Every role the party plays on this case (a street user may both hold it and oversee it). */
export function actorsOf(party: CaseParty, record: CaseRecord): CaseActor[] {
  return (['holder', 'street', 'committee', 'verifier'] as const).filter((actor) => actsAs(party, record, actor));
}

/** The steps the state table offers this party now (the service's guards filter further). */
export function tableActions(party: CaseParty, record: CaseRecord): CaseAction[] {
  const actions = new Set(actorsOf(party, record).flatMap((actor) => allowedCaseActions(record.state, actor)));
  return [...actions];
}

/**
 * The actor the party takes this step as, or the refusal: NOT_FOUND when they may not even read
 * the case, FORBIDDEN when they may never take the step (the verifier's own words when the handler
 * would check their own work), INVALID_STATE when the case does not stand where the step starts.
 */
export function actorFor(party: CaseParty, record: CaseRecord, action: CaseAction): CaseActor {
  if (!mayRead(party)) throw new AppError('NOT_FOUND', '案件不存在');
  const actor = caseTransitions[action].by.find((candidate) => actsAs(party, record, candidate));
  if (!actor) {
    if (caseTransitions[action].by.includes('verifier')) assertVerifier(candidateOf(party), record.feedback?.by ?? '');
    // The domain's own refusal: "只有街道可以改派".
    nextCaseState(record.state, action, 'system');
    throw new AppError('FORBIDDEN');
  }
  nextCaseState(record.state, action, actor);
  return actor;
}
