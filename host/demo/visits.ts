import { isVisitDay } from '@domain/visits';
import { addDays } from '@domain/visits/calendar';
import { shanghaiWallClockToMs, type ShanghaiDate } from '@domain/time';
import type { Caller, DemoActors } from './actors';
import type { DemoCalendar } from './calendar';
import { neighbour } from './neighbours';

const cadre = 'u-cadre-liu';
const { sun, zhou, wu, zheng } = neighbour;

interface Slot {
  id: string;
}

/** 民意5来听 as it went: past visit days recorded in 民情日记, today's if it is one, and the next two days open. */
export async function playDemoVisits(actors: DemoActors, calendar: DemoCalendar): Promise<void> {
  const [older, last] = calendar.pastVisitDays;
  await holdPastVisitDay(actors, calendar, older, 'older');
  await holdPastVisitDay(actors, calendar, last, 'last');
  if (isVisitDay(calendar.today)) await bookToday(actors, calendar.today);
  const [next, after] = calendar.bookableVisitDays;
  await openNextVisitDay(actors, calendar, next);
  await openFollowingVisitDay(actors, calendar, after);
}

/** The cadre publishes a day's slots five days ahead, in the morning. */
async function publish(actors: DemoActors, communityId: string, date: ShanghaiDate, slots: object[]): Promise<Slot[]> {
  const answer = await actors.act<{ slots: Slot[] }>(cadre, 'visit', 'publishSlots', { communityId, date, slots });
  return answer.slots;
}

const station = (start: string, end: string, capacity: number) => ({
  start,
  end,
  mode: 'station',
  place: '社区党群服务中心一楼接待室',
  capacity,
});
const home = (start: string, end: string, capacity: number) => ({ start, end, mode: 'home', place: '', capacity });

async function book(actors: DemoActors, who: Caller, slot: Slot, topic: string, phone: string, address = '') {
  const answer = await actors.act<{ booking: { id: string } }>(who, 'visit', 'book', {
    slotId: slot.id,
    topic,
    phone,
    address,
  });
  return answer.booking.id;
}

/** A day held: bookings, attendance, 民情日记 with follow-ups (one overdue, one closed, one open). */
async function holdPastVisitDay(
  actors: DemoActors,
  calendar: DemoCalendar,
  date: ShanghaiDate,
  which: 'older' | 'last',
) {
  const day = (offset: number, time: string) => shanghaiWallClockToMs(addDays(date, offset), time);
  actors.at(day(-5, '09:00'));
  const [morning, afternoon] = await publish(actors, 'c-dongmen', date, [
    station('09:00', '11:00', 3),
    home('14:00', '16:00', 2),
  ]);
  const [ximen] = await publish(actors, 'c-ximen', date, [station('16:00', '17:30', 2)]);
  actors.at(day(-3, '20:00'));
  const zhang = await book(actors, 'u-resident-zhang', morning, '楼道灯和门禁的事想当面说说', '13805371234');
  const li = await book(
    actors,
    'u-resident-li',
    afternoon,
    '家里老人行动不便，想了解居家养老服务',
    '13905372345',
    '鼓楼家园8号楼1单元302',
  );
  const neighbour = await book(actors, which === 'older' ? wu : sun, morning, '小区停车收费不透明', '13905370011');
  const wang = await book(actors, 'u-resident-wang', ximen, '外墙砖脱落的维修资金怎么申请', '13705373456');
  actors.at(day(0, '10:30'));
  await record(actors, zhang, {
    seen: '3号楼2单元楼道灯确实不亮，门禁刷卡反应慢。',
    heard: '张阿姨希望晚上回家有灯，门禁能正常用。',
    solved: '当场联系物业电工，答应三天内修好楼道灯。',
    followUp: { dueDate: calendar.date(which === 'older' ? -3 : 6), note: '回访楼道灯和门禁维修情况' },
  });
  if (which === 'older') {
    const recordId = await record(actors, neighbour, {
      heard: '居民反映停车费收支不公开，想看账目。',
      suggested: '建议物业每季度在公告栏公示停车费收支。',
    });
    actors.at(day(0, '11:00'));
    const { matterId } = await actors.act<{ matterId: string }>(cadre, 'visit', 'openMatter', {
      recordId,
      title: '停车费收支希望公开',
      category: 'parking',
    });
    actors.at(day(0, '16:30'));
    await actors.act('u-committee-chen', 'matter', 'moderate', {
      targetType: 'matter',
      targetIds: [matterId],
      decision: 'approve',
    });
  } else {
    await actors.act(cadre, 'visit', 'markAttendance', { bookingId: neighbour, state: 'no_show' });
  }
  actors.at(day(0, '15:00'));
  const liRecord = await record(actors, li, {
    seen: '李明家中有两位八十岁以上老人，上下楼困难。',
    heard: '希望了解助餐、助浴等居家养老服务。',
    solved: '介绍了街道居家养老服务中心，留下联系电话。',
    followUp: { dueDate: addDays(date, 4), note: '帮助申请居家养老服务补贴' },
  });
  await record(actors, wang, {
    seen: '12号楼北面外墙有空鼓，部分瓷砖已脱落。',
    heard: '王芳询问维修资金申请流程。',
    followUp: { dueDate: calendar.date(which === 'older' ? 3 : 9), note: '协助业委会提交维修资金申请' },
  });
  if (which === 'last') return;
  actors.at(day(3, '16:00'));
  await actors.act(cadre, 'visit', 'closeFollowUp', {
    recordId: liRecord,
    outcome: '已帮助提交补贴申请，街道审核通过，下月起每月补贴200元。',
  });
}

async function record(actors: DemoActors, bookingId: string, texts: object): Promise<string> {
  const answer = await actors.act<{ record: { id: string } }>(cadre, 'visit', 'recordVisit', { bookingId, ...texts });
  return answer.record.id;
}

/** Today is a visit day: its slots were published and booked days ago; the cadre's sheet is full. */
async function bookToday(actors: DemoActors, today: ShanghaiDate) {
  actors.at(shanghaiWallClockToMs(addDays(today, -4), '09:00'));
  const [morning] = await publish(actors, 'c-dongmen', today, [station('09:00', '11:00', 3)]);
  actors.at(shanghaiWallClockToMs(addDays(today, -2), '19:30'));
  await book(actors, zhou, morning, '小区充电桩的事想当面反映', '13905370022');
  await book(actors, wu, morning, '烧烤摊油烟扰民', '13905370011');
}

/** The next bookable day: a full morning slot with a waitlist, an afternoon with seats left. */
async function openNextVisitDay(actors: DemoActors, calendar: DemoCalendar, date: ShanghaiDate) {
  actors.at(calendar.at(-2, '09:00'));
  const [morning] = await publish(actors, 'c-dongmen', date, [
    station('09:00', '10:30', 2),
    station('14:00', '16:00', 4),
    home('16:00', '17:30', 2),
  ]);
  const [ximen] = await publish(actors, 'c-ximen', date, [station('10:30', '12:00', 3)]);
  actors.at(calendar.at(-2, '19:30'));
  await book(actors, 'u-resident-zhang', morning, '想问问老年人智能手机课什么时候开', '13805371234');
  await book(actors, sun, morning, '健身器材维修进展', '13905370033');
  actors.at(calendar.at(-1, '20:10'));
  await book(actors, zhou, morning, '邻居装修噪音问题', '13905370022');
  await book(actors, wu, morning, '快递柜纸箱堆放', '13905370011');
  await book(actors, 'u-resident-wang', ximen, '外墙维修资金申请进度', '13705373456');
  await book(actors, zheng, ximen, '广场舞音量的事', '13905370044');
}

/** The day after: fewer slots, a few seats taken, 李明 booked a home visit. */
async function openFollowingVisitDay(actors: DemoActors, calendar: DemoCalendar, date: ShanghaiDate) {
  actors.at(calendar.at(-2, '09:30'));
  const [, visitHome] = await publish(actors, 'c-dongmen', date, [
    station('09:00', '11:00', 4),
    home('14:00', '16:00', 2),
  ]);
  await publish(actors, 'c-ximen', date, [station('16:00', '17:30', 3)]);
  actors.at(calendar.at(-1, '21:00'));
  await book(actors, 'u-resident-li', visitHome, '老人居家养老补贴的后续', '13905372345', '鼓楼家园8号楼1单元302');
}
