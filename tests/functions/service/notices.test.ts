import type { NotificationKind } from '@domain/notifications/kinds';
import { runTimerJobs } from '../../../cloudfunctions/lib/services/notifications/timerJobs';
import { engines } from '../../support/storages';
import { COMMITTEE, RESIDENT, serviceSetup, VOLUNTEER } from './serviceEnv';

type Env = Awaited<ReturnType<typeof serviceSetup>>;

/**
 * What a user's inbox holds about orders and 双报到, as `kind` or `kind:text`, sorted: the test
 * clock stands still, so entries of one test share their time and the inbox's order among them is
 * its tie-break, not the order of events.
 */
async function newsOf(env: Env, userId: string, withText = false): Promise<string[]> {
  const { items } = await env.storage.inbox.list(userId, null, 50);
  return items
    .filter((e) => e.kind.startsWith('order_') || e.kind.startsWith('volunteer_'))
    .map((e) => (withText ? `${e.kind}:${e.text}` : e.kind))
    .sort();
}

const kinds = (...list: NotificationKind[]) => [...list].sort();
const HOUR_MS = 3_600_000;

describe.each(engines)('what service orders tell whom on %s', (engine) => {
  it('tells the resident each step of the volunteer and the volunteer the confirmation, never the one who acted', async () => {
    const env = await serviceSetup(engine);
    const order = await env.placed();
    await env.act(VOLUNTEER, 'claimOrder', { orderId: order.id });
    await env.act(VOLUNTEER, 'startOrder', { orderId: order.id });
    await env.act(VOLUNTEER, 'finishOrder', { orderId: order.id });
    await env.act(RESIDENT, 'confirmOrder', { orderId: order.id, rating: 5, thanks: '谢谢' });
    expect(await newsOf(env, RESIDENT)).toEqual(kinds('order_claimed', 'order_started', 'order_done'));
    expect(await newsOf(env, VOLUNTEER)).toEqual(kinds('volunteer_approved', 'order_confirmed'));
  });

  it('tells the volunteer an assignment and a cancellation, the resident a give-back with its reason', async () => {
    const env = await serviceSetup(engine);
    const order = await env.placed();
    await env.act(COMMITTEE, 'assignOrder', { orderId: order.id, volunteerUserId: VOLUNTEER });
    env.deps.clock.advance(60_000);
    await env.act(VOLUNTEER, 'releaseOrder', { orderId: order.id, reason: '临时出差，联系13912345678' });
    env.deps.clock.advance(60_000);
    await env.act(VOLUNTEER, 'claimOrder', { orderId: order.id });
    await env.act(RESIDENT, 'cancelOrder', { orderId: order.id, reason: '家人已经办好了。' });
    expect(await newsOf(env, VOLUNTEER, true)).toEqual([
      'order_assigned:居委会把一张服务单指派给了您，请尽快联系居民。',
      'order_cancelled:您接的服务单已取消，原因：家人已经办好了。',
      expect.stringMatching(/^volunteer_approved:/),
    ]);
    const resident = await newsOf(env, RESIDENT, true);
    expect(resident).toEqual([
      expect.stringMatching(/^order_claimed:/),
      expect.stringMatching(/^order_claimed:/),
      expect.stringMatching(/^order_released:接单的志愿者退回了订单，原因：临时出差/),
    ]);
    // The volunteer's phone number in a reason is not repeated into anyone's inbox.
    expect(resident.join()).not.toContain('13912345678');
  });

  it('tells the volunteer of a dispute and both sides how the committee settled it', async () => {
    const env = await serviceSetup(engine);
    const order = await env.placed();
    for (const action of ['claimOrder', 'startOrder', 'finishOrder']) {
      await env.act(VOLUNTEER, action, { orderId: order.id });
    }
    await env.act(RESIDENT, 'disputeOrder', { orderId: order.id, reason: '证件还没拿到' });
    await env.act(COMMITTEE, 'settleOrder', { orderId: order.id, outcome: 'reopened', reason: '请再跑一趟' });
    expect(await newsOf(env, VOLUNTEER)).toEqual(kinds('volunteer_approved', 'order_disputed', 'order_settled'));
    expect(await newsOf(env, RESIDENT)).toEqual(kinds('order_claimed', 'order_started', 'order_done', 'order_settled'));
  });

  it('tells nobody twice when a step is retried with the same request id', async () => {
    const env = await serviceSetup(engine);
    const order = await env.placed();
    await env.call(VOLUNTEER, 'claimOrder', { orderId: order.id }, 'req-claim-1');
    const again = await env.call(VOLUNTEER, 'claimOrder', { orderId: order.id }, 'req-claim-1');
    expect(again).toMatchObject({ ok: true });
    expect(await newsOf(env, RESIDENT)).toEqual(kinds('order_claimed'));
  });

  it('红色代办: tells a resident with an account, and the staff member who ordered hears the progress', async () => {
    const env = await serviceSetup(engine);
    const { order } = await env.act(COMMITTEE, 'placeOrderFor', {
      ...env.orderFields(),
      residentId: RESIDENT,
      residentName: '张居民',
      consent: '本人在居委会口头同意',
    });
    await env.act(VOLUNTEER, 'claimOrder', { orderId: order.id });
    expect(await newsOf(env, RESIDENT, true)).toEqual([
      expect.stringMatching(/^order_claimed:/),
      'order_placed_for_you:社区工作人员按您的意思代您点了一张服务单（由陈秀英代办，本人在居委会口头同意）。点开可以查看进度。',
    ]);
    // 陈秀英 hears it about 张桂兰, not as if the order were her own.
    expect(await newsOf(env, COMMITTEE, true)).toEqual(['order_claimed:您为张桂兰代办的服务单已有志愿者接单。']);
  });

  it('masks a number in the name of a resident ordered for, in the staff member’s stored news', async () => {
    const env = await serviceSetup(engine);
    const { order } = await env.act(COMMITTEE, 'placeOrderFor', {
      ...env.orderFields(),
      residentId: null,
      residentName: '孙大爷13912345678',
      consent: '本人口头同意',
    });
    await env.act(VOLUNTEER, 'claimOrder', { orderId: order.id });
    const [news] = await newsOf(env, COMMITTEE, true);
    expect(news).toMatch(/^order_claimed:您为孙大爷139\*{4}5678代办的服务单已有志愿者接单。$/);
  });

  it('escalates an order nobody claimed to the committee once, after its response time and not before', async () => {
    const env = await serviceSetup(engine);
    const order = await env.placed();
    env.deps.clock.advance(24 * HOUR_MS - 60_000);
    expect(await runTimerJobs(env.deps)).toMatchObject({ ordersEscalated: 0 });
    env.deps.clock.advance(2 * 60_000);
    expect(await runTimerJobs(env.deps)).toMatchObject({ ordersEscalated: 1 });
    expect(await runTimerJobs(env.deps)).toMatchObject({ ordersEscalated: 0 });
    expect(await newsOf(env, COMMITTEE)).toEqual(kinds('order_overdue'));
    const seen = await env.act(COMMITTEE, 'order', { orderId: order.id });
    expect(seen.order).toMatchObject({ overdue: true, actions: expect.arrayContaining(['assign']) });
    // A claimed order is not escalated, however late.
    const other = await env.placed(RESIDENT, '代缴费用');
    await env.act(VOLUNTEER, 'claimOrder', { orderId: other.id });
    env.deps.clock.advance(48 * HOUR_MS);
    expect(await runTimerJobs(env.deps)).toMatchObject({ ordersEscalated: 0 });
  });

  it('tells a resident how their 双报到 was answered, with the reason when returned', async () => {
    const env = await serviceSetup(engine);
    const { volunteer } = await env.act(RESIDENT, 'reportVolunteer', {
      partyMember: false,
      categories: ['errand'],
    });
    await env.act(COMMITTEE, 'reviewVolunteer', {
      volunteerId: volunteer.id,
      decision: 'return',
      reason: '请补充空闲时间',
    });
    expect(await newsOf(env, RESIDENT, true)).toEqual([
      'volunteer_returned:您的志愿者报到被退回，原因：请补充空闲时间。可以修改后重新报到。',
    ]);
  });

  it('records the 服务进度通知 accepted in the tap that placed or claimed, and refuses another moment’s template', async () => {
    const env = await serviceSetup(engine);
    const placed = await env.call(RESIDENT, 'placeOrder', {
      ...env.orderFields(),
      acceptedTemplateIds: ['local-service-progress'],
    });
    expect(placed).toMatchObject({ ok: true });
    expect(await env.storage.subscriptions.credits(RESIDENT)).toEqual({ 'local-service-progress': 1 });
    const wrong = await env.call(RESIDENT, 'placeOrder', {
      ...env.orderFields(),
      acceptedTemplateIds: ['local-booking-result'],
    });
    expect(wrong).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect((await env.act(RESIDENT, 'myOrders', {})).items).toHaveLength(1);
    const order = (placed as { data: { order: { id: string } } }).data.order;
    const first = await env.call(
      VOLUNTEER,
      'claimOrder',
      { orderId: order.id, acceptedTemplateIds: ['local-service-progress'] },
      'req-claim-2',
    );
    expect(first).toMatchObject({ ok: true });
    await env.call(
      VOLUNTEER,
      'claimOrder',
      { orderId: order.id, acceptedTemplateIds: ['local-service-progress'] },
      'req-claim-2',
    );
    expect(await env.storage.subscriptions.credits(VOLUNTEER)).toEqual({ 'local-service-progress': 1 });
  });
});
