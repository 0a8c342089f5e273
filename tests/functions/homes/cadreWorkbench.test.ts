import { seededBackend } from '../../support/seededBackend';
import { engines } from '../../support/storages';
import { openFollowUp, publishedSlots, secondCadre, station, VISIT_DAY } from './homeScene';

const homeVisits = { start: '14:00', end: '16:00', mode: 'home', place: '', capacity: 3 };

async function cadreScene(engine: (typeof engines)[number]) {
  const server = await seededBackend({ engine });
  const [first] = await publishedSlots(server, [station, homeVisits]);
  await server.act('visit', 'u-resident-zhang', 'book', {
    slotId: first.id,
    topic: '楼道灯坏了想当面说',
    address: '',
    phone: '13805371234',
  });
  await openFollowUp(server.storage, 'r-late', '2026-11-20');
  await openFollowUp(server.storage, 'r-soon', '2026-12-01');
  return server;
}

describe.each(engines)('home.cadreWorkbench on %s', (engine) => {
  it("tells a cadre today is no visit day, counts their follow-ups, and sums the next visit day's slots", async () => {
    const server = await cadreScene(engine);
    const answer = await server.act('home', 'u-cadre-liu', 'cadreWorkbench', {});
    expect(answer).toEqual({
      today: '2026-11-27',
      todayIsVisitDay: false,
      todaySlots: [],
      followUps: {
        open: 2,
        overdue: 1,
        items: [
          { recordId: 'r-late', dueDate: '2026-11-20', note: '回访楼道灯', overdue: true },
          { recordId: 'r-soon', dueDate: '2026-12-01', note: '回访楼道灯', overdue: false },
        ],
      },
      nextDay: { date: VISIT_DAY, slotCount: 2, capacity: 5, seatsTaken: 1 },
    });
  });

  it("shows the day's slots with seats taken on the visit day, and the one after as the next", async () => {
    const server = await cadreScene(engine);
    server.deps.clock.advance(8 * 86_400_000 - 2 * 3_600_000); // 2026-12-05 08:00 in Shanghai
    const answer = await server.act('home', 'u-cadre-liu', 'cadreWorkbench', {});
    expect(answer).toMatchObject({
      today: VISIT_DAY,
      todayIsVisitDay: true,
      todaySlots: [
        { start: '09:00', end: '11:00', mode: 'station', capacity: 2, seatsTaken: 1 },
        { start: '14:00', end: '16:00', mode: 'home', capacity: 3, seatsTaken: 0 },
      ],
      followUps: { open: 2, overdue: 2 },
      nextDay: { date: '2026-12-15', slotCount: 0, capacity: 0, seatsTaken: 0 },
    });
  });

  it("gives another cadre of the same community nothing of this cadre's", async () => {
    const server = await cadreScene(engine);
    const other = await secondCadre(server.storage);
    const answer = await server.act('home', other, 'cadreWorkbench', {});
    expect(answer).toMatchObject({
      todaySlots: [],
      followUps: { open: 0, overdue: 0, items: [] },
      nextDay: { date: VISIT_DAY, slotCount: 0, capacity: 0, seatsTaken: 0 },
    });
  });

  it('refuses a resident and a committee', async () => {
    const server = await seededBackend({ engine });
    for (const caller of ['u-resident-zhang', 'u-committee-chen']) {
      const result = await server.call('home', caller, 'cadreWorkbench', {});
      expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
  });

  it('refuses a field the contract does not know, with BAD_INPUT', async () => {
    const server = await seededBackend({ engine });
    const result = await server.call('home', 'u-cadre-liu', 'cadreWorkbench', { unexpected: '13912345678' });
    expect(result).toMatchObject({ ok: false, code: 'BAD_INPUT' });
  });
});
