import type { Deps } from '../../deps';

/** A community's committee members, the ones the timer's staff reminders go to (a committee is a handful). */
export async function committeeMemberIds(deps: Pick<Deps, 'storage'>, communityId: string): Promise<string[]> {
  const committee = await deps.storage.users.list({ role: 'committee', communityId, after: null, limit: 100 });
  return committee.items.map((u) => u.id);
}
