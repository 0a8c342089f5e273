import { engines } from '../../support/storages';
import { setup, station, booking } from './visitEnv';

describe.each(engines)('visit.cancel: the reason is optional on %s', (engine) => {
  async function booked() {
    const env = await setup(engine);
    const [slot] = await env.publish([station]);
    const zhang = env.as('u-resident-zhang');
    const made = await zhang('book', { slotId: slot.id, ...booking });
    return { env, zhang, bookingId: made.data.booking.id as string };
  }

  it('cancels with no reason at all, and with an empty one, storing an empty reason', async () => {
    const { env, zhang, bookingId } = await booked();
    expect(await zhang('cancel', { bookingId })).toMatchObject({ ok: true, data: { booking: { state: 'cancelled' } } });
    expect(await env.storage.bookings.findById(bookingId)).toMatchObject({ state: 'cancelled', cancelReason: '' });

    const second = await booked();
    expect(await second.zhang('cancel', { bookingId: second.bookingId, reason: '  ' })).toMatchObject({ ok: true });
    expect((await second.env.storage.bookings.findById(second.bookingId))?.cancelReason).toBe('');
  });

  it('keeps a usual reason as chosen, and still refuses one over 100 characters', async () => {
    const { env, zhang, bookingId } = await booked();
    const tooLong = await zhang('cancel', { bookingId, reason: '有'.repeat(101) });
    expect(tooLong).toMatchObject({ ok: false, code: 'BAD_INPUT', message: '原因最多100字' });
    expect((await env.storage.bookings.findById(bookingId))?.state).toBe('booked');
    expect(await zhang('cancel', { bookingId, reason: '问题已经解决了' })).toMatchObject({ ok: true });
    expect((await env.storage.bookings.findById(bookingId))?.cancelReason).toBe('问题已经解决了');
  });

  it('answers a retry of a cancel without a reason with the same outcome (same request id)', async () => {
    const { env, bookingId } = await booked();
    const first = await env.call('visit', 'u-resident-zhang', 'cancel', { bookingId, reason: '' }, 'req-cancel-1');
    const again = await env.call('visit', 'u-resident-zhang', 'cancel', { bookingId, reason: '' }, 'req-cancel-1');
    expect(first).toMatchObject({ ok: true });
    expect(again).toMatchObject({ ok: true, data: { booking: { state: 'cancelled' } } });
  });
});
