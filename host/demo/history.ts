import { addDays } from '@domain/visits/calendar';
import { shanghaiWallClockToMs, type ShanghaiDate } from '@domain/time';
import type { Caller, DemoActors } from './actors';
import type { DemoCalendar } from './calendar';
import { historyFates, historyMatters, historyVisitTopics, type HistoryFate } from './historyStories';
import { neighbour, type CommunityId } from './neighbours';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const cadre = 'u-cadre-liu';
const committeeOf = { 'c-dongmen': 'u-committee-chen', 'c-ximen': 'u-committee-zhao' } as const;
/** Who raises and books in each community, in turn. */
const peopleOf: Record<CommunityId, Caller[]> = {
  'c-dongmen': ['u-resident-zhang', 'u-resident-li', neighbour.sun, neighbour.zhou, neighbour.wu],
  'c-ximen': ['u-resident-wang', neighbour.zheng, neighbour.feng],
};
const phoneOf = (index: number) => `1390537${String(1000 + index).slice(-4)}`;
/** The days of a month the matters are raised on: four in 东门, three in 西门 (two in a quiet month). */
const raiseDays: Record<CommunityId, number[]> = { 'c-dongmen': [3, 9, 17, 24], 'c-ximen': [6, 13, 21] };
const quietMonth = (monthIndex: number) => monthIndex % 3 === 1;

/** The months of the history: ten to two months before the story's month, oldest first. */
export const HISTORY_MONTHS = [10, 9, 8, 7, 6, 5, 4, 3, 2];

/** The first day of the month `monthsAgo` months before today's (Shanghai). */
export function historyMonthStart(today: ShanghaiDate, monthsAgo: number): ShanghaiDate {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - monthsAgo; // may be <= 0
  const date = new Date(Date.UTC(year, month - 1, 1));
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-01`;
}

/**
 * The community's earlier months, played before the story's last six weeks: each month residents
 * raise a few matters that end as matters do (most solved and rated, some after a meeting, one
 * dispatched to the street, an honest few not), and the cadre holds the 15th with 民情日记 and
 * follow-ups closed, mostly on time. It gives the dashboards (issue 16) a year to show.
 */
export async function playDemoHistory(actors: DemoActors, calendar: DemoCalendar): Promise<number> {
  let matters = 0;
  for (const [monthIndex, monthsAgo] of HISTORY_MONTHS.entries()) {
    const first = historyMonthStart(calendar.today, monthsAgo);
    const day = (n: number, time: string) => shanghaiWallClockToMs(addDays(first, n - 1), time);
    const stories: { at: number; communityId: CommunityId; slot: number }[] = [];
    for (const communityId of ['c-dongmen', 'c-ximen'] as const) {
      const days =
        communityId === 'c-ximen' && quietMonth(monthIndex)
          ? raiseDays[communityId].slice(0, 2)
          : raiseDays[communityId];
      days.forEach((d, slot) => stories.push({ at: day(d, `08:${10 + slot * 7}`), communityId, slot }));
    }
    stories.sort((a, b) => a.at - b.at);
    await holdVisitDay(actors, first, monthIndex);
    for (const story of stories) {
      await playHistoryMatter(actors, story.communityId, story.at, matters++);
    }
    actors.at(day(28, '23:59'));
    await actors.runTimers();
  }
  return matters;
}

async function playHistoryMatter(actors: DemoActors, communityId: CommunityId, raisedAt: number, index: number) {
  const people = peopleOf[communityId];
  const author = people[index % people.length];
  const template = historyMatters[(index * 5) % historyMatters.length];
  actors.at(raisedAt);
  const { matter } = await actors.act<{ matter: { id: string } }>(author, 'matter', 'raise', {
    ...template,
    photos: [],
    anonymous: false,
  });
  const committee = committeeOf[communityId];
  if (communityId === 'c-dongmen') {
    actors.at(raisedAt + 2 * HOUR);
    await actors.act(committee, 'matter', 'moderate', {
      targetType: 'matter',
      targetIds: [matter.id],
      decision: 'approve',
    });
  }
  const fate = historyFates[index % historyFates.length];
  await historyFateSteps[fate]({ actors, committee, author, matterId: matter.id, raisedAt, index });
}

interface FateContext {
  actors: DemoActors;
  committee: string;
  author: Caller;
  matterId: string;
  raisedAt: number;
  index: number;
}

const conclude = (c: FateContext, at: number, ending: string, reason: string) => {
  c.actors.at(at);
  return c.actors.act(c.committee, 'matter', 'conclude', {
    matterId: c.matterId,
    ending,
    reason,
    confirmOpenItems: true,
  });
};
const rate = (c: FateContext, at: number, score: number, comment: string) => {
  c.actors.at(at);
  return c.actors.act(c.author, 'matter', 'rate', { matterId: c.matterId, score, comment });
};
const shanghaiDate = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 10);

const historyFateSteps: Record<HistoryFate, (c: FateContext) => Promise<unknown>> = {
  async consultedRated(c) {
    c.actors.at(c.raisedAt + DAY);
    const meeting = c.raisedAt + 3 * DAY + 11 * HOUR;
    const { consultation } = await c.actors.act<{ consultation: { id: string } }>(c.committee, 'matter', 'convene', {
      matterId: c.matterId,
      scheduledAt: meeting,
      place: '社区党群服务中心二楼议事厅',
      agenda: '听取居民意见，商量解决办法',
      departments: ['物业公司'],
      cadreIds: [cadre],
    });
    c.actors.at(meeting + 2 * HOUR);
    await c.actors.act(c.committee, 'matter', 'recordMinutes', {
      consultationId: consultation.id,
      minutes: '居民代表、物业、网格员到会，逐条听取意见后形成一致意见。',
      actions: [
        { description: '物业按议定方案整改', owner: '物业', dueDate: shanghaiDate(meeting + 5 * DAY), state: 'done' },
      ],
      outcome: '大家同意由物业一周内整改，网格员跟进验收。',
    });
    await conclude(c, c.raisedAt + 6 * DAY, 'resolve', '议定事项已落实，问题已解决');
    return rate(c, c.raisedAt + 7 * DAY, c.index % 3 === 0 ? 4 : 5, '协商后解决得很好');
  },
  async resolvedRated(c) {
    await conclude(c, c.raisedAt + 3 * DAY, 'resolve', '已协调物业处理完毕，欢迎居民监督');
    return rate(c, c.raisedAt + 4 * DAY, [5, 4, 3][c.index % 3], '');
  },
  resolvedClosed: (c) => conclude(c, c.raisedAt + 4 * DAY, 'resolve', '已处理完毕'),
  async escalatedResolved(c) {
    c.actors.at(c.raisedAt + 2 * DAY);
    await c.actors.act(c.committee, 'matter', 'escalate', {
      matterId: c.matterId,
      level: 'street',
      department: '古槐街道城管办',
      dueDate: shanghaiDate(c.raisedAt + 12 * DAY),
      note: '社区协调未果，需街道协调',
    });
    c.actors.at(c.raisedAt + 7 * DAY);
    await c.actors.act(c.committee, 'matter', 'answerEscalation', {
      matterId: c.matterId,
      response: '街道已安排处理，一周内完成。',
    });
    await conclude(c, c.raisedAt + 9 * DAY, 'resolve', '街道协调后已解决');
    return rate(c, c.raisedAt + 10 * DAY, 4, '');
  },
  async reopenedResolved(c) {
    await conclude(c, c.raisedAt + 3 * DAY, 'resolve', '已处理');
    c.actors.at(c.raisedAt + 4 * DAY);
    await c.actors.act(c.author, 'matter', 'reopen', { matterId: c.matterId, reason: '问题又出现了，没有彻底解决' });
    await conclude(c, c.raisedAt + 8 * DAY, 'resolve', '重新处理，已彻底解决');
    return rate(c, c.raisedAt + 9 * DAY, 3, '第二次才解决');
  },
  unresolved: (c) =>
    conclude(c, c.raisedAt + 4 * DAY, 'closeUnresolved', '涉及产权纠纷，社区无权处理，已告知居民走法律途径'),
  referred: (c) => conclude(c, c.raisedAt + 3 * DAY, 'refer', '已转交区市场监管局处理'),
};

/**
 * The 15th of the month: the cadre publishes a slot in each community five days ahead, residents
 * book, and on the day the cadre hears them and writes 民情日记 with a follow-up, closed a week
 * later (late one month in three); in 东门 one booked resident does not come every other month.
 */
async function holdVisitDay(actors: DemoActors, first: ShanghaiDate, monthIndex: number) {
  const date = addDays(first, 14);
  const at = (offset: number, time: string) => shanghaiWallClockToMs(addDays(date, offset), time);
  for (const communityId of ['c-dongmen', 'c-ximen'] as const) {
    actors.at(at(-5, '09:00'));
    const capacity = communityId === 'c-dongmen' ? 3 : 2;
    const { slots } = await actors.act<{ slots: { id: string }[] }>(cadre, 'visit', 'publishSlots', {
      communityId,
      date,
      // One cadre, two places: 东门 in the morning, 西门 in the afternoon.
      slots: [{ ...hoursOf[communityId], mode: 'station', place: '社区党群服务中心一楼接待室', capacity }],
    });
    const people = peopleOf[communityId];
    const bookings: string[] = [];
    actors.at(at(-3, '20:00'));
    for (let seat = 0; seat < capacity; seat++) {
      const who = people[(monthIndex + seat) % people.length];
      const topic = historyVisitTopics[(monthIndex + seat) % historyVisitTopics.length];
      const { booking } = await actors.act<{ booking: { id: string } }>(who, 'visit', 'book', {
        slotId: slots[0].id,
        topic: topic.topic,
        phone: phoneOf(monthIndex * 10 + seat),
        address: '',
      });
      bookings.push(booking.id);
    }
    const firstHour = Number(hoursOf[communityId].start.slice(0, 2)) + 1;
    await hearResidents(actors, bookings, (offset, time) => at(offset, time), {
      monthIndex,
      firstHour,
      lastDidNotCome: communityId === 'c-dongmen' && monthIndex % 2 === 1,
    });
  }
}

const hoursOf: Record<CommunityId, { start: string; end: string }> = {
  'c-dongmen': { start: '09:00', end: '11:30' },
  'c-ximen': { start: '14:30', end: '17:00' },
};

async function hearResidents(
  actors: DemoActors,
  bookings: string[],
  at: (offset: number, time: string) => number,
  { monthIndex, firstHour, lastDidNotCome }: { monthIndex: number; firstHour: number; lastDidNotCome: boolean },
) {
  for (const [seat, bookingId] of bookings.entries()) {
    actors.at(at(0, `${firstHour + seat}:00`));
    if (lastDidNotCome && seat === bookings.length - 1) {
      await actors.act(cadre, 'visit', 'markAttendance', { bookingId, state: 'no_show' });
      continue;
    }
    const topic = historyVisitTopics[(monthIndex + seat) % historyVisitTopics.length];
    const { record } = await actors.act<{ record: { id: string } }>(cadre, 'visit', 'recordVisit', {
      bookingId,
      heard: topic.heard,
      solved: topic.solved,
      followUp: { dueDate: shanghaiDate(at(7, '12:00')), note: topic.followUp },
    });
    actors.at(at(monthIndex % 3 === 2 && seat === 0 ? 10 : 5, '16:00'));
    await actors.act(cadre, 'visit', 'closeFollowUp', { recordId: record.id, outcome: '已办结，居民表示满意。' });
  }
}
