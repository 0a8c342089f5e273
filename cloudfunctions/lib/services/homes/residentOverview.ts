import type { ActionOf, ParsedInputOf } from '@domain/contract';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';

type Input = ParsedInputOf<ActionOf<'home', 'residentOverview'>>;

/**
 * home.residentOverview: 居民首页：我的下一次预约、我的说事进展、近期接访日.
 * The handler has checked the caller's role and parsed `input` from src/domain/contract/home.ts. Rules belong in src/domain;
 * this function reads, decides through them and writes (one unit of work: docs/adr/0002).
 */
export async function residentOverview(ctx: ActionContext, input: Input) {
  requireUser(ctx.caller);
  return input;
}
