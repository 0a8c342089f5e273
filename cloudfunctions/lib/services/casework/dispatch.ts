import { AppError } from '@domain/errors';
import { handoffText, type CaseHolder } from '@domain/casework';
import type { MatterCategory } from '@domain/matters/categories';
import type { Directory } from '@domain/places';
import type { ActionContext } from '../../service';
import type { CaseRecord } from '../../ports/casework';
import type { MatterRecord } from '../../ports/matters';
import type { UserRecord } from '../../ports/storage';
import { commandId } from '../commandIds';
import { publishNewMatter } from '../matters/publishMatter';
import { committeeMatter } from '../matters/viewer';
import { requireUser } from '../requireUser';
import { partyOf } from './access';
import { holderName } from './bodies';
import { auditCaseStep } from './caseAudit';
import { escalateMatter } from './caseMatter';
import { tellCaseStep } from './caseNotices';
import { checkedPhotos } from './casePhotos';
import { caseDetail } from './caseViews';
import { openCase } from './openCase';

/** What follows a new case, whoever dispatched it: the matter escalates, the holder hears, the audit line. */
async function afterDispatch(
  ctx: ActionContext,
  user: UserRecord,
  record: CaseRecord,
  matter: MatterRecord,
  directory: Directory,
  by: 'committee' | 'system',
) {
  const name = holderName(directory, record.holder);
  const entryId = commandId(ctx, 't', `casework.dispatch:${record.id}`);
  const escalated = await escalateMatter(ctx.deps, {
    matter,
    user,
    text: handoffText({ kind: 'dispatched', holderName: name, dueAt: record.dueAt }),
    entryId,
    holderName: name,
    holderKind: record.holder.kind,
    dueAt: record.dueAt,
    by,
  });
  const party = partyOf(user, record);
  await tellCaseStep(ctx.deps, 'dispatch', {
    before: record,
    after: record,
    party,
    matter: escalated,
    directory,
    entryId,
  });
  await auditCaseStep(ctx, user, 'dispatch', record, null, {
    state: record.state,
    holder: record.holder,
    slaClass: record.slaClass,
    dueAt: record.dueAt,
    override: record.override,
  });
  return { case: await caseDetail(ctx.deps, party, record, directory) };
}

/** 派遣 by the committee of the matter's community: the routing table's body unless it names another. */
export async function dispatch(
  ctx: ActionContext,
  input: { matterId: string; holder?: CaseHolder; overrideReason: string },
) {
  const { deps } = ctx;
  const user = requireUser(ctx.caller);
  const matter = await committeeMatter(deps, ctx.caller, input.matterId);
  const directory = await deps.storage.places.directory();
  const caseId = commandId(ctx, 'k', 'casework.dispatch');
  const earlier = ctx.earlierAttempt ? await deps.storage.cases.findById(caseId) : null;
  const record =
    earlier ??
    (await openCase(ctx, caseId, {
      matter,
      by: user,
      choice: input.holder,
      overrideReason: input.overrideReason,
      directory,
    }));
  return afterDispatch(ctx, user, record, matter, directory, 'committee');
}

export interface PatrolReport {
  title: string;
  description: string;
  category: MatterCategory;
  gridId: string;
  compoundId?: string;
  location: string;
  photos: string[];
}

function assertPatrolPlace(user: UserRecord, directory: Directory, input: PatrolReport): string {
  const grid = directory.grids.find((g) => g.id === input.gridId);
  if (!grid || !user.gridIds.includes(grid.id)) {
    throw new AppError('FORBIDDEN', '只能上报自己负责的网格里发现的问题');
  }
  if (
    input.compoundId !== undefined &&
    !directory.compounds.some((c) => c.id === input.compoundId && c.gridId === grid.id)
  ) {
    const message = '所选小区不在这个网格里';
    throw new AppError('BAD_INPUT', message, [{ path: 'compoundId', message }]);
  }
  return grid.communityId;
}

/**
 * 信息采集: a grid worker's patrol finding becomes a matter (its author the grid worker, published
 * at once since staff raise it at work, its photos through the matter's media check) and goes
 * straight into the loop, dispatched by the routing table.
 */
export async function report(ctx: ActionContext, input: PatrolReport) {
  const { deps } = ctx;
  const user = requireUser(ctx.caller);
  const directory = await deps.storage.places.directory();
  const communityId = assertPatrolPlace(user, directory, input);
  const matterId = commandId(ctx, 'm', 'casework.report');
  const caseId = commandId(ctx, 'k', 'casework.report');
  let matter = ctx.earlierAttempt ? await deps.storage.matters.findById(matterId) : null;
  if (!matter) {
    const photos = await checkedPhotos(ctx, input.photos);
    const published = await publishNewMatter(deps, {
      id: matterId,
      communityId,
      authorId: user.id,
      raisedById: null,
      anonymous: false,
      title: input.title,
      body: input.description,
      category: input.category,
      gridId: input.gridId,
      compoundId: input.compoundId ?? null,
      building: input.location,
      photos,
      actor: { id: user.id, role: 'gridWorker', note: '网格员巡查发现（信息采集）' },
      writerOpenid: ctx.caller.openid,
      staff: true,
    });
    matter = published.matter;
    for (const fileId of photos) {
      await deps.content
        .submitImage(fileId, { openid: ctx.caller.openid, scene: 'matter', matterId })
        .catch(() => undefined);
    }
  }
  const earlier = ctx.earlierAttempt ? await deps.storage.cases.findById(caseId) : null;
  const record = earlier ?? (await openCase(ctx, caseId, { matter, by: 'system', directory }));
  return afterDispatch(ctx, user, record, matter, directory, 'system');
}
