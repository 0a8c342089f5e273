import { seededBackend } from '../../support/seededBackend';
import { engines } from '../../support/storages';
import { publishedSlots, storedMatter, VISIT_DAY } from './homeScene';

async function residentScene(engine: (typeof engines)[number]) {
  const server = await seededBackend({ engine });
  const slots = await publishedSlots(server);
  await server.act('visit', 'u-resident-zhang', 'book', {
    slotId: slots[0].id,
    topic: '楼道灯坏了想当面说',
    address: '',
    phone: '13805371234',
  });
  for (const [i, state] of (['open', 'consulting', 'resolved', 'pending_review'] as const).entries()) {
    await storedMatter(server.storage, {
      id: `zhang-${i}`,
      communityId: 'c-dongmen',
      state,
      title: `张桂兰的第${i + 1}件事`,
      createdAt: 1000 + i,
      updatedAt: 5000 + i,
    });
  }
  await storedMatter(server.storage, { id: 'li-1', authorId: 'u-resident-li', communityId: 'c-dongmen' });
  return server;
}

describe.each(engines)('home.residentOverview on %s', (engine) => {
  it("shows a resident's next booking, their newest three matters with their state, and the next visit days", async () => {
    const server = await residentScene(engine);
    const answer = await server.act('home', 'u-resident-zhang', 'residentOverview', {});
    expect(answer).toMatchObject({
      communityId: 'c-dongmen',
      nextBooking: { date: VISIT_DAY, start: '09:00', state: 'booked', topic: '楼道灯坏了想当面说' },
      matters: [
        { id: 'zhang-3', title: '张桂兰的第4件事', state: 'pending_review', updatedAt: 5003 },
        { id: 'zhang-2', state: 'resolved' },
        { id: 'zhang-1', state: 'consulting' },
      ],
      visitDays: [
        { date: '2026-12-05', moved: false, reason: '' },
        { date: '2026-12-15', moved: false, reason: '' },
        { date: '2026-12-25', moved: false, reason: '' },
      ],
    });
    expect(answer.matters).toHaveLength(3);
  });

  it('gives a neighbour only their own: no booking of ours, only the matter they raised', async () => {
    const server = await residentScene(engine);
    const answer = await server.act('home', 'u-resident-li', 'residentOverview', {});
    expect(answer.nextBooking).toBeNull();
    expect(answer.matters.map((m: { id: string }) => m.id)).toEqual(['li-1']);
  });

  it('asks a newcomer to complete the profile first', async () => {
    const server = await seededBackend({ engine });
    const result = await server.call('home', 'u-resident-new', 'residentOverview', {});
    expect(result).toMatchObject({ ok: false, code: 'PROFILE_INCOMPLETE' });
  });

  it('refuses a cadre', async () => {
    const server = await seededBackend({ engine });
    const result = await server.call('home', 'u-cadre-liu', 'residentOverview', {});
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('refuses a field the contract does not know, with BAD_INPUT', async () => {
    const server = await seededBackend({ engine });
    const result = await server.call('home', 'u-resident-zhang', 'residentOverview', { unexpected: '13912345678' });
    expect(result).toMatchObject({ ok: false, code: 'BAD_INPUT' });
  });
});
