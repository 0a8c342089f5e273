import type { CaseHolder } from '@domain/casework/holders';
import type { Deps } from '../../deps';
import type { CaseRecord } from '../../ports/casework';
import { committeeMemberIds } from '../notifications/committeeMembers';

/*
 * Whom 街呼区应 news goes to: the people of the body that holds a case, the street's people, and
 * the case's verifiers (核查: the grid workers of its grid and the community's committee).
 */

type StorageDeps = Pick<Deps, 'storage'>;

/** The user ids of a body: a grid's grid workers, or the users of a property company, department or street. */
export async function bodyMemberIds(deps: StorageDeps, body: CaseHolder): Promise<string[]> {
  return (await deps.storage.users.listBodyMembers(body)).map((user) => user.id);
}

/** The street's users: they re-route, decide extensions and watch the clock. */
export function streetMemberIds(deps: StorageDeps, streetId: string): Promise<string[]> {
  return bodyMemberIds(deps, { kind: 'street', id: streetId });
}

/**
 * Who may check a handled case on site: the grid workers of the matter's grid and the committee
 * of its community, never the one who gave the feedback.
 */
export async function verifierIds(
  deps: StorageDeps,
  record: Pick<CaseRecord, 'gridId' | 'communityId' | 'feedback'>,
): Promise<string[]> {
  const grid = record.gridId ? await bodyMemberIds(deps, { kind: 'grid', id: record.gridId }) : [];
  const committee = await committeeMemberIds(deps, record.communityId);
  const handler = record.feedback?.by;
  return [...new Set([...grid, ...committee])].filter((id) => id !== handler);
}
