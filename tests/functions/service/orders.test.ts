import { engines } from '../../support/storages';
import { COMMITTEE, RESIDENT, serviceSetup, VOLUNTEER } from './serviceEnv';

describe.each(engines)('service orders on %s', (engine) => {
  it('goes placed -> claimed -> in progress -> done -> confirmed, and the volunteer is credited the standard time', async () => {
    const env = await serviceSetup(engine);
    const order = await env.placed();
    expect(order).toMatchObject({ state: 'placed', itemName: '代办证件', onBehalfLine: '', claimant: null });
    expect(order.actions).toEqual(['cancel']);

    // A volunteer sees it in the hall with the contact masked, and may claim it.
    const hall = await env.act(VOLUNTEER, 'orderHall', {});
    expect(hall.items).toEqual([
      expect.objectContaining({ id: order.id, contactPhone: '138****8000', actions: ['claim'] }),
    ]);
    expect(hall.items[0].resident).toEqual({ id: null, name: '张居民' });

    const claimed = (await env.act(VOLUNTEER, 'claimOrder', { orderId: order.id })).order;
    expect(claimed).toMatchObject({ state: 'claimed', contactPhone: '13800138000', claimant: { name: '李明' } });
    expect(claimed.actions).toEqual(['release', 'start']);
    // The resident sees a volunteer's display name, never their name in full.
    expect((await env.act(RESIDENT, 'order', { orderId: order.id })).order.claimant).toEqual({
      id: null,
      name: '李志愿者',
    });

    await env.act(VOLUNTEER, 'startOrder', { orderId: order.id });
    const done = (await env.act(VOLUNTEER, 'finishOrder', { orderId: order.id })).order;
    expect(done.state).toBe('done');
    const mine = (await env.act(RESIDENT, 'order', { orderId: order.id })).order;
    expect(mine.actions).toEqual(['confirm', 'dispute']);

    const confirmed = (await env.act(RESIDENT, 'confirmOrder', { orderId: order.id, rating: 5, thanks: '谢谢小李' }))
      .order;
    expect(confirmed).toMatchObject({ state: 'confirmed', rating: 5, thanks: '谢谢小李', actions: [] });
    const hours = await env.act(VOLUNTEER, 'hours', {});
    expect(hours).toMatchObject({ totalMinutes: 120, stars: 0, hoursToNextStar: 98 });
    expect(hours.entries.items).toEqual([expect.objectContaining({ kind: 'order', minutes: 120, note: '代办证件' })]);
    expect((await env.act(RESIDENT, 'myOrders', {})).items.map((o: { id: string }) => o.id)).toEqual([order.id]);
    expect((await env.act(VOLUNTEER, 'myClaims', {})).items.map((o: { state: string }) => o.state)).toEqual([
      'confirmed',
    ]);
  });

  it('credits the hours once when a confirmation is retried with the same request id', async () => {
    const env = await serviceSetup(engine);
    const order = await env.placed();
    await env.act(VOLUNTEER, 'claimOrder', { orderId: order.id });
    await env.act(VOLUNTEER, 'startOrder', { orderId: order.id });
    await env.act(VOLUNTEER, 'finishOrder', { orderId: order.id });
    const input = { orderId: order.id, rating: 4, thanks: '' };
    const first = await env.call(RESIDENT, 'confirmOrder', input, 'req-confirm-1');
    const again = await env.call(RESIDENT, 'confirmOrder', input, 'req-confirm-1');
    expect(again).toEqual(first);
    expect((await env.act(VOLUNTEER, 'hours', {})).totalMinutes).toBe(120);
  });

  it('places once per request id, and refuses a date in the past, an unknown item and a stopped one', async () => {
    const env = await serviceSetup(engine);
    const fields = env.orderFields();
    const a = await env.call(RESIDENT, 'placeOrder', fields, 'req-place-1');
    const b = await env.call(RESIDENT, 'placeOrder', fields, 'req-place-1');
    expect(b).toEqual(a);
    expect((await env.act(RESIDENT, 'myOrders', {})).items).toHaveLength(1);

    const before = env.snapshot();
    expect(await env.call(RESIDENT, 'placeOrder', { ...fields, wantedDate: '2026-11-26' })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
      issues: [{ path: 'wantedDate', message: '日期不能早于今天' }],
    });
    expect(await env.call(RESIDENT, 'placeOrder', { ...fields, itemId: 'si-nowhere' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    const { takerName: _shown, ...item } = env.itemNamed('代办证件');
    await env.act(COMMITTEE, 'saveServiceItem', { ...item, active: false });
    const stoppedBefore = env.snapshot();
    expect(await env.call(RESIDENT, 'placeOrder', fields)).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    expect(env.snapshot()).toEqual(stoppedBefore);
    expect(before).not.toEqual(stoppedBefore);
  });

  it('lets the resident cancel before work starts, and the claimant give an order back for someone else', async () => {
    const env = await serviceSetup(engine);
    const order = await env.placed();
    await env.act(VOLUNTEER, 'claimOrder', { orderId: order.id });
    const back = (await env.act(VOLUNTEER, 'releaseOrder', { orderId: order.id, reason: '临时要出差' })).order;
    expect(back).toMatchObject({ state: 'placed', claimant: null });
    expect((await env.act(RESIDENT, 'order', { orderId: order.id })).order.reason).toBe('临时要出差');

    // Taken again, the give-back reason (the last claimant's words) is gone from the order.
    await env.act(VOLUNTEER, 'claimOrder', { orderId: order.id });
    expect((await env.act(RESIDENT, 'order', { orderId: order.id })).order.reason).toBe('');
    await env.act(VOLUNTEER, 'startOrder', { orderId: order.id });
    expect(await env.call(RESIDENT, 'cancelOrder', { orderId: order.id, reason: '不需要了' })).toMatchObject({
      ok: false,
      code: 'INVALID_STATE',
      message: '订单当前为「服务中」，不能取消订单',
    });
    const other = await env.placed(RESIDENT, '家电小修');
    expect((await env.act(RESIDENT, 'cancelOrder', { orderId: other.id, reason: '自己修好了' })).order).toMatchObject({
      state: 'cancelled',
      actions: [],
    });
  });

  it('takes a dispute to the committee, which confirms it (hours credited) or sends it back to work', async () => {
    const env = await serviceSetup(engine);
    const order = await env.placed();
    for (const step of ['claimOrder', 'startOrder', 'finishOrder'])
      await env.act(VOLUNTEER, step, { orderId: order.id });
    await env.act(RESIDENT, 'disputeOrder', { orderId: order.id, reason: '证件还没拿到' });
    expect((await env.act(COMMITTEE, 'order', { orderId: order.id })).order.actions).toEqual(['settle', 'reopen']);
    const reopened = (
      await env.act(COMMITTEE, 'settleOrder', { orderId: order.id, outcome: 'reopened', reason: '请补办后再交' })
    ).order;
    expect(reopened).toMatchObject({ state: 'in_progress', doneAt: null });
    await env.act(VOLUNTEER, 'finishOrder', { orderId: order.id });
    await env.act(RESIDENT, 'disputeOrder', { orderId: order.id, reason: '还是有问题' });
    await env.act(COMMITTEE, 'settleOrder', { orderId: order.id, outcome: 'confirmed', reason: '已核实办好' });
    expect((await env.act(VOLUNTEER, 'hours', {})).totalMinutes).toBe(120);
  });
});
