import { shanghaiDateOf } from '@domain/time';
import { type Env, RETRIED_ID, ok, type Scenario } from './harness';

const ZHANG = 'u-resident-zhang';
const LI = 'u-resident-li';
const CHEN = 'u-committee-chen';

/**
 * 注销 with the service capability: 张桂兰 had an order done by 李明 (approved volunteer) and
 * thanked him, the committee ordered for her (红色代办, waiting), 李明 claimed another of hers and
 * has not started; she reported as a volunteer herself (pending). Every service step of 注销 has
 * something to do: cancel, erase, remove.
 */
async function residentServed(env: Env): Promise<void> {
  const service = (caller: string, action: string, data: object = {}) => ok(env.call('service', caller, action, data));
  const { items } = await service(CHEN, 'adoptStarterMenu');
  const itemNamed = (name: string) => items.find((item: { name: string }) => item.name === name).id;
  const report = { partyMember: true, workUnit: '市供电公司', skills: '会修电器', categories: ['errand', 'repair'] };
  const { volunteer } = await service(LI, 'reportVolunteer', { ...report, availability: '周末' });
  await service(CHEN, 'reviewVolunteer', { volunteerId: volunteer.id, decision: 'approve' });
  await service(ZHANG, 'reportVolunteer', { ...report, workUnit: '市一中', availability: '工作日晚上' });
  const order = (name: string) => ({
    itemId: itemNamed(name),
    details: '张桂兰请人帮忙，住3号楼2单元501',
    wantedDate: shanghaiDateOf(env.deps.clock.now() + 86_400_000),
    wantedPeriod: 'morning',
    address: '幸福小区3号楼2单元501',
    contactPhone: '13805371234',
  });
  const done = (await service(ZHANG, 'placeOrder', order('代办证件'))).order.id;
  for (const step of ['claimOrder', 'startOrder', 'finishOrder']) await service(LI, step, { orderId: done });
  await service(ZHANG, 'confirmOrder', { orderId: done, rating: 5, thanks: '谢谢李师傅，张桂兰' });
  const forHer = { ...order('助餐送餐'), residentId: ZHANG, residentName: '张桂兰', consent: '张桂兰本人口头同意' };
  const onBehalf = (await service(CHEN, 'placeOrderFor', forHer)).order.id;
  const claimed = (await service(ZHANG, 'placeOrder', order('家电小修'))).order.id;
  await service(LI, 'claimOrder', { orderId: claimed });
  Object.assign(env.refs, { done, onBehalf, claimed });
}

/** What 注销 leaves of her orders, her report and 李明's hours, without times. */
async function servedState(env: Env) {
  const { storage } = env;
  const order = async (id: string) => {
    const found = await storage.orders.findById(id);
    if (!found) return null;
    const { state, details, address, contactPhone, thanks, reason, rating, onBehalf, claimantId } = found;
    return { state, details, address, contactPhone, thanks, reason, rating, onBehalf, claimantId };
  };
  return {
    user: (await storage.users.findById(ZHANG))?.name,
    orders: [await order(env.refs.done), await order(env.refs.onBehalf), await order(env.refs.claimed)],
    reports: await storage.personalData.listVolunteerReportsBy(ZHANG),
    liHours: (await storage.hoursLedger.list(LI, null, 10)).items.map((entry) => [entry.kind, entry.minutes]),
  };
}

export const serviceAccountScenarios: [string, Scenario][] = [
  [
    'deleteAccount (注销) with service orders and a 双报到 report',
    {
      arrange: residentServed,
      act: (env) => env.call('account', ZHANG, 'deleteAccount', { confirm: true }, RETRIED_ID),
      observe: servedState,
    },
  ],
];
