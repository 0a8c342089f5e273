import type { MatterDetail } from '@domain/matters/views';
import type { UserRecord } from '../../../cloudfunctions/lib/ports/storage';
import { aUser } from '../../support/builders/users';
import { seededBackend, type Answer, type Caller } from '../../support/seededBackend';
import type { EngineName } from '../../support/storages';
import { demoOpenid } from '../../../host/seed';

export const COMMITTEE = 'u-committee-chen';
export const XIMEN_COMMITTEE = 'u-committee-zhao';
export const RESIDENT = 'u-resident-zhang';
export const CADRE = 'u-cadre-liu';
export const GRID = 'u-grid-sun';
export const STREET = 'u-street-zhou';
export const DEPT = 'u-dept-wu';
export const PROPERTY = 'u-property-zheng';
/** Added by the scene: a colleague in each body, and bodies of another kind or place. */
export const GRID_COLLEAGUE = 'u-grid-he';
export const GRID_OTHER = 'u-grid-qian';
export const DEPT_COLLEAGUE = 'u-dept-ma';
export const DEPT_OTHER = 'u-dept-zhujian';
export const PROPERTY_OTHER = 'u-property-other';
export const STREET_OTHER = 'u-street-other';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A resident's street light: 幸福小区 (p-xingfu, 东门第一网格), 幸福物业's by the routing table. */
export const lampDraft = {
  title: '小区路灯不亮',
  body: '幸福小区3号楼前的路灯坏了一个多星期，晚上出门很黑，老人容易摔倒。',
  category: 'facilities',
};

/** Parking goes to the traffic police (区公安分局交警大队) by the table. */
export const parkingDraft = {
  title: '东门口乱停车',
  body: '每天晚上小区东门口都停满了车，消防通道被堵，老人出门很不方便。',
  category: 'parking',
};

function staff(id: string, overrides: Partial<UserRecord>): UserRecord {
  return aUser({ id, openid: demoOpenid(id), name: id, createdAt: 500, updatedAt: 500, ...overrides });
}

/**
 * The demo (古槐街道 with 东门 and 西门) with a routing table, a colleague in a grid and in a
 * department, another department, another property company (鼓楼家园) and another street with
 * its own community, so every scope can be crossed.
 */
export async function caseworkSetup(engine: EngineName = 'sqlite') {
  const backend = await seededBackend({ engine });
  const { storage, deps } = backend;
  const now = deps.clock.now();
  await storage.places.saveStreet({ id: 's-other', name: '运河街道', districtId: 'd-rencheng' });
  await storage.places.saveCommunity({
    id: 'c-other',
    name: '运河社区',
    streetId: 's-other',
    officeAddress: '运河路1号',
    officePhone: '0537-2201899',
    reviewMattersFirst: false,
  });
  await storage.places.saveGrid({ id: 'g-other-1', name: '运河第一网格', communityId: 'c-other' });
  await storage.places.saveCompound({ id: 'p-other', name: '运河小区', communityId: 'c-other', gridId: 'g-other-1' });
  await storage.places.savePropertyCompany({ id: 'pc-gulou', name: '鼓楼物业', compoundIds: ['p-gulou'] });
  for (const user of [
    staff(GRID_COLLEAGUE, { role: 'gridWorker', gridIds: ['g-dongmen-1'], communityIds: ['c-dongmen'] }),
    staff(GRID_OTHER, { role: 'gridWorker', gridIds: ['g-dongmen-2'], communityIds: ['c-dongmen'] }),
    staff(DEPT_COLLEAGUE, { role: 'department', orgId: 'dep-chengguan' }),
    staff(DEPT_OTHER, { role: 'department', orgId: 'dep-zhujian' }),
    staff(PROPERTY_OTHER, { role: 'property', orgId: 'pc-gulou', communityIds: ['c-dongmen'] }),
    staff(STREET_OTHER, { role: 'street', orgId: 's-other', communityIds: ['c-other'] }),
  ]) {
    await storage.users.createIfAbsent(user);
  }
  const rule = (id: string, fields: object) =>
    storage.routing.saveRule({ id, streetId: 's-guhuai', updatedAt: now, updatedBy: STREET, ...fields } as never);
  await rule('r-lamp', {
    category: 'facilities',
    place: { kind: 'compound', id: 'p-xingfu' },
    holder: { kind: 'property', id: 'pc-xingfu' },
  });
  await rule('r-parking', { category: 'parking', place: null, holder: { kind: 'department', id: 'dep-jiaojing' } });
  await rule('r-environment', {
    category: 'environment',
    place: { kind: 'community', id: 'c-dongmen' },
    holder: { kind: 'department', id: 'dep-chengguan' },
  });
  await storage.routing.setSlaClass('s-guhuai', 'facilities', 'utilities', STREET, now);

  /** A casework call; the clock moves on a second after it, as steps follow one another. */
  const call = async (caller: Caller, action: string, data: unknown = {}, id?: string) => {
    const answer = await backend.call('casework', caller, action, data, id);
    deps.clock.advance(1000);
    return answer;
  };
  const act = <T = any>(caller: Caller, action: string, data: unknown = {}) =>
    backend.act<T>('casework', caller, action, data);

  /** A resident's matter, approved by the committee (东门 reviews first). */
  async function openMatter(draft: object = lampDraft, author = RESIDENT): Promise<string> {
    const { matter } = await backend.act<{ matter: MatterDetail }>('matter', author, 'raise', draft);
    await backend.act('matter', COMMITTEE, 'moderate', {
      targetType: 'matter',
      targetIds: [matter.id],
      decision: 'approve',
    });
    deps.clock.advance(1);
    return matter.id;
  }

  /** The matter dispatched by the committee as the table says; answers the case. */
  async function dispatched(draft: object = lampDraft, extra: object = {}) {
    const matterId = await openMatter(draft);
    const { case: detail } = dataOf(await call(COMMITTEE, 'dispatch', { matterId, ...extra }));
    return { matterId, caseId: detail.summary.id as string, detail };
  }

  async function matterDetail(matterId: string, reader = RESIDENT): Promise<MatterDetail> {
    return backend.act<MatterDetail>('matter', reader, 'detail', { matterId });
  }

  /** The public words of the matter's timeline since the dispatch. */
  async function handoffWords(matterId: string): Promise<string[]> {
    const matter = await matterDetail(matterId);
    return matter.timeline
      .filter((e) => e.transition.startsWith('case') || e.transition === 'escalate')
      .map((e) => e.note);
  }

  return { ...backend, call, act, actOn: backend.act, openMatter, dispatched, matterDetail, handoffWords };
}

export type CaseworkEnv = Awaited<ReturnType<typeof caseworkSetup>>;

export function refused(answer: Answer): string {
  return answer.ok ? 'ok' : answer.code;
}

/** The answer's data; a refusal fails the test with its code and message. */
export function dataOf(answer: Answer): any {
  if (!answer.ok) throw new Error(`refused: ${answer.code} ${answer.message}`);
  return answer.data;
}
