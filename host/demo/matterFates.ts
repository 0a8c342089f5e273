import type { MatterCategory } from '@domain/matters/categories';
import type { Caller, DemoActors } from './actors';
import type { DemoCalendar } from './calendar';
import type { CommunityId } from './neighbours';
import type { DemoPhoto } from './photos';

/** How far a demo matter got: one of every state a matter can be in, and the steps on the way. */
export type MatterFate =
  | 'pending'
  | 'rejected'
  | 'open'
  | 'flagged'
  | 'hidden'
  | 'consultingScheduled'
  | 'consultingMinutes'
  | 'escalated'
  | 'escalatedOverdue'
  | 'escalatedAnswered'
  | 'resolved'
  | 'rated'
  | 'unresolved'
  | 'referred';

export interface MatterStory {
  author: Caller;
  communityId: CommunityId;
  title: string;
  body: string;
  category: MatterCategory;
  photos?: DemoPhoto[];
  anonymous?: boolean;
  /** Raised this many days before today (0: this morning). */
  daysAgo: number;
  fate: MatterFate;
  /** Neighbours who support it, and what they say (in order, a few hours apart). */
  supports?: number;
  comments?: string[];
  /** The committee's official reply, after the neighbours' comments. */
  reply?: string;
}

/** The matter's raise and everything after it, at story times: what the committee does, when. */
export interface FateSteps {
  actors: DemoActors;
  calendar: DemoCalendar;
  story: MatterStory;
  matterId: string;
  committee: string;
  /** A neighbour of the author's community (the one who flags it). */
  neighbour: Caller;
  /** The instant the matter was raised. */
  raisedAt: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const fates: Record<MatterFate, (steps: FateSteps) => Promise<void>> = {
  pending: async () => {},
  open: async () => {},
  rejected: async () => {},
  flagged: async ({ actors, matterId, neighbour, raisedAt }) => {
    actors.at(raisedAt + 20 * HOUR);
    await actors.act(neighbour, 'matter', 'flag', {
      targetType: 'matter',
      targetId: matterId,
      reason: '内容与事实不符',
    });
  },
  hidden: async (steps) => {
    await fates.flagged(steps);
    const { actors, committee, matterId, raisedAt } = steps;
    actors.at(raisedAt + 26 * HOUR);
    await actors.act(committee, 'matter', 'moderate', {
      targetType: 'matter',
      targetIds: [matterId],
      decision: 'hide',
      reason: '涉及个人纠纷，已转网格员当面调解',
    });
  },
  consultingScheduled: async ({ actors, calendar, committee, matterId, raisedAt }) => {
    actors.at(raisedAt + DAY);
    await convene(actors, committee, matterId, calendar.at(2, '19:00'));
  },
  consultingMinutes: async (steps) => {
    const { actors, calendar, committee, matterId, raisedAt, story } = steps;
    actors.at(raisedAt + DAY);
    const meeting = calendar.at(3 - story.daysAgo, '19:00');
    const { consultation } = await convene(actors, committee, matterId, meeting);
    actors.at(meeting + 2 * HOUR);
    await actors.act(committee, 'matter', 'recordMinutes', {
      consultationId: consultation.id,
      minutes: '居民代表、物业、网格员到会。大家同意先试行，一个月后再议。',
      actions: [
        { description: '物业出具整改方案', owner: '物业', dueDate: calendar.date(5), state: 'doing' },
        { description: '网格员每周巡查一次', owner: '网格员', dueDate: calendar.date(20), state: 'todo' },
      ],
      outcome: '',
    });
  },
  escalated: async ({ actors, calendar, committee, matterId, raisedAt }) => {
    actors.at(raisedAt + 2 * DAY);
    await escalate(actors, committee, matterId, calendar.date(10));
  },
  escalatedOverdue: async ({ actors, calendar, committee, matterId, raisedAt }) => {
    actors.at(raisedAt + 2 * DAY);
    await escalate(actors, committee, matterId, calendar.date(-2));
  },
  escalatedAnswered: async ({ actors, calendar, committee, matterId, raisedAt }) => {
    actors.at(raisedAt + 2 * DAY);
    await escalate(actors, committee, matterId, calendar.date(8));
    actors.at(raisedAt + 6 * DAY);
    await actors.act(committee, 'matter', 'answerEscalation', {
      matterId,
      response: '街道已安排施工队，月底前完成维修，届时请社区组织验收。',
    });
  },
  resolved: async ({ actors, committee, matterId, raisedAt }) => {
    actors.at(raisedAt + 5 * DAY);
    await conclude(actors, committee, matterId, 'resolve', '已协调物业处理完毕，欢迎居民监督');
  },
  rated: async (steps) => {
    await fates.consultingMinutes(steps);
    const { actors, committee, matterId, raisedAt, story } = steps;
    actors.at(raisedAt + 5 * DAY);
    await conclude(actors, committee, matterId, 'resolve', '议定事项已落实，问题已解决');
    actors.at(raisedAt + 6 * DAY);
    await actors.act(story.author, 'matter', 'rate', { matterId, score: 5, comment: '办得快，谢谢居委会' });
  },
  unresolved: async ({ actors, committee, matterId, raisedAt }) => {
    actors.at(raisedAt + 4 * DAY);
    await conclude(actors, committee, matterId, 'closeUnresolved', '涉及产权纠纷，社区无权处理，已告知居民走法律途径');
  },
  referred: async ({ actors, committee, matterId, raisedAt }) => {
    actors.at(raisedAt + 3 * DAY);
    await conclude(actors, committee, matterId, 'refer', '已转交区市场监管局处理');
  },
};

async function convene(actors: DemoActors, committee: string, matterId: string, scheduledAt: number) {
  return actors.act<{ consultation: { id: string } }>(committee, 'matter', 'convene', {
    matterId,
    scheduledAt,
    place: '社区党群服务中心二楼议事厅',
    agenda: '听取居民意见，商量解决办法',
    departments: ['物业公司'],
    cadreIds: ['u-cadre-liu'],
  });
}

async function escalate(actors: DemoActors, committee: string, matterId: string, dueDate: string) {
  await actors.act(committee, 'matter', 'escalate', {
    matterId,
    level: 'street',
    department: '古槐街道城管办',
    dueDate,
    note: '社区协调未果，需街道协调施工',
  });
}

async function conclude(actors: DemoActors, committee: string, matterId: string, ending: string, reason: string) {
  await actors.act(committee, 'matter', 'conclude', { matterId, ending, reason, confirmOpenItems: true });
}
