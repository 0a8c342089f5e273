import type { ActionName, ActionSpec, Contract, FunctionName, ParsedInputOf } from '@domain/contract';
import type { z } from 'zod';
import type { Caller } from './caller';
import type { Deps } from './deps';

export interface ActionContext {
  caller: Caller;
  deps: Deps;
  requestId: string | null;
  /**
   * A command retried after an earlier attempt of the same request failed or was left behind,
   * which may have written part of the work: the service looks for what it wrote (ids derived
   * from the request id) before writing. False for a request id claimed for the first time,
   * where there is nothing to find, and for queries.
   */
  earlierAttempt: boolean;
}

type ActionAt<F extends FunctionName, A extends ActionName<F>> = Contract[F][A] extends ActionSpec
  ? Contract[F][A]
  : never;

/** One service function per contract action, typed from its input and output schemas. */
export type ServiceMap<F extends FunctionName> = {
  [A in ActionName<F>]: (
    ctx: ActionContext,
    input: ParsedInputOf<ActionAt<F, A>>,
  ) => Promise<z.input<ActionAt<F, A>['output']>>;
};
