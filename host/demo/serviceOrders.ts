import type { Caller, DemoActors } from './actors';
import type { DemoCalendar } from './calendar';
import { neighbour } from './neighbours';
import { demoResidentNamed } from './onBehalf';
import type { DemoServiceSetup } from './serviceSetup';

const CHEN = 'u-committee-chen';
const ZHANG = 'u-resident-zhang';
const LI = 'u-resident-li';

type Period = 'morning' | 'afternoon' | 'evening' | 'any';

/**
 * 群众点单 as 东门 lived it over the last three weeks: orders in every state (done and thanked,
 * disputed, awaiting the resident's confirmation, in progress, claimed, cancelled, one nobody took
 * in time, a fresh one), a 红色代办 for an elderly resident without a phone, and the hours they earned.
 */
export async function playDemoServiceOrders(actors: DemoActors, calendar: DemoCalendar, setup: DemoServiceSetup) {
  const order = async (who: Caller, name: string, day: number, time: string, plan: OrderPlan) => {
    actors.at(calendar.at(day, time));
    const answer = await actors.act<{ order: { id: string } }>(who, 'service', 'placeOrder', {
      itemId: setup.item(name),
      details: plan.details,
      wantedDate: calendar.date(day + (plan.inDays ?? 1)),
      wantedPeriod: plan.period ?? 'morning',
      address: plan.address,
      contactPhone: plan.phone,
    });
    return answer.order.id;
  };
  const steps = async (who: Caller, orderId: string, day: number, time: string, actions: string[]) => {
    actors.at(calendar.at(day, time));
    for (const action of actions) await actors.act(who, 'service', action, { orderId });
  };
  const zhang = { address: '幸福小区3号楼2单元501', phone: '13805371234' };
  const sun = { address: '幸福小区7号楼1单元101', phone: '13905370033' };

  const idCard = await order(ZHANG, '代办证件', -20, '09:10', {
    ...zhang,
    details: '老年证到期了，帮忙去区政务中心续办，照片已经拍好',
  });
  await steps(LI, idCard, -20, '10:30', ['claimOrder']);
  await steps(LI, idCard, -19, '09:00', ['startOrder', 'finishOrder']);
  actors.at(calendar.at(-19, '18:20'));
  await actors.act(ZHANG, 'service', 'confirmOrder', { orderId: idCard, rating: 5, thanks: '小李跑了两趟，太感谢了' });

  const clinic = await order(neighbour.sun, '陪同就医', -12, '08:40', {
    ...sun,
    details: '去市人民医院复查血压，腿脚不方便，想有人陪着',
    inDays: 2,
  });
  await steps(neighbour.zhou, clinic, -12, '20:10', ['claimOrder']);
  await steps(neighbour.zhou, clinic, -10, '08:00', ['startOrder', 'finishOrder']);
  actors.at(calendar.at(-10, '16:00'));
  await actors.act(neighbour.sun, 'service', 'confirmOrder', { orderId: clinic, rating: 5, thanks: '周护士很耐心' });

  const tap = await order(ZHANG, '家电小修', -6, '19:30', {
    ...zhang,
    details: '厨房水龙头一直滴水，关不紧',
    period: 'evening',
  });
  await steps(LI, tap, -5, '12:00', ['claimOrder']);
  await steps(LI, tap, -4, '19:00', ['startOrder', 'finishOrder']);
  actors.at(calendar.at(-3, '08:00'));
  await actors.act(ZHANG, 'service', 'disputeOrder', { orderId: tap, reason: '换了垫圈还是在滴水，麻烦再看看' });

  const policy = await order(neighbour.wu, '政策咨询', -4, '10:00', {
    address: '鼓楼家园5号楼302',
    phone: '13905370011',
    details: '想问问高龄津贴怎么申请，需要什么材料',
  });
  await steps(CHEN, policy, -4, '14:00', ['claimOrder', 'startOrder', 'finishOrder']);

  // 红色代办: 王奶奶 came to the committee's door; she has no phone and no account. Her daughter
  // 周晓燕 lives in 槐荫苑 too and uses the app: she is told how her mother's order goes.
  actors.at(calendar.at(-3, '09:30'));
  const { order: forWang } = await actors.act<{ order: { id: string } }>(CHEN, 'service', 'placeOrderFor', {
    itemId: setup.item('代缴费用'),
    details: '帮忙交下个季度的水费和燃气费，现金已交给居委会',
    wantedDate: calendar.date(-2),
    wantedPeriod: 'any',
    address: '槐荫苑2号楼3单元201',
    contactPhone: '13905378866',
    residentId: null,
    residentName: '王桂芝',
    consent: '本人到居委会口头同意，女儿电话已登记',
    familyId: await demoResidentNamed(actors, '周晓燕'),
  });
  await steps(LI, forWang.id, -2, '11:00', ['claimOrder', 'startOrder']);

  const meals = await order(ZHANG, '助餐送餐', -2, '07:50', {
    ...zhang,
    details: '中午送一份清淡的饭菜',
    inDays: 0,
    period: 'morning',
  });
  actors.at(calendar.at(-2, '08:30'));
  await actors.act(ZHANG, 'service', 'cancelOrder', { orderId: meals, reason: '孩子回来了，不用送了' });

  // Nobody has taken this one within its 12 hours: the committee sees it marked overdue.
  await order(neighbour.sun, '代购药品', -2, '09:00', {
    ...sun,
    details: '按处方买降压药（硝苯地平缓释片）两盒',
    inDays: 1,
    period: 'any',
  });
  const fees = await order(neighbour.sun, '代缴费用', -1, '15:00', {
    ...sun,
    details: '交一下这个月的电费',
    inDays: 2,
    period: 'afternoon',
  });
  await steps(LI, fees, -1, '20:00', ['claimOrder']);
  await order(ZHANG, '关爱探访', 0, '08:30', {
    ...zhang,
    details: '楼下独居的刘奶奶这几天没下楼，麻烦去看看',
    inDays: 0,
    period: 'any',
  });

  actors.at(calendar.at(-1, '17:00'));
  await actors.act(CHEN, 'service', 'addHonourHours', {
    volunteerUserId: LI,
    minutes: 6000,
    reason: '2022年疫情防控期间在小区卡口值守',
    evidence: '古槐街道表彰通报（2022年12月）',
  });
}

interface OrderPlan {
  details: string;
  address: string;
  phone: string;
  inDays?: number;
  period?: Period;
}
