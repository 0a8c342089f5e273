import { DAY, RETRIED_ID, bookAs, booking, publish, station, type Scenario, visitState } from './harness';

/** 红色代办: 陈秀英 books for 张桂兰, naming 李明 as the family member to tell. */
const forZhang = {
  residentId: 'u-resident-zhang',
  residentName: '张桂兰',
  consent: '本人口头同意',
  familyId: 'u-resident-li',
};

/** bookFor on a one-seat slot, full (李明 holds the seat: 张桂兰 waits) or free. */
function bookForScenario(full: boolean): [string, Scenario] {
  const label = full ? 'a full slot: waitlisted, resident and family told' : 'a free seat';
  return [
    `bookFor (红色代办, ${label})`,
    {
      async arrange(env) {
        [env.refs.first] = await publish(env, DAY, [station]);
        if (full) await bookAs(env, 'u-resident-li', env.refs.first);
      },
      act: (env) =>
        env.call(
          'visit',
          'u-committee-chen',
          'bookFor',
          { slotId: env.refs.first, ...booking, ...forZhang },
          RETRIED_ID,
        ),
      observe: visitState,
    },
  ];
}

/** 民意5来听 booked and cancelled on a resident's behalf, each with the state it must end in. */
export const onBehalfVisitScenarios: [string, Scenario][] = [
  bookForScenario(true),
  bookForScenario(false),
  [
    'cancelFor (红色代办: the seat goes to the waitlist, resident and family told)',
    {
      async arrange(env) {
        [env.refs.first] = await publish(env, DAY, [station]);
        const made = await env.call('visit', 'u-committee-chen', 'bookFor', {
          slotId: env.refs.first,
          ...booking,
          ...forZhang,
        });
        env.refs.booking = made.ok ? (made.data as { booking: { id: string } }).booking.id : '';
        await bookAs(env, 'u-resident-li', env.refs.first);
      },
      act: (env) =>
        env.call(
          'visit',
          'u-committee-chen',
          'cancelFor',
          { bookingId: env.refs.booking, reason: '居民说不去了' },
          RETRIED_ID,
        ),
      observe: visitState,
    },
  ],
];
