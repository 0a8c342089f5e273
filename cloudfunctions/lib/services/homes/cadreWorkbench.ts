import type { ActionOf, ParsedInputOf } from '@domain/contract';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';

type Input = ParsedInputOf<ActionOf<'home', 'cadreWorkbench'>>;

/**
 * home.cadreWorkbench: 民情书记工作台：今日接访、待跟进、下一个接访日.
 * The handler has checked the caller's role and parsed `input` from src/domain/contract/home.ts. Rules belong in src/domain;
 * this function reads, decides through them and writes (one unit of work: docs/adr/0002).
 */
export async function cadreWorkbench(ctx: ActionContext, input: Input) {
  requireUser(ctx.caller);
  return input;
}
