import { createHandler } from '../../cloudfunctions/lib/handler';
import { visitServices } from '../../cloudfunctions/lib/services/visit';
import { sendVisitReminders } from '../../cloudfunctions/lib/services/visits/reminders';
import { main as remindersFunction } from '../../cloudfunctions/reminders';
import { demoOpenid, seedDemoData } from '../../host/seed';
import { nextRunAt } from '../../host/scheduler';
import { shanghaiWallClockToMs } from '../../src/domain/time';
import { storageEngines } from '../support/storages';
import { contextFor, requestId, testDeps } from '../support/testDeps';

describe.each(storageEngines)('day-before visit reminders on %s', (_name, open) => {
  it('reminds each booked resident of tomorrow once, however often the timer fires', async () => {
    const deps = testDeps(await open());
    await seedDemoData(deps.storage, deps.clock.now());
    const visit = createHandler('visit', visitServices, deps);
    const as = (userId: string) => (action: string, data: unknown) =>
      visit({ action, data, requestId: requestId() }, contextFor(demoOpenid(userId)));
    const published = await as('u-cadre-liu')('publishSlots', {
      communityId: 'c-dongmen',
      date: '2026-12-05',
      slots: [{ start: '09:00', end: '10:00', mode: 'station', place: '红帆驿站', capacity: 1 }],
    });
    const slotId = (published as { data: { slots: { id: string }[] } }).data.slots[0].id;
    const booking = { slotId, topic: '想反映停车问题', address: '', phone: '13800000000' };
    await as('u-resident-zhang')('book', booking);
    await as('u-resident-li')('book', booking); // waitlisted: no seat, no reminder
    // 18:00 on 12-04 in Shanghai is 10:00 UTC: "tomorrow" must be the Shanghai tomorrow.
    deps.clock.advance(shanghaiWallClockToMs('2026-12-04', '18:00') - deps.clock.now());
    expect(await sendVisitReminders(deps)).toEqual({ reminded: 1, date: '2026-12-05' });
    await sendVisitReminders(deps);
    const reminders = deps.notifier.events.filter((e) => e.kind === 'visit_reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0].userIds).toEqual(['u-resident-zhang']);
  });
});

describe('timers', () => {
  it('runs the host job at the next 18:00 Beijing time, whatever the process zone', () => {
    const morning = shanghaiWallClockToMs('2026-12-04', '09:00');
    expect(nextRunAt(morning, '18:00')).toBe(shanghaiWallClockToMs('2026-12-04', '18:00'));
    const evening = shanghaiWallClockToMs('2026-12-04', '18:00');
    expect(nextRunAt(evening, '18:00')).toBe(shanghaiWallClockToMs('2026-12-05', '18:00'));
    const lateNight = shanghaiWallClockToMs('2026-12-31', '23:30');
    expect(nextRunAt(lateNight, '18:00')).toBe(shanghaiWallClockToMs('2027-01-01', '18:00'));
  });

  it('the reminders function answers only its timer trigger', async () => {
    expect(await remindersFunction({ action: 'sendVisitReminders' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
