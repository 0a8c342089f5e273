import type { RouteName } from './table';

/** What the h5 navigation bar shows for one page, and where its 返回 goes when there is no history. */
export interface PageBar {
  /** The page's title: the same words as its index.config.ts navigationBarTitleText (weapp's bar). */
  readonly title: string;
  /**
   * Where 返回 leads when the page was opened first (a shared link, a reload): the page one would
   * have come from. A page without parameters; tabs have no 返回 and no parent.
   */
  readonly parent?: RouteName;
}

/**
 * The h5 navigation bar of every page of the route table (weapp draws its own bar from each page's
 * config). A missing page is a type error; tests/domain/pageBar.test.ts holds the titles to the
 * page configs and every parent to a page that takes no parameters.
 */
export const pageBars: Record<RouteName, PageBar> = {
  home: { title: '民情通' },
  matters: { title: '居民说事' },
  visits: { title: '民意5来听' },
  mine: { title: '我的' },
  devLogin: { title: '选择演示身份', parent: 'home' },

  profile: { title: '个人资料', parent: 'mine' },
  matter: { title: '说事详情', parent: 'matters' },
  newMatter: { title: '我要说事', parent: 'matters' },
  myMatters: { title: '我的说事', parent: 'mine' },
  visitDay: { title: '预约接访', parent: 'visits' },
  myVisits: { title: '我的约见', parent: 'visits' },
  messages: { title: '消息', parent: 'mine' },
  privacy: { title: '隐私保护指引', parent: 'mine' },
  account: { title: '账号与隐私', parent: 'mine' },
  openData: { title: '社区公开数据', parent: 'account' },

  adminUsers: { title: '用户与角色', parent: 'mine' },

  moderation: { title: '说事审核', parent: 'matters' },
  manageMatter: { title: '说事办理', parent: 'moderation' },
  moveVisitDays: { title: '调整接访日', parent: 'mine' },
  deliveries: { title: '微信通知发送情况', parent: 'mine' },

  cadreSlots: { title: '发布接访时段', parent: 'mine' },
  daySheet: { title: '接访单', parent: 'mine' },
  visitRecord: { title: '民情日记', parent: 'daySheet' },
  followUps: { title: '待跟进事项', parent: 'mine' },
  adminAudit: { title: '审计记录', parent: 'adminUsers' },
  serviceCatalogue: { title: '社区服务', parent: 'mine' },
  serviceOrderNew: { title: '我要点单', parent: 'serviceCatalogue' },
  serviceOrder: { title: '服务订单', parent: 'serviceOrders' },
  serviceOrders: { title: '我的服务单', parent: 'mine' },
  serviceReport: { title: '志愿者报到', parent: 'serviceCatalogue' },
  serviceHours: { title: '志愿时长', parent: 'serviceCatalogue' },
  committeeServiceOrders: { title: '服务订单', parent: 'home' },
  committeeOrderFor: { title: '红色代办', parent: 'home' },
  committeeVolunteers: { title: '志愿者', parent: 'home' },
  committeeServiceSetup: { title: '服务设置', parent: 'home' },
  committeeActivityNew: { title: '发布志愿活动', parent: 'serviceActivities' },
  committeeActivity: { title: '活动签到', parent: 'serviceActivities' },
  serviceActivities: { title: '志愿活动', parent: 'serviceCatalogue' },
  serviceActivity: { title: '志愿活动', parent: 'serviceActivities' },
  caseInbox: { title: '承办案件', parent: 'home' },
  case: { title: '案件详情', parent: 'home' },
  caseSupervision: { title: '街道督办', parent: 'home' },
  caseToVerify: { title: '待核查', parent: 'home' },
  caseReport: { title: '信息采集', parent: 'home' },
  caseRouting: { title: '路由表', parent: 'home' },
  caseDispatch: { title: '派遣', parent: 'moderation' },
  statsDashboard: { title: '数据看板', parent: 'home' },
};
