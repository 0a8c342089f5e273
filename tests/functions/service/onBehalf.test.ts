import { engines } from '../../support/storages';
import { COMMITTEE, RESIDENT, serviceSetup, VOLUNTEER } from './serviceEnv';

describe.each(engines)('红色代办 on %s', (engine) => {
  it('orders for a registered resident: theirs in every list, shown 由陈秀英代办, with the consent kept', async () => {
    const env = await serviceSetup(engine);
    const found = await env.act(COMMITTEE, 'findResidents', { search: '张' });
    expect(found.items).toEqual([expect.objectContaining({ id: RESIDENT, name: '张桂兰' })]);
    expect(found.items[0].phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    const { order } = await env.act(COMMITTEE, 'placeOrderFor', {
      ...env.orderFields(),
      residentId: RESIDENT,
      residentName: '张阿姨',
      consent: '本人在居委会口头同意',
    });
    expect(order).toMatchObject({ onBehalfLine: '由陈秀英代办', resident: { id: RESIDENT, name: '张桂兰' } });
    const mine = await env.act(RESIDENT, 'myOrders', {});
    expect(mine.items).toEqual([expect.objectContaining({ id: order.id, onBehalfLine: '由陈秀英代办' })]);
    const inHall = (await env.act(VOLUNTEER, 'orderHall', {})).items[0];
    expect(inHall.onBehalfLine).toBe('由陈秀英代办');
  });

  it('orders for a resident without an account, and the staff member confirms for them', async () => {
    const env = await serviceSetup(engine);
    const { order } = await env.act('u-cadre-liu', 'placeOrderFor', {
      ...env.orderFields('关爱探访'),
      communityId: 'c-dongmen',
      residentId: null,
      residentName: '李大爷',
      consent: '本人口头同意，由女儿代为联系',
    });
    expect(order).toMatchObject({
      onBehalfLine: '由刘建国代办',
      resident: { id: null, name: '李大爷' },
      actions: ['cancel'],
    });
    for (const step of ['claimOrder', 'startOrder', 'finishOrder'])
      await env.act(VOLUNTEER, step, { orderId: order.id });
    const confirmed = await env.act('u-cadre-liu', 'confirmOrder', { orderId: order.id, rating: 5, thanks: '' });
    expect(confirmed.order.state).toBe('confirmed');
  });

  it('refuses a resident of another community, and residents may not order for others', async () => {
    const env = await serviceSetup(engine);
    const before = env.snapshot();
    const fields = { ...env.orderFields(), residentName: '王芳', consent: '本人口头同意' };
    expect(await env.call(COMMITTEE, 'placeOrderFor', { ...fields, residentId: 'u-resident-wang' })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
    });
    expect(await env.call(RESIDENT, 'placeOrderFor', { ...fields, residentId: null })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(await env.call(COMMITTEE, 'placeOrderFor', { ...fields, residentId: null, consent: '' })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
    });
    expect(env.snapshot()).toEqual(before);
  });

  it('a grid worker orders for a resident of their grid’s community, reads and cancels it; not elsewhere, and not a company', async () => {
    const env = await serviceSetup(engine);
    const GRID = 'u-grid-sun'; // 孙丽, 东门第一网格
    const found = await env.act(GRID, 'findResidents', { search: '张' });
    expect(found.items).toEqual([expect.objectContaining({ id: RESIDENT, name: '张桂兰' })]);
    const { order } = await env.act(GRID, 'placeOrderFor', {
      ...env.orderFields(),
      residentId: RESIDENT,
      residentName: '张阿姨',
      consent: '网格员入户，本人口头同意',
    });
    expect(order).toMatchObject({ onBehalfLine: '由孙丽代办', resident: { id: RESIDENT } });
    expect((await env.act(GRID, 'order', { orderId: order.id })).order.id).toBe(order.id);
    const cancelled = await env.act(GRID, 'cancelOrder', { orderId: order.id, reason: '居民说不需要了' });
    expect(cancelled.order.state).toBe('cancelled');
    const before = env.snapshot();
    const fields = { ...env.orderFields(), residentId: null, residentName: '王芳', consent: '本人口头同意' };
    expect(await env.call(GRID, 'placeOrderFor', { ...fields, communityId: 'c-ximen' })).toMatchObject({
      ok: false,
      code: 'OUTSIDE_COMMUNITY',
    });
    expect(await env.call('u-property-zheng', 'placeOrderFor', fields)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(env.snapshot()).toEqual(before);
  });
});
