import { readXlsx } from '../../support/readXlsx';
import { engines, type EngineName } from '../../support/storages';
import { COMMITTEE, RESIDENT, serviceSetup, VOLUNTEER } from '../service/serviceEnv';

/** The service function's set-up (serviceEnv.ts), with the account function of the same backend beside it. */
async function setUp(engine: EngineName) {
  const env = await serviceSetup(engine);
  let requests = 0;
  async function account(caller: string, action: string, data: unknown = {}) {
    requests += 1;
    const answer = await env.as(caller)('account', { action, data, requestId: `privacy-${requests}` });
    if (!answer.ok) throw new Error(`account.${action} as ${caller} refused: ${answer.code} ${answer.message}`);
    return answer.data;
  }
  return { ...env, account };
}

type Env = Awaited<ReturnType<typeof setUp>>;
type Row = Record<string, unknown>;

const ADDRESS = '幸福小区3号楼2单元501';
const PHONE = '13800138000';
const THANKS = '谢谢李师傅跑了两趟';
const CONSENT = '张桂兰本人在居委会口头同意';

/**
 * 张桂兰 (the resident) had 代办证件 done by 李明 (an approved volunteer) and thanked him; the
 * committee ordered 助餐送餐 for her (红色代办), still waiting; she ordered 家电小修, which 李明
 * claimed and has not started. 李明 has the hours of the first order in his ledger.
 */
async function servedResident(env: Env) {
  const done = await env.placed(RESIDENT);
  for (const step of ['claimOrder', 'startOrder', 'finishOrder']) await env.act(VOLUNTEER, step, { orderId: done.id });
  await env.act(RESIDENT, 'confirmOrder', { orderId: done.id, rating: 5, thanks: THANKS });
  const forHer = (
    await env.act(COMMITTEE, 'placeOrderFor', {
      ...env.orderFields('助餐送餐'),
      residentId: RESIDENT,
      residentName: '张阿姨',
      consent: CONSENT,
    })
  ).order;
  const claimed = await env.placed(RESIDENT, '家电小修');
  await env.act(VOLUNTEER, 'claimOrder', { orderId: claimed.id });
  return { done, forHer, claimed };
}

async function exportOf(env: Env, who: string) {
  const answer = await env.account(who, 'exportMyData', {});
  const saved = env.deps.exportFiles.saved.get(answer.url);
  if (!saved) throw new Error(`no export stored at ${answer.url}`);
  const book = readXlsx(saved.bytes);
  const rows = (sheet: string) => book.sheets[sheet].rows as Row[];
  return { rows, text: Object.values(book.parts).join('\n') };
}

describe.each(engines)('the service capability in 我的数据 and 注销 on %s', (engine) => {
  it('exports the resident’s orders with her contacts and the 代办 record, and nothing in the volunteer sheets', async () => {
    const env = await setUp(engine);
    const { done, forHer, claimed } = await servedResident(env);
    const { rows } = await exportOf(env, RESIDENT);
    const orders = rows('我点的服务');
    expect(orders.map((o) => o['订单编号']).sort()).toEqual([done.id, forHer.id, claimed.id].sort());
    const confirmed = orders.find((o) => o['订单编号'] === done.id)!;
    expect(confirmed).toMatchObject({
      服务项目: '代办证件',
      状态: '已完成',
      服务地址: ADDRESS,
      联系电话: PHONE,
      评分: 5,
      感谢的话: THANKS,
    });
    const onBehalf = orders.find((o) => o['订单编号'] === forHer.id)!;
    expect(JSON.parse(String(onBehalf['红色代办记录']))).toMatchObject({ residentName: '张桂兰', consent: CONSENT });
    expect(rows('我接的服务')).toEqual([]);
    expect(rows('志愿者报到')).toEqual([]);
    expect(rows('志愿时长')).toEqual([]);
  });

  it('exports the orders a volunteer served without the resident’s contacts, his report and his hours', async () => {
    const env = await setUp(engine);
    const { done, claimed } = await servedResident(env);
    const { rows, text } = await exportOf(env, VOLUNTEER);
    const served = rows('我接的服务');
    expect(served.map((o) => o['订单编号']).sort()).toEqual([done.id, claimed.id].sort());
    expect(served.find((o) => o['订单编号'] === done.id)).toMatchObject({ 状态: '已完成', 感谢的话: THANKS });
    for (const header of ['服务地址', '联系电话', '居民编号', '红色代办记录'])
      expect(served[0]).not.toHaveProperty(header);
    expect(text).not.toContain(ADDRESS);
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain('张桂兰');
    expect(rows('志愿者报到')).toEqual([
      expect.objectContaining({
        状态: '已通过',
        党员: '是',
        工作单位: '市供电公司',
        特长: '会修电器',
        空闲时间: '周末',
      }),
    ]);
    expect(rows('志愿时长')).toEqual([
      expect.objectContaining({ 类别: '群众点单', '时长（分钟）': done.standardMinutes, 对应的订单或活动: done.id }),
    ]);
    expect(rows('我点的服务')).toEqual([]);
  });

  it('注销 of the resident: orders keep item, state and rating, lose her words and contacts; unstarted ones are cancelled', async () => {
    const env = await setUp(engine);
    const { done, forHer, claimed } = await servedResident(env);
    const ledgerBefore = await env.storage.hoursLedger.list(VOLUNTEER, null, 10);
    expect(await env.account(RESIDENT, 'deleteAccount', { confirm: true })).toBeDefined();
    const stored = async (id: string) => (await env.storage.orders.findById(id))!;
    const erased = { details: '', address: '', contactPhone: '', thanks: '' };
    expect(await stored(done.id)).toMatchObject({
      ...erased,
      itemName: '代办证件',
      state: 'confirmed',
      rating: 5,
      reason: '',
      claimantId: VOLUNTEER,
    });
    expect(await stored(forHer.id)).toMatchObject({
      ...erased,
      state: 'cancelled',
      reason: '居民已注销账号',
      onBehalf: expect.objectContaining({ residentName: '', staffName: '陈秀英' }),
    });
    expect((await stored(forHer.id)).onBehalf!.consent).not.toContain('张桂兰');
    expect(await stored(claimed.id)).toMatchObject({ ...erased, state: 'cancelled', reason: '居民已注销账号' });
    expect(await env.storage.hoursLedger.list(VOLUNTEER, null, 10)).toEqual(ledgerBefore);
    const seen = JSON.stringify(await env.act(COMMITTEE, 'communityOrders', {}));
    for (const value of [ADDRESS, PHONE, THANKS, '张阿姨', '张桂兰']) expect(seen).not.toContain(value);
  });

  it('注销 of the volunteer: his report goes, his hours stay, orders he claimed or started are open again', async () => {
    const env = await setUp(engine);
    const { done, claimed } = await servedResident(env);
    const started = await env.placed(RESIDENT, '代缴费用');
    await env.act(VOLUNTEER, 'claimOrder', { orderId: started.id });
    await env.act(VOLUNTEER, 'startOrder', { orderId: started.id });
    const ledgerBefore = await env.storage.hoursLedger.list(VOLUNTEER, null, 10);
    await env.account(VOLUNTEER, 'deleteAccount', { confirm: true });
    expect(await env.storage.personalData.listVolunteerReportsBy(VOLUNTEER)).toEqual([]);
    expect(await env.storage.hoursLedger.list(VOLUNTEER, null, 10)).toEqual(ledgerBefore);
    expect(await env.storage.orders.findById(claimed.id)).toMatchObject({
      state: 'placed',
      claimantId: null,
      claimedAt: null,
      reason: '志愿者已注销账号',
      address: ADDRESS,
    });
    // Started and left half done: nobody could finish it for him, so it waits for another volunteer.
    expect(await env.storage.orders.findById(started.id)).toMatchObject({
      state: 'placed',
      claimantId: null,
      startedAt: null,
      reason: '志愿者已注销账号',
    });
    const told = (await env.storage.inbox.list(RESIDENT, null, 50)).items.filter((e) => e.kind === 'order_released');
    expect(told.map((e) => e.refId).sort()).toEqual([claimed.id, started.id].sort());
    expect(await env.storage.orders.findById(done.id)).toMatchObject({ state: 'confirmed', claimantId: VOLUNTEER });
    const { order } = await env.act(RESIDENT, 'order', { orderId: done.id });
    expect(order.claimant.name).not.toContain('李');
  });
});
