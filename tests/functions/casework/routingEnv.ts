import { createHandler } from '../../../cloudfunctions/lib/handler';
import type { UserRecord } from '../../../cloudfunctions/lib/ports/storage';
import { servicesByFunction } from '../../../cloudfunctions/lib/services';
import { contract } from '@domain/contract';
import type { Envelope } from '@domain/envelope';
import { demoOpenid, seedDemoData } from '../../../host/seed';
import { aMatter } from '../../support/builders/matters';
import { aUser } from '../../support/builders/users';
import { openEngine, type EngineName } from '../../support/storages';
import { contextFor, requestId, testDeps } from '../../support/testDeps';

export const STREET = 'u-street-zhou';
export const OTHER_STREET = 'u-street-other';
export const ADMIN = 'u-admin';
export const COMMITTEE = 'u-committee-chen';

/**
 * The demo (古槐街道 with its seeded routing table) and a second street, 运河街道, with one
 * community, grid and compound, its own street user and a property company managing there: the
 * casework function's routing actions served by the real handler (roles, input, idempotency).
 */
export async function routingEnv(engine: EngineName) {
  const { storage, snapshot } = await openEngine(engine);
  const deps = testDeps(storage);
  await seedDemoData(storage, deps.clock.now());
  await storage.places.saveStreet({ id: 's-yunhe', name: '运河街道', districtId: 'd-rencheng' });
  await storage.places.saveCommunity({
    id: 'c-nanyuan',
    name: '南苑社区',
    streetId: 's-yunhe',
    officeAddress: '南苑路1号',
    officePhone: '0537-2201900',
    reviewMattersFirst: true,
  });
  await storage.places.saveGrid({ id: 'g-nanyuan-1', name: '南苑第一网格', communityId: 'c-nanyuan' });
  await storage.places.saveCompound({
    id: 'p-nanyuan',
    name: '南苑小区',
    communityId: 'c-nanyuan',
    gridId: 'g-nanyuan-1',
  });
  await storage.places.savePropertyCompany({ id: 'pc-nanyuan', name: '南苑物业', compoundIds: ['p-nanyuan'] });
  const extra: Partial<UserRecord>[] = [
    { id: OTHER_STREET, role: 'street', orgId: 's-yunhe', communityIds: ['c-nanyuan'] },
    { id: 'u-committee-nanyuan', role: 'committee', communityIds: ['c-nanyuan'], communityId: 'c-nanyuan' },
  ];
  for (const user of extra) await storage.users.createIfAbsent(aUser({ ...user, openid: demoOpenid(user.id!) }));

  const handler = createHandler('casework', contract.casework, servicesByFunction.casework, deps);
  const call = (userId: string, action: string, data: unknown = {}, id = requestId()): Promise<Envelope<any>> =>
    handler({ action, data, requestId: id }, contextFor(demoOpenid(userId)));
  const act = async (userId: string, action: string, data: unknown = {}) => {
    const answer = await call(userId, action, data);
    if (!answer.ok) throw new Error(`${action} as ${userId} refused: ${answer.code} ${answer.message}`);
    return answer.data;
  };
  /** A matter of 东门社区 (or another), stored as raising it would. */
  async function matter(overrides: Parameters<typeof aMatter>[0]) {
    const record = aMatter({ communityId: 'c-dongmen', ...overrides });
    await storage.matters.create(record, {
      id: `t-${record.id}`,
      matterId: record.id,
      at: record.createdAt,
      transition: 'raise',
      fromState: null,
      toState: record.state,
      actorId: record.authorId,
      actorRole: 'resident',
      note: '',
    });
    return record;
  }
  return { storage, deps, snapshot, call, act, matter };
}
