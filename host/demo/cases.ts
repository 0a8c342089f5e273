import { weekdayCalendar } from '@domain/casework';
import type { Caller, DemoActors } from './actors';
import type { DemoCalendar } from './calendar';
import { neighbour } from './neighbours';
import type { DemoPhotoShelf } from './photos';

const CHEN = 'u-committee-chen';
const ZHAO = 'u-committee-zhao';
const SUN = 'u-grid-sun';
const WU = 'u-dept-wu';
const ZHENG = 'u-property-zheng';
const ZHANG = 'u-resident-zhang';
const LI = 'u-resident-li';
const WANG = 'u-resident-wang';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

type Step = (caseId: string) => Promise<unknown>;

interface CaseStory {
  author: Caller;
  /** 东门 reviews matters before they are public (host/seed.ts); 西门 publishes at once. */
  committee: typeof CHEN | typeof ZHAO;
  title: string;
  body: string;
  category: string;
  /** When the committee dispatches (派遣); the matter is raised two hours before. */
  dispatchAt: number;
  /** The committee's choice instead of the routing table's, with its reason. */
  holder?: { kind: string; id: string };
  overrideReason?: string;
}

/**
 * 街呼区应 in 古槐街道 as it stands today: cases of both communities in every state, held by 幸福物业,
 * 区城管局, 交警大队, 东门第一网格 and the street itself — one waiting long past its due time (the
 * street's view shows it red), one just dispatched, one in hand, one returned for the street to
 * re-route, one with an extension the street has not decided, one 挂账 with a plan, one fed back for
 * 孙丽 to check, one checked for its resident to rate, one withdrawn, and a grid worker's patrol
 * report. Every step is the real service's, at the hour the story sets.
 */
export async function playDemoCases(actors: DemoActors, calendar: DemoCalendar, photos: DemoPhotoShelf) {
  const act = (who: Caller, action: string, data: object, at: number) => {
    actors.at(at);
    return actors.act<{ case: { summary: { id: string } } }>(who, 'casework', action, data);
  };
  const step = (who: Caller, action: string, at: number, data: object = {}): Step => {
    return (caseId) => act(who, action, { caseId, ...data }, at);
  };
  const dispatched = async (story: CaseStory, ...steps: Step[]) => {
    const matterId = await raise(actors, story);
    const { holder, overrideReason } = story;
    const { case: opened } = await act(
      story.committee,
      'dispatch',
      { matterId, holder, overrideReason },
      story.dispatchAt,
    );
    for (const next of steps) await next(opened.summary.id);
  };
  const ago = (hours: number) => calendar.now - hours * HOUR;
  // A return must come within two working hours of the dispatch: a weekday morning, whatever today is.
  const workday = lastWorkday(calendar, -2);

  // 交警 never answered: nine days on a seven-day clock, red in the street's view.
  await dispatched({
    author: WANG,
    committee: ZHAO,
    title: '运河花园门口共享单车堵住消防通道',
    body: '小区东门外的共享单车越停越多，把消防通道堵死了，救护车进不来，请交警来管一管。',
    category: 'parking',
    dispatchAt: calendar.at(-9, '10:00'),
  });
  // Just dispatched to 区城管局: waiting for 吴强 to accept.
  await dispatched({
    author: LI,
    committee: CHEN,
    title: '鼓楼家园垃圾站周边异味大',
    body: '垃圾站旁边的污水没人清理，天一热味道特别大，路过都要捂着鼻子。',
    category: 'environment',
    dispatchAt: ago(2),
  });
  // 幸福物业 has it in hand.
  await dispatched(
    {
      author: neighbour.zhou,
      committee: CHEN,
      title: '槐荫苑2号楼单元门禁坏了',
      body: '2号楼单元门的门禁刷卡没反应，门一直关不上，晚上外面的人随便进出。',
      category: 'property',
      dispatchAt: ago(26),
    },
    step(ZHENG, 'accept', ago(24)),
  );
  // 城管 says it is not theirs: returned, for 周涛 to re-route.
  await dispatched(
    {
      author: neighbour.feng,
      committee: ZHAO,
      title: '太白小区绿化带树枝挡住路灯',
      body: '小区主路两边的树长得太密，树枝把路灯全挡住了，晚上走路黑乎乎的，老人容易摔倒。',
      category: 'environment',
      dispatchAt: calendar.at(workday, '09:30'),
    },
    step(WU, 'return', calendar.at(workday, '10:15'), {
      reason: '小区内绿化修剪由小区自行负责，不属于城管职责',
    }),
  );
  // Accepted, then an extension the street has still to decide.
  await dispatched(
    {
      author: neighbour.sun,
      committee: CHEN,
      title: '幸福小区7号楼电梯经常停运',
      body: '7号楼电梯这周停了三次，楼上住的都是老人，上下楼太难了，请尽快修好。',
      category: 'facilities',
      dispatchAt: ago(10),
    },
    step(ZHENG, 'accept', ago(9)),
    step(ZHENG, 'requestExtension', ago(8), { hours: 24, reason: '主板需厂家更换，配件预计后天到货' }),
  );
  // 挂账: a transfer station is not moved in a week.
  await dispatched(
    {
      author: ZHANG,
      committee: CHEN,
      title: '幸福小区北门外垃圾中转站需要搬迁',
      body: '北门外的垃圾中转站紧挨着住户窗户，夏天味道大、蚊蝇多，希望能搬远一点。',
      category: 'environment',
      dispatchAt: calendar.at(-12, '10:00'),
    },
    step(WU, 'accept', calendar.at(-12, '14:00')),
    step(WU, 'markLongTerm', calendar.at(-11, '10:00'), {
      plan: '中转站选址需全区统一规划，已报明年计划；搬迁前每天清运两次并喷洒除臭',
      reviewDate: calendar.date(60),
    }),
  );
  // Fed back with a photo: waiting for 孙丽 to check on site.
  await dispatched(
    {
      author: neighbour.sun,
      committee: CHEN,
      title: '幸福小区5号楼楼道灯坏了',
      body: '5号楼1到6层的楼道声控灯都不亮了，晚上上下楼只能打手电。',
      category: 'facilities',
      dispatchAt: ago(30),
    },
    step(ZHENG, 'accept', ago(29)),
    async (caseId) => {
      const at = ago(20);
      const shots = photos.upload(ZHENG, at, ['corridor']);
      await act(ZHENG, 'feedback', { caseId, text: '已更换5号楼1至6层楼道声控灯，逐层试过都亮了', photos: shots }, at);
    },
  );
  // Checked and passed: 张桂兰 can rate it.
  await dispatched(
    {
      author: ZHANG,
      committee: CHEN,
      title: '幸福小区健身器材螺丝松动',
      body: '小区广场的漫步机和扭腰器螺丝松了，晃得厉害，老人锻炼很危险。',
      category: 'facilities',
      dispatchAt: calendar.at(-3, '09:00'),
    },
    step(ZHENG, 'accept', calendar.at(-3, '09:40')),
    step(ZHENG, 'feedback', calendar.at(-3, '15:00'), { text: '已紧固全部健身器材螺丝，损坏的两颗已更换' }),
    step(SUN, 'verify', calendar.at(-2, '10:00'), { outcome: 'passed', note: '现场查看，器材牢固' }),
  );
  // Nobody's table takes noise: it falls to the street (首接负责); then settled in the community.
  await dispatched(
    {
      author: WANG,
      committee: ZHAO,
      title: '运河花园广场舞音响太吵',
      body: '每天晚上广场舞的音响开得很大，一直到十点多，孩子没法写作业。',
      category: 'noise',
      dispatchAt: calendar.at(-5, '10:00'),
    },
    step(ZHAO, 'withdraw', calendar.at(-4, '16:00'), { reason: '已在社区协商解决，跳舞时间改到晚上8点前并调小音量' }),
  );
  // The street answers what nobody else is named for, and took this one itself.
  await dispatched(
    {
      author: LI,
      committee: CHEN,
      title: '鼓楼家园楼下烧烤摊油烟噪音扰民',
      body: '楼下新开的烧烤摊每天营业到凌晨，油烟直往楼上飘，吵得睡不着觉。',
      category: 'noise',
      dispatchAt: calendar.at(-1, '10:00'),
    },
    step('u-street-zhou', 'accept', calendar.at(-1, '11:00')),
  );
  // 信息采集: 孙丽 finds bicycles' batteries charging in a stairwell; her own grid holds it.
  const found = ago(1);
  const { case: patrol } = await act(
    SUN,
    'report',
    {
      title: '槐荫苑3号楼楼道给电动车电池充电',
      description: '巡查发现3号楼一层楼道里有人拉线给电动车电池充电，存在火灾隐患。',
      category: 'safety',
      gridId: 'g-dongmen-1',
      compoundId: 'p-huaiyin',
      location: '3号楼一层楼道',
      photos: photos.upload(SUN, found, ['corridor']),
    },
    found,
  );
  await act(SUN, 'accept', { caseId: patrol.summary.id }, found + 10 * MINUTE);
}

/** The author raises it two hours before the dispatch; 东门's committee approves it an hour later. */
async function raise(actors: DemoActors, story: CaseStory): Promise<string> {
  actors.at(story.dispatchAt - 2 * HOUR);
  const { matter } = await actors.act<{ matter: { id: string } }>(story.author, 'matter', 'raise', {
    title: story.title,
    body: story.body,
    category: story.category,
    photos: [],
    anonymous: false,
  });
  if (story.committee === CHEN) {
    actors.at(story.dispatchAt - HOUR);
    await actors.act(CHEN, 'matter', 'moderate', { targetType: 'matter', targetIds: [matter.id], decision: 'approve' });
  }
  return matter.id;
}

/** The latest weekday at or before `days` from today. */
function lastWorkday(calendar: DemoCalendar, days: number): number {
  let day = days;
  while (!weekdayCalendar.isWorkingDay(calendar.date(day))) day -= 1;
  return day;
}
