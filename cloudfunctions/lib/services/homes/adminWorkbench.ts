import type { ActionContext } from '../../service';

/** The admin's home: how many users each role has (every community), counted by the database. */
export async function adminWorkbench(ctx: ActionContext) {
  return { users: await ctx.deps.storage.homeCounts.usersByRole() };
}
