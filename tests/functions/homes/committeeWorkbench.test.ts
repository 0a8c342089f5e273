import { seededBackend } from '../../support/seededBackend';
import { engines } from '../../support/storages';
import { workInBothCommunities } from './homeScene';

describe.each(engines)('home.committeeWorkbench on %s', (engine) => {
  it("counts what waits in the committee's own community, and names the overdue matters and today's meetings", async () => {
    const server = await seededBackend({ engine });
    await workInBothCommunities(server.storage);
    const answer = await server.act('home', 'u-committee-chen', 'committeeWorkbench', {});
    expect(answer).toEqual({
      communityId: 'c-dongmen',
      moderation: { pendingMatters: 2, flaggedMatters: 1, pendingComments: 0, flaggedComments: 0 },
      overdue: {
        count: 1,
        items: [{ id: 'dm-late', title: 'dm 路灯坏了一个月', dueDate: '2026-11-20', department: '古槐街道城管科' }],
      },
      meetings: [
        {
          id: 'dm-q',
          matterId: 'dm-meeting',
          matterTitle: 'dm 停车协商',
          scheduledAt: expect.any(Number),
          place: 'dm 会议室',
        },
      ],
    });
  });

  it("gives another community's committee nothing of ours, and refuses to show ours to it", async () => {
    const server = await seededBackend({ engine });
    await workInBothCommunities(server.storage);
    const ximen = await server.act('home', 'u-committee-zhao', 'committeeWorkbench', {});
    expect(ximen).toMatchObject({
      communityId: 'c-ximen',
      moderation: { pendingMatters: 1 },
      overdue: { count: 1, items: [{ id: 'xm-late' }] },
      meetings: [{ id: 'xm-q' }],
    });
    const asked = await server.call('home', 'u-committee-zhao', 'committeeWorkbench', { communityId: 'c-dongmen' });
    expect(asked).toMatchObject({ ok: false, code: 'OUTSIDE_COMMUNITY' });
  });

  it('shows zeros and empty lists when nothing waits', async () => {
    const server = await seededBackend({ engine });
    const answer = await server.act('home', 'u-committee-chen', 'committeeWorkbench', {});
    expect(answer).toEqual({
      communityId: 'c-dongmen',
      moderation: { pendingMatters: 0, flaggedMatters: 0, pendingComments: 0, flaggedComments: 0 },
      overdue: { count: 0, items: [] },
      meetings: [],
    });
  });

  it('refuses a resident and a cadre', async () => {
    const server = await seededBackend({ engine });
    for (const caller of ['u-resident-zhang', 'u-cadre-liu']) {
      const result = await server.call('home', caller, 'committeeWorkbench', {});
      expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
  });

  it('refuses a field the contract does not know, with BAD_INPUT', async () => {
    const server = await seededBackend({ engine });
    const result = await server.call('home', 'u-committee-chen', 'committeeWorkbench', { unexpected: '13912345678' });
    expect(result).toMatchObject({ ok: false, code: 'BAD_INPUT' });
  });
});
