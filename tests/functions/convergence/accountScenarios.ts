import { demoOpenid } from '../../../host/seed';
import { type Env, DAY, RETRIED_ID, ok, publish, station, toldTo, type Scenario } from './harness';

const ZHANG = 'u-resident-zhang';
const LI = 'u-resident-li';

/**
 * 张桂兰 holds the only seat (李明 waits), raised a matter naming herself, commented, follows and
 * was re-assigned by the admin (an audit line), and has a consent credit: every step of 注销 has
 * something to do.
 */
async function residentWithHistory(env: Env): Promise<void> {
  const [slotId] = await publish(env, DAY, [station]);
  env.refs.first = slotId;
  const book = (userId: string, phone: string) =>
    ok(env.call('visit', userId, 'book', { slotId, topic: '楼道灯坏了想当面说', address: '', phone }));
  env.refs.zhangBooking = (await book(ZHANG, '13805371234')).booking.id;
  env.refs.liBooking = (await book(LI, '13905372345')).booking.id;
  const raised = await ok(
    env.call('matter', ZHANG, 'raise', {
      title: '楼道灯坏了好几天',
      body: '我是张桂兰，住3号楼2单元501，晚上下楼看不见。',
      category: 'facilities',
      building: '3号楼2单元501',
    }),
  );
  env.refs.matter = raised.matter.id;
  await ok(
    env.call('matter', 'u-committee-chen', 'moderate', {
      targetType: 'matter',
      targetIds: [env.refs.matter],
      decision: 'approve',
    }),
  );
  env.deps.clock.advance(1);
  await ok(
    env.call('matter', ZHANG, 'comment', { matterId: env.refs.matter, body: '张桂兰补充：3号楼2单元501门口最暗' }),
  );
  await ok(env.call('matter', LI, 'support', { matterId: env.refs.matter }));
  await ok(
    env.call('account', 'u-admin', 'assignRole', { userId: ZHANG, role: 'resident', communityIds: ['c-dongmen'] }),
  );
  await env.storage.subscriptions.grant(ZHANG, 'tmpl-booking', env.deps.clock.now(), 'grant-zhang');
}

/** What 注销 leaves, without times (each attempt runs at its own moment). */
async function deletedState(env: Env) {
  const { storage } = env;
  const user = await storage.users.findById(ZHANG);
  const matter = await storage.matters.findById(env.refs.matter);
  const threads = await storage.comments.listThreads(env.refs.matter, null, 20);
  const audit = await storage.audit.list({ after: null, limit: 50 });
  const booking = async (id: string) => {
    const found = await storage.bookings.findById(id);
    return found && { state: found.state, phone: found.phone, topic: found.topic };
  };
  return {
    user: user && { ...user, updatedAt: 0 },
    byOldOpenid: await storage.users.findByOpenid(demoOpenid(ZHANG)),
    matter: matter && { title: matter.title, body: matter.body, building: matter.building, photos: matter.photos },
    comments: threads.items.map((comment) => comment.body),
    bookings: [await booking(env.refs.zhangBooking), await booking(env.refs.liBooking)],
    seatsTaken: (await storage.slots.findById(env.refs.first))?.seatsTaken,
    liWasTold: await toldTo(storage, LI),
    zhangInbox: (await storage.inbox.list(ZHANG, null, 50)).items.length,
    zhangOutbox: (await storage.outbox.listForUser(ZHANG, null, 50)).items.length,
    zhangCredits: await storage.subscriptions.credits(ZHANG),
    audit: audit.items.map((entry) => {
      const target = entry.targetId === env.refs.matter ? 'the matter' : entry.targetId;
      return `${entry.action}:${entry.actorId}:${entry.actorName}:${target}`;
    }),
  };
}

/** 账号与隐私 commands, each with the state it must end in. */
export const accountScenarios: [string, Scenario][] = [
  [
    'deleteAccount (注销)',
    {
      arrange: residentWithHistory,
      act: (env) => env.call('account', ZHANG, 'deleteAccount', { confirm: true }, RETRIED_ID),
      observe: deletedState,
    },
  ],
];
