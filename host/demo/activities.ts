import type { DemoActors } from './actors';
import type { DemoCalendar } from './calendar';
import { neighbour } from './neighbours';

const CHEN = 'u-committee-chen';
const LI = 'u-resident-li';
const HALF_HOUR_MS = 30 * 60_000;
const HOUR_MS = 2 * HALF_HOUR_MS;

interface Plan {
  title: string;
  description: string;
  place: string;
  stationId?: string | null;
  startAt: number;
  endAt: number;
  signUpClosesAt: number;
  headcount: number;
}

/**
 * 志愿活动 in 东门, published by 陈秀英: one held last week with both volunteers' hours in their
 * ledgers, one going on right now (the organiser's code screen has something to show, 李明 signed
 * in), one full with 李明 waiting, one open with seats, and one for 幸福小区红帆驿站.
 */
export async function playDemoActivities(actors: DemoActors, calendar: DemoCalendar): Promise<void> {
  const publish = async (day: number, time: string, plan: Plan) => {
    actors.at(calendar.at(day, time));
    const answer = await actors.act<{ activity: { id: string } }>(CHEN, 'service', 'publishActivity', {
      stationId: null,
      ...plan,
    });
    return answer.activity.id;
  };
  const signUp = async (who: Parameters<DemoActors['act']>[0], activityId: string, at: number) => {
    actors.at(at);
    await actors.act(who, 'service', 'signUpActivity', { activityId });
  };
  /** Signs in or out at `at` with the code the organiser's phone shows then. */
  const attend = async (who: Parameters<DemoActors['act']>[0], action: string, activityId: string, at: number) => {
    actors.at(at);
    const { code } = await actors.act<{ code: string }>(CHEN, 'service', 'activityCode', { activityId });
    await actors.act(who, 'service', action, { activityId, code });
  };

  const cleanUp = await publish(-12, '10:00', {
    title: '幸福小区环境清洁日',
    description: '清理楼道杂物和绿化带垃圾，工具由居委会准备，请穿方便活动的衣服。',
    place: '幸福小区南门集合',
    startAt: calendar.at(-7, '09:00'),
    endAt: calendar.at(-7, '11:30'),
    signUpClosesAt: calendar.at(-8, '18:00'),
    headcount: 6,
  });
  await signUp(LI, cleanUp, calendar.at(-11, '20:15'));
  await signUp(neighbour.zhou, cleanUp, calendar.at(-10, '12:40'));
  await attend(LI, 'signInActivity', cleanUp, calendar.at(-7, '08:50'));
  await attend(neighbour.zhou, 'signInActivity', cleanUp, calendar.at(-7, '09:05'));
  await attend(LI, 'signOutActivity', cleanUp, calendar.at(-7, '11:35'));
  await attend(neighbour.zhou, 'signOutActivity', cleanUp, calendar.at(-7, '11:25'));

  // Going on now: begun within the last hour, three hours long (across midnight if need be).
  const startNow = Math.floor(calendar.now / HALF_HOUR_MS) * HALF_HOUR_MS - HALF_HOUR_MS;
  const visiting = await publish(-3, '09:00', {
    title: '日间照料中心陪伴老人',
    description: '陪老人聊天、读报、下棋，帮忙分发午后点心。',
    place: '东门社区日间照料中心',
    startAt: startNow,
    endAt: startNow + 3 * HOUR_MS,
    signUpClosesAt: startNow - 12 * HOUR_MS,
    headcount: 4,
  });
  await signUp(LI, visiting, calendar.at(-2, '19:00'));
  await signUp(neighbour.zhou, visiting, calendar.at(-2, '21:10'));
  await attend(LI, 'signInActivity', visiting, startNow + 5 * 60_000);

  const clinic = await publish(-2, '10:00', {
    title: '社区义诊志愿服务',
    description: '协助医生维持秩序、登记测量血压的居民。',
    place: '东门社区广场',
    startAt: calendar.at(2, '08:30'),
    endAt: calendar.at(2, '11:30'),
    signUpClosesAt: calendar.at(1, '18:00'),
    headcount: 1,
  });
  await signUp(neighbour.zhou, clinic, calendar.at(-2, '12:00'));
  await signUp(LI, clinic, calendar.at(-1, '08:30'));

  const sorting = await publish(-1, '09:00', {
    title: '垃圾分类宣传',
    description: '在各小区门口发放宣传单，教居民分类投放。',
    place: '槐荫苑、鼓楼家园小区门口',
    startAt: calendar.at(3, '14:30'),
    endAt: calendar.at(3, '16:30'),
    signUpClosesAt: calendar.at(2, '18:00'),
    headcount: 8,
  });
  await signUp(LI, sorting, calendar.at(-1, '12:30'));

  const { stations } = await actors.act<{ stations: { id: string; name: string }[] }>(CHEN, 'service', 'serviceSetup');
  const station = stations.find((s) => s.name === '幸福小区红帆驿站');
  if (!station) throw new Error('demo: no 幸福小区红帆驿站');
  await publish(-1, '16:00', {
    title: '驿站义剪',
    description: '为老人和行动不便的居民免费理发，会理发的志愿者请报名。',
    place: '幸福小区红帆驿站',
    stationId: station.id,
    startAt: calendar.at(5, '14:00'),
    endAt: calendar.at(5, '16:00'),
    signUpClosesAt: calendar.at(4, '18:00'),
    headcount: 3,
  });
}
