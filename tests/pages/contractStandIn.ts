import { contract, type FunctionName } from '@domain/contract';
import type { FunctionSpec } from '@domain/contract/define';
import { AppError } from '@domain/errors';
import { toFieldIssues } from '@domain/validation';
import type { Backend } from './render';

/** A refusal a stand-in action answers with, as the server would. */
export class Refusal extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type StandInAnswer = (data: any, event: any) => Promise<unknown> | unknown;

/**
 * A page test's server for one function: the real server (`real`) for every other function
 * (sign-in, the directory), and for `fn` the answers the test gives, each held to the contract's
 * output schema, so a page never relies on a shape the server will not send; input the contract
 * refuses is refused as the handler does (BAD_INPUT with the field issues). Every call of `fn` is
 * recorded; `refuseNext` makes the next call of an action fail as the server would.
 */
export function contractStandIn(
  fn: FunctionName,
  real: Backend,
  answerOf: (action: string) => StandInAnswer | undefined,
) {
  const sent: { action: string; data: any; requestId: string }[] = [];
  const refusals = new Map<string, AppError>();
  const actions = contract[fn] as FunctionSpec;
  const backend: Backend = async (name, event) => {
    if (name !== fn) return real(name, event);
    const action = String(event.action);
    sent.push({ action, data: event.data, requestId: event.requestId ?? '' });
    const spec = actions[action];
    const input = spec.input.safeParse(event.data ?? {});
    if (!input.success) {
      const issues = toFieldIssues(input.error);
      return { ok: false, code: 'BAD_INPUT', message: issues[0]?.message ?? '输入有误', issues };
    }
    const refusal = refusals.get(action);
    if (refusal) {
      refusals.delete(action);
      return { ok: false, code: refusal.code, message: refusal.message };
    }
    const answer = answerOf(action);
    if (!answer) throw new Error(`the test gave no answer for ${fn}.${action}`);
    try {
      return { ok: true, data: spec.output.parse(await answer(input.data, event)) };
    } catch (caught) {
      if (caught instanceof AppError || caught instanceof Refusal) {
        return { ok: false, code: caught.code as never, message: caught.message };
      }
      throw caught;
    }
  };
  return {
    backend,
    sent: (action: string) => sent.filter((c) => c.action === action),
    refuseNext: (action: string, code: AppError['code'], message: string) =>
      refusals.set(action, new AppError(code, message)),
  };
}
