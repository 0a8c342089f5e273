import type { ActionOf, ParsedInputOf } from '@domain/contract';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';

type Input = ParsedInputOf<ActionOf<'home', 'committeeWorkbench'>>;

/**
 * home.committeeWorkbench: 居委会工作台：待审核、被举报、逾期未办、今日协商.
 * The handler has checked the caller's role and parsed `input` from src/domain/contract/home.ts. Rules belong in src/domain;
 * this function reads, decides through them and writes (one unit of work: docs/adr/0002).
 */
export async function committeeWorkbench(ctx: ActionContext, input: Input) {
  requireUser(ctx.caller);
  return input;
}
