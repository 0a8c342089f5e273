import type { ActionName, Contract, FunctionName, InputOf, OutputOf } from '@domain/contract';
import type { ActionSpec } from '@domain/contract';
import { asApiError, envelopeData } from './apiError';
import { noteCallAnswered } from './reachability';
import { newRequestId } from './requestId';
import { platformTransport, type Transport } from './transport';

type Spec<F extends FunctionName, A extends ActionName<F>> = Contract[F][A] extends ActionSpec ? Contract[F][A] : never;

export interface CallOptions {
  /** Reuse a request id to retry the same intent (a form submit that timed out). */
  requestId?: string;
}

/**
 * A call that got no answer at all (NETWORK) is retried with the same request id, so a command
 * never runs twice. One that timed out is not: 10 s have passed, and the person decides (the
 * command hook keeps the request id for their retry).
 */
const NETWORK_ATTEMPTS = 3;

let transport: Transport = platformTransport();

/** Tests swap the transport; pages never do. */
export function setTransport(next: Transport): void {
  transport = next;
}

/** Calls one contract action; resolves with its typed output or rejects with an ApiError. */
export async function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  data: InputOf<Spec<F, A>>,
  options: CallOptions = {},
): Promise<OutputOf<Spec<F, A>>> {
  // Every call carries a request id: a command's function keeps it to answer a retry of the same
  // intent once, a query's ignores it. So the client need not tell them apart, and does not load
  // the contract's schemas (zod schemas of every action: ~30 KB of the weapp main package).
  const event = { action, data, requestId: options.requestId ?? newRequestId() };
  for (let attempt = 1; ; attempt += 1) {
    let envelope;
    try {
      envelope = await transport(fn, event);
    } catch (caught) {
      const error = asApiError(caught);
      if (error.unanswered) noteCallAnswered(false);
      if (error.code !== 'NETWORK' || attempt >= NETWORK_ATTEMPTS) throw error;
      await pause(300 * attempt);
      continue;
    }
    noteCallAnswered(true);
    return envelopeData<OutputOf<Spec<F, A>>>(envelope);
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
