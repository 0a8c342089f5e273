import { moderationQueues } from '../matters/moderationQueues';
import { param, type Param } from './params';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ParamSpecs = Record<string, Param<any, any>>;

/** One page of the app: where it lives, what its links carry, and how it is registered. */
export interface Route<P extends ParamSpecs = ParamSpecs> {
  /** `pages/<name>/index` in the main package, `packages/<package>/<name>/index` in a subpackage. */
  readonly path: string;
  readonly params: P;
  /** A tab of the tab bar: opened with switchTab, never with a query. */
  readonly tab?: boolean;
  /** Built into the h5 app only (the local host's dev login; WeChat signs users in itself). */
  readonly h5Only?: boolean;
}

function page<P extends ParamSpecs = Record<never, never>>(
  path: string,
  params: P = {} as P,
  options: { tab?: boolean; h5Only?: boolean } = {},
): Route<P> {
  return { path, params, ...options };
}

/**
 * Every page of the app, once. app.config.ts registers them from here (the first is the launch
 * page; the order of the tabs is the tab bar's), every link is built from here, and the
 * notifications say which page they open from here.
 */
export const routes = {
  home: page('pages/index/index', {}, { tab: true }),
  matters: page('pages/matters/index', {}, { tab: true }),
  visits: page('pages/visits/index', {}, { tab: true }),
  mine: page('pages/mine/index', {}, { tab: true }),
  devLogin: page('pages/dev-login/index', {}, { h5Only: true }),

  profile: page('packages/resident/profile/index'),
  matter: page('packages/resident/matter/index', {
    id: param.text(),
    /** Set by the raise page: tell the author what happened to what they just posted. */
    raised: param.flag(),
    queued: param.flag(),
    masked: param.list(),
  }),
  newMatter: page('packages/resident/matter-new/index'),
  myMatters: page('packages/resident/my-matters/index'),
  visitDay: page('packages/resident/visit-day/index', {
    date: param.date(),
    /** Staff pass the community they were looking at; residents always see their own. */
    communityId: param.optionalText(),
  }),
  /** `bookingId`: a notification about one booking; that booking is marked and scrolled to. */
  myVisits: page('packages/resident/my-visits/index', { bookingId: param.optionalText() }),
  messages: page('packages/resident/messages/index', { tab: param.optionalChoice(['inbox', 'wechat']) }),
  /** The privacy guide, generated from src/domain/privacy/registry.ts; the h5 privacy sheet links here. */
  privacy: page('packages/resident/privacy/index'),
  account: page('packages/resident/account/index'),
  /** 社区公开数据 (stats.openData): the community's ZIP of public CSVs and its data dictionary. */
  openData: page('packages/resident/open-data/index', { communityId: param.optionalText() }),

  adminUsers: page('packages/admin/users/index'),
  adminAudit: page('packages/admin/audit/index'),

  /** `queue`: the queue to open on (the committee home's counts tap into their own queue). */
  moderation: page('packages/committee/moderation/index', {
    queue: param.optionalChoice(moderationQueues.map((q) => q.key)),
  }),
  manageMatter: page('packages/committee/manage/index', { id: param.text() }),
  moveVisitDays: page('packages/committee/visit-days/index'),
  deliveries: page('packages/committee/deliveries/index'),
  /** `orderId`: the order to open on arrival (from its own page, where the committee's steps are not). */
  committeeServiceOrders: page('packages/committee/service-orders/index', { orderId: param.optionalText() }),
  committeeOrderFor: page('packages/committee/order-for/index'),
  committeeVolunteers: page('packages/committee/volunteers/index'),
  committeeServiceSetup: page('packages/committee/service-setup/index'),
  committeeActivityNew: page('packages/committee/activity-new/index'),
  /** The organiser's screen: the rotating sign-in code, the roster, cancelling. */
  committeeActivity: page('packages/committee/activity/index', { id: param.text() }),

  cadreSlots: page('packages/cadre/slots/index'),
  /** Without a date: the next visit day's sheet. */
  daySheet: page('packages/cadre/sheet/index', { date: param.optionalDate() }),
  /** The date lets the page find the booking on that day's sheet. */
  visitRecord: page('packages/cadre/record/index', { bookingId: param.text(), date: param.optionalDate() }),
  /** `recordId`: the follow-up a reminder opened this page for. */
  followUps: page('packages/cadre/followups/index', { recordId: param.optionalText() }),
  /** 群众点单 · 双报到 (the `service` function): the menu, 红帆驿站 and my volunteer report. */
  serviceCatalogue: page('packages/service/catalogue/index'),
  /** `itemId`: the menu item chosen on the catalogue. */
  serviceOrderNew: page('packages/service/order-new/index', { itemId: param.text() }),
  serviceOrder: page('packages/service/order/index', { id: param.text() }),
  /** `list`: 我点的单 (default), 接单大厅 or 我接的单. */
  serviceOrders: page('packages/service/orders/index', { list: param.optionalChoice(['mine', 'hall', 'claims']) }),
  serviceReport: page('packages/service/report/index'),
  serviceHours: page('packages/service/hours/index'),
  /** 志愿活动; `stationId`: only one 红帆驿站's (opened from its card). */
  serviceActivities: page('packages/service/activities/index', { stationId: param.optionalText() }),
  serviceActivity: page('packages/service/activity/index', { id: param.text() }),

  /** 街呼区应 (the `casework` function): a holder's cases by tab (待受理 / 办理中 / 已反馈). */
  caseInbox: page('packages/cases/inbox/index', { tab: param.optionalChoice(['waiting', 'doing', 'done']) }),
  case: page('packages/cases/case/index', { id: param.text() }),
  caseSupervision: page('packages/cases/supervision/index'),
  caseToVerify: page('packages/cases/verify/index'),
  caseReport: page('packages/cases/report/index'),
  caseRouting: page('packages/cases/routing/index'),
  /** The committee's 派遣 of one matter, with the routing table's suggestion. */
  caseDispatch: page('packages/cases/dispatch/index', { matterId: param.text() }),

  /** 数据看板 (the `stats` function): figures, charts and the ledgers' export, for committee, street and cadre. */
  statsDashboard: page('packages/stats/dashboard/index'),
} satisfies Record<string, Route>;

export type RouteName = keyof typeof routes;

/**
 * The subpackages every tab page preloads, on any network: residents open these pages from the
 * tabs, so the first tap into one does not wait for its download. Staff packages download when
 * first opened (most users never open them).
 */
export const preloadedFromTabs = ['packages/resident'] as const;
