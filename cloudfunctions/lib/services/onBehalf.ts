import { AppError } from '@domain/errors';
import type { OnBehalfRecord } from '../ports/onBehalf';
import type { UserRecord } from '../ports/storage';
import type { ActionContext } from '../service';

/** What a staff member says of the resident they act for (the contract's `onBehalfShape`). */
export interface OnBehalfInput {
  residentId: string | null;
  residentName: string;
  consent: string;
  familyId: string | null;
}

/**
 * 红色代办: whom `staff` acts for in `communityId`, checked. A registered resident must be a
 * resident of that community (the record is theirs, it counts as theirs); one without an account
 * is named. A family member to tell must be another registered resident of the same community.
 * The staff member's own scope over the community is the caller's check (`communityFor`).
 */
export async function onBehalfOf(
  ctx: ActionContext,
  staff: UserRecord,
  communityId: string,
  input: OnBehalfInput,
): Promise<{ residentId: string | null; onBehalf: OnBehalfRecord }> {
  const resident = input.residentId ? await residentOf(ctx, input.residentId, communityId, 'residentId') : null;
  if (input.familyId && input.familyId === input.residentId) {
    throw badInput('familyId', '家属不能是居民本人');
  }
  if (input.familyId) await residentOf(ctx, input.familyId, communityId, 'familyId');
  return {
    residentId: resident?.id ?? null,
    onBehalf: {
      staffId: staff.id,
      staffName: staff.name,
      consent: input.consent,
      residentName: resident?.name || input.residentName,
      familyId: input.familyId,
    },
  };
}

/** Who hears about a record made on a resident's behalf: the resident if registered, and their family. */
export function residentSide(record: { residentId: string | null; onBehalf: OnBehalfRecord | null }): string[] {
  const ids = [record.residentId, record.onBehalf?.familyId ?? null];
  return ids.filter((id, i): id is string => !!id && ids.indexOf(id) === i);
}

async function residentOf(ctx: ActionContext, userId: string, communityId: string, path: string) {
  const user = await ctx.deps.storage.users.findById(userId);
  if (!user || user.role !== 'resident' || user.communityId !== communityId) {
    throw badInput(path, path === 'familyId' ? '找不到本社区的这位家属' : '找不到本社区的这位居民');
  }
  return user;
}

function badInput(path: string, message: string): AppError {
  return new AppError('BAD_INPUT', message, [{ path, message }]);
}
