import { runTimerJobs } from '../../../cloudfunctions/lib/services/notifications/timerJobs';
import { shanghaiDateOf, shanghaiWallClockToMs } from '@domain/time';
import { addDays } from '@domain/visits/calendar';
import { engines } from '../../support/storages';
import { RESIDENT, serviceSetup, VOLUNTEER } from './serviceEnv';

describe.each(engines)('an order’s address and phone after it closed on %s', (engine) => {
  it('are erased at 03:00 on the 90th day after it closed, and nothing else of the order', async () => {
    const env = await serviceSetup(engine);
    const order = await env.placed();
    for (const action of ['claimOrder', 'startOrder', 'finishOrder']) {
      await env.act(VOLUNTEER, action, { orderId: order.id });
    }
    await env.act(RESIDENT, 'confirmOrder', { orderId: order.id, rating: 5, thanks: '谢谢' });
    const closedOn = shanghaiDateOf(env.deps.clock.now());
    const at = (date: string, time: string) =>
      env.deps.clock.advance(shanghaiWallClockToMs(date, time) - env.deps.clock.now());

    at(addDays(closedOn, 89), '03:01');
    expect(await runTimerJobs(env.deps)).toMatchObject({ orderContactsErased: 0 });
    at(addDays(closedOn, 90), '02:59');
    expect(await runTimerJobs(env.deps)).toMatchObject({ orderContactsErased: 0 });
    at(addDays(closedOn, 91), '03:01');
    expect(await runTimerJobs(env.deps)).toMatchObject({ orderContactsErased: 1 });
    const stored = await env.storage.orders.findById(order.id);
    expect(stored).toMatchObject({
      address: '',
      contactPhone: '',
      state: 'confirmed',
      rating: 5,
      itemName: '代办证件',
      details: order.details,
    });
    at(addDays(closedOn, 92), '03:01');
    expect(await runTimerJobs(env.deps)).toMatchObject({ orderContactsErased: 0 });
  });
});
