import { engines } from '../../support/storages';
import { COMMITTEE, RESIDENT, serviceSetup, VOLUNTEER } from './serviceEnv';

type Env = Awaited<ReturnType<typeof serviceSetup>>;

/** What a user's inbox says about orders, as `kind:text`, sorted (the test clock stands still). */
async function orderNews(env: Env, userId: string): Promise<string[]> {
  const { items } = await env.storage.inbox.list(userId, null, 50);
  return items
    .filter((e) => e.kind.startsWith('order_'))
    .map((e) => `${e.kind}:${e.text}`)
    .sort();
}

/** 张桂兰 (a registered resident of 东门) is the daughter of 王桂芝, who has no phone. */
const FAMILY = RESIDENT;

describe.each(engines)('红色代办 with a family member to tell (家属) on %s', (engine) => {
  it('tells the family member each step about their family member, and lets them read the order', async () => {
    const env = await serviceSetup(engine);
    const input = {
      ...env.orderFields(),
      residentId: null,
      residentName: '王桂芝',
      consent: '本人口头同意，女儿电话确认',
      familyId: FAMILY,
    };
    const { order } = await env.act(COMMITTEE, 'placeOrderFor', input);
    expect(order).toMatchObject({ onBehalfLine: '由陈秀英代办', resident: { id: null, name: '王桂芝' } });
    // A second order, its request sent twice: the retry finds the same order and tells nobody twice
    // (the family hears of the two orders once each).
    const again = await env.call(COMMITTEE, 'placeOrderFor', input, 'retry-family');
    const retried = await env.call(COMMITTEE, 'placeOrderFor', input, 'retry-family');
    expect(retried).toMatchObject({ ok: true });
    expect(again).toEqual(retried);

    const asFamily = await env.act(FAMILY, 'order', { orderId: order.id });
    expect(asFamily.order).toMatchObject({
      id: order.id,
      onBehalfLine: '由陈秀英代办',
      contactPhone: '13800138000',
      consent: '本人口头同意，女儿电话确认',
      familyName: '张桂兰',
    });
    expect(asFamily.order.actions).toEqual([]);

    // A volunteer browsing the hall sees neither the consent nor the family.
    const inHall = (await env.act(VOLUNTEER, 'orderHall', {})).items.find((o: { id: string }) => o.id === order.id);
    expect(inHall).toMatchObject({ consent: '', familyName: '' });

    await env.act(VOLUNTEER, 'claimOrder', { orderId: order.id });
    await env.act(VOLUNTEER, 'startOrder', { orderId: order.id });
    const family = await orderNews(env, FAMILY);
    expect(family).toEqual([
      expect.stringMatching(/^order_claimed:您的家人王桂芝的服务单已有志愿者接单/),
      expect.stringMatching(
        /^order_placed_for_you:社区工作人员为您的家人王桂芝代点了一张服务单（由陈秀英代办，本人口头同意/,
      ),
      expect.stringMatching(/^order_placed_for_you:社区工作人员为您的家人王桂芝代点了一张服务单/),
      'order_started:志愿者已开始为您的家人王桂芝服务。',
    ]);
    const staff = await orderNews(env, COMMITTEE);
    expect(staff).toEqual([
      'order_claimed:您为王桂芝代办的服务单已有志愿者接单。',
      'order_started:志愿者已开始为王桂芝服务。',
    ]);
  });

  it('refuses a family member of another community, or the resident as their own family, and changes nothing', async () => {
    const env = await serviceSetup(engine);
    const before = env.snapshot();
    const fields = { ...env.orderFields(), residentName: '王桂芝', consent: '本人口头同意' };
    const otherCommunity = await env.call(COMMITTEE, 'placeOrderFor', {
      ...fields,
      residentId: null,
      familyId: 'u-resident-wang',
    });
    expect(otherCommunity).toMatchObject({ ok: false, code: 'BAD_INPUT', message: '找不到本社区的这位家属' });
    const self = await env.call(COMMITTEE, 'placeOrderFor', { ...fields, residentId: RESIDENT, familyId: RESIDENT });
    expect(self).toMatchObject({ ok: false, code: 'BAD_INPUT', message: '家属不能是居民本人' });
    expect(env.snapshot()).toEqual(before);
  });

  it('keeps the order from anyone else: another resident of the community cannot open it', async () => {
    const env = await serviceSetup(engine);
    const { order } = await env.act(COMMITTEE, 'placeOrderFor', {
      ...env.orderFields(),
      residentId: null,
      residentName: '王桂芝',
      consent: '本人口头同意',
      familyId: null,
    });
    expect(await env.call(RESIDENT, 'order', { orderId: order.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('forgets a family member who deletes their account: the order no longer names them or tells them', async () => {
    const env = await serviceSetup(engine);
    const { order } = await env.act(COMMITTEE, 'placeOrderFor', {
      ...env.orderFields(),
      residentId: null,
      residentName: '王桂芝',
      consent: '本人口头同意',
      familyId: FAMILY,
    });
    const deleted = await env.as(FAMILY)('account', {
      action: 'deleteAccount',
      data: { confirm: true },
      requestId: 'family-deletes',
    });
    expect(deleted).toMatchObject({ ok: true });
    expect((await env.storage.orders.findById(order.id))?.onBehalf?.familyId).toBeNull();
    expect((await env.act(COMMITTEE, 'order', { orderId: order.id })).order.familyName).toBe('');
    await env.act(VOLUNTEER, 'claimOrder', { orderId: order.id });
    expect(await orderNews(env, FAMILY)).toEqual([]);
  });
});
