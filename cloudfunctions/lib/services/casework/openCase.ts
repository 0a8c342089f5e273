import { AppError } from '@domain/errors';
import {
  caseStateLabels,
  firstReminderAt,
  route,
  sameHolder,
  startClock,
  type CaseHolder,
  type RoutingOverride,
} from '@domain/casework';
import { stateLabels } from '@domain/matters/states';
import type { Directory } from '@domain/places';
import type { ActionContext } from '../../service';
import type { CaseRecord } from '../../ports/casework';
import type { MatterRecord } from '../../ports/matters';
import type { UserRecord } from '../../ports/storage';
import { assertHolderFits, casePlaceOf, holderName } from './bodies';

/** The states a matter is dispatched from: the committee could not settle it in the community. */
const dispatchable = ['open', 'consulting'];

export interface CaseOpening {
  matter: MatterRecord;
  /** Who dispatches: a committee member, or the routing of a grid worker's report ('system'). */
  by: UserRecord | 'system';
  /** The committee's choice instead of the table's, with its reason. */
  choice?: CaseHolder;
  overrideReason?: string;
  directory: Directory;
}

function refuseReason(): AppError {
  const message = '改派给路由表以外的单位，请写明原因（至少4个字）';
  return new AppError('BAD_INPUT', message, [{ path: 'overrideReason', message }]);
}

/** A matter with an open case is not dispatched again: "已派遣…", naming where it stands. */
async function assertNoOpenCase(ctx: ActionContext, matter: MatterRecord, directory: Directory): Promise<void> {
  const open = await ctx.deps.storage.cases.findOpenForMatter(matter.id);
  if (open) {
    throw new AppError(
      'INVALID_STATE',
      `已派遣给${holderName(directory, open.holder)}（${caseStateLabels[open.state]}），不能重复派遣`,
    );
  }
}

/** A new dispatch's case before its holder answers: nothing accepted, asked, planned, fed back or checked. */
export const unansweredCase = {
  acceptedAt: null,
  acceptedBy: null,
  returnReason: '',
  extension: null,
  longTerm: null,
  feedback: null,
  verification: null,
  withdrawReason: '',
} satisfies Partial<CaseRecord>;

/**
 * 派遣: the body the street's routing table names (or the committee's choice, with a reason), the
 * SLA class of the category, the clock starting now. The case id comes from the request id, so a
 * retried dispatch finds its case; the storage keeps one open case per matter however many race.
 */
export async function openCase(ctx: ActionContext, caseId: string, opening: CaseOpening): Promise<CaseRecord> {
  const { deps } = ctx;
  const { matter, directory } = opening;
  await assertNoOpenCase(ctx, matter, directory);
  if (!dispatchable.includes(matter.state)) {
    throw new AppError('INVALID_STATE', `说事当前为「${stateLabels[matter.state]}」，不能派遣`);
  }
  const place = casePlaceOf(directory, matter);
  const routed = route(await deps.storage.routing.table(place.streetId), { ...place, category: matter.category });
  const holder = opening.choice ?? routed.holder;
  let override: RoutingOverride | null = null;
  if (!sameHolder(holder, routed.holder)) {
    const reason = (opening.overrideReason ?? '').trim();
    if (reason.length < 4) throw refuseReason();
    assertHolderFits(directory, holder, place);
    const by = opening.by === 'system' ? 'system' : opening.by.id;
    override = { routed: routed.holder, chosen: { kind: holder.kind, id: holder.id }, reason, by };
  }
  const now = deps.clock.now();
  const clock = startClock(routed.slaClass, now);
  const record: CaseRecord = {
    id: caseId,
    matterId: matter.id,
    ...place,
    category: matter.category,
    holder: { kind: holder.kind, id: holder.id },
    slaClass: clock.slaClass,
    state: 'dispatched',
    dispatchedAt: clock.dispatchedAt,
    dueAt: clock.dueAt,
    dispatchedBy: opening.by === 'system' ? 'system' : opening.by.id,
    override,
    ...unansweredCase,
    previousCaseId: null,
    nextReminderAt: firstReminderAt(clock),
    updatedAt: now,
  };
  const created = await deps.storage.cases.create(record);
  if (!created) await assertNoOpenCase(ctx, matter, directory);
  if (!created) throw new AppError('CONFLICT', '这件说事刚刚被派遣，请刷新后再看');
  return created;
}
