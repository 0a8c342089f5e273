import { createHash } from 'node:crypto';
import type { ActionContext } from '../service';

/**
 * The id of something a command writes (a booking, a timeline entry, an audit line), derived
 * from who asked, the request id and what the id is for. A retry of the same request computes
 * the same id, so it finds what an earlier attempt wrote instead of writing it again: this is how
 * commands converge on CloudBase, where a failed attempt keeps its writes. `purpose` names the
 * action and the step (`visit.book`, `matter.moderate:<matterId>`), so two actions sent
 * under one request id never share an id. Without a request id (never for a command through the
 * handler) a fresh id is used.
 */
export function commandId(
  ctx: Pick<ActionContext, 'caller' | 'deps' | 'requestId'>,
  prefix: string,
  purpose: string,
): string {
  if (!ctx.requestId) return ctx.deps.ids.newId();
  const digest = createHash('sha256').update(`${ctx.caller.openid}\n${ctx.requestId}\n${purpose}`).digest('hex');
  return `${prefix}${digest.slice(0, 24)}`;
}
