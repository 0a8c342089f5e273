import { STAR_HOURS } from '../service/hours';
import type { OrderState } from '../service/orders';
import { defineFigures } from './figures';
import type { StatsPeriod } from './period';

/**
 * 志愿服务's figures (群众点单 · 红色代办 · 双报到 · 时长), each with its rule. Orders belong to the
 * period they were placed in (one cohort: how they stand now is what the figures say of them);
 * hours to the period the ledger entry is dated in; volunteers to the day they were approved.
 */
export const serviceFigures = defineFigures({
  volunteers: {
    label: '报到志愿者',
    unit: '人',
    rule: '截至周期结束已审核通过的双报到志愿者人数（按社区报到计，在两个社区报到的计两次）',
  },
  partyVolunteers: {
    label: '其中党员',
    unit: '人',
    rule: '报到志愿者中登记为党员（含在职党员双报到）的人数',
  },
  newVolunteers: {
    label: '本期新报到',
    unit: '人',
    rule: '审核通过时间在本期内的双报到志愿者人数',
  },
  ordersPlaced: {
    label: '群众点单',
    unit: '件',
    rule: '下单时间在本期内的服务订单数，含已取消的',
  },
  ordersCompleted: {
    label: '已完成服务',
    unit: '件',
    rule: '本期下单的订单中，志愿者已完成服务的件数（状态为待确认或已完成）',
  },
  ordersOnBehalf: {
    label: '红色代办',
    unit: '件',
    rule: '本期下单的订单中，由居委会、民情书记或网格员替居民代为下单（红色代办）的件数，计入居民名下',
  },
  goodRatingShare: {
    label: '好评率',
    unit: '%',
    rule: '本期下单且居民已评价的订单中，评4星或5星的占比；没有评价时显示“—”',
  },
  hoursCredited: {
    label: '服务时长',
    unit: '小时',
    rule: '时长台账中记录时间在本期内的各条记录（含荣誉时长和更正）分钟数之和，折合小时，保留一位小数，舍去不足0.1小时的部分',
  },
  starVolunteers: {
    label: '星级志愿者',
    unit: '人',
    rule: '截至周期结束，志愿者在本范围各社区时长台账的累计时长达到100、300、600、1000、1500小时的，分别为一至五星，这里是一星及以上的人数；各星级人数见下表',
  },
  activitiesHeld: {
    label: '志愿活动',
    unit: '次',
    rule: '开始时间在本期内、没有取消的志愿活动场次',
  },
});

/** Orders whose work is done: the volunteer finished (待确认) or the resident confirmed (已完成). */
export const completedOrderStates: readonly OrderState[] = ['done', 'confirmed'];
/** A rating of 4 or 5 stars counts as good. */
export const GOOD_RATING = 4;

/** The stars' thresholds in ledger minutes (6,000 minutes = 100 hours for one star). */
export const starMinutes: readonly number[] = STAR_HOURS.map((hours) => hours * 60);

/** 0 to 5 stars for a total of minutes (as src/domain/service/hours.ts starsFor). */
export function starLevelOf(totalMinutes: number): number {
  return starMinutes.filter((threshold) => totalMinutes >= threshold).length;
}

/** Minutes as the dashboard's hours: one decimal, rounded down, never below 0 (as hoursText). */
export function hoursOfMinutes(minutes: number): number {
  return Math.floor(Math.max(0, minutes) / 6) / 10;
}

const within = (period: Pick<StatsPeriod, 'startMs' | 'endMs'>, t: number | null) =>
  t !== null && period.startMs <= t && t < period.endMs;

/** The rules over raw records, for the tests that recompute every figure from rows. */
export const serviceFigureRules = {
  approvedBy: (v: { state: string; reviewedAt: number | null }, endMs: number) =>
    v.state === 'approved' && v.reviewedAt !== null && v.reviewedAt < endMs,
  approvedIn: (v: { state: string; reviewedAt: number | null }, period: StatsPeriod) =>
    v.state === 'approved' && within(period, v.reviewedAt),
  placedIn: (o: { placedAt: number }, period: StatsPeriod) => within(period, o.placedAt),
  completed: (o: { state: OrderState }) => completedOrderStates.includes(o.state),
  onBehalf: (o: { onBehalf: unknown }) => o.onBehalf !== null,
  rated: (o: { rating: number | null }) => o.rating !== null,
  ratedGood: (o: { rating: number | null }) => o.rating !== null && o.rating >= GOOD_RATING,
  entryIn: (e: { at: number }, period: StatsPeriod) => within(period, e.at),
  entryBy: (e: { at: number }, endMs: number) => e.at < endMs,
  activityHeld: (a: { state: string; startAt: number }, period: StatsPeriod) =>
    a.state === 'published' && within(period, a.startAt),
};
