import type { Tone } from '../tones';
import { aside, at, because, where, type NotificationFacts } from './factWords';

/**
 * News of the service capability: residents hear how their orders go, volunteers hear about the
 * orders they took and the activities they signed up for, the committee hears of orders nobody
 * claimed in time. `order_*` open the order; `activity_*` open the activity; `volunteer_*` open
 * the volunteer's report.
 */
export const serviceKinds = [
  'order_placed_for_you',
  'order_claimed',
  'order_assigned',
  'order_released',
  'order_started',
  'order_done',
  'order_cancelled',
  'order_confirmed',
  'order_disputed',
  'order_settled',
  'order_overdue',
  'volunteer_approved',
  'volunteer_returned',
  'activity_signed_up',
  'activity_waitlisted',
  'activity_promoted',
  'activity_cancelled',
  'activity_reminder',
] as const;
export type ServiceKind = (typeof serviceKinds)[number];

export const serviceKindStatus: Record<ServiceKind, string> = {
  order_placed_for_you: '代您点单',
  order_claimed: '已接单',
  order_assigned: '指派给您',
  order_released: '重新待接',
  order_started: '服务中',
  order_done: '待您确认',
  order_cancelled: '已取消',
  order_confirmed: '已完成',
  order_disputed: '有异议',
  order_settled: '已核实',
  order_overdue: '超时未接',
  volunteer_approved: '报到通过',
  volunteer_returned: '报到退回',
  activity_signed_up: '报名成功',
  activity_waitlisted: '候补中',
  activity_promoted: '候补成功',
  activity_cancelled: '活动取消',
  activity_reminder: '活动提醒',
};

export const serviceKindTones: Record<ServiceKind, Tone> = {
  order_placed_for_you: 'news',
  order_claimed: 'good',
  order_assigned: 'news',
  order_released: 'warn',
  order_started: 'news',
  order_done: 'warn',
  order_cancelled: 'warn',
  order_confirmed: 'good',
  order_disputed: 'warn',
  order_settled: 'news',
  order_overdue: 'warn',
  volunteer_approved: 'good',
  volunteer_returned: 'warn',
  activity_signed_up: 'good',
  activity_waitlisted: 'news',
  activity_promoted: 'good',
  activity_cancelled: 'warn',
  activity_reminder: 'news',
};

/**
 * The staff member who ordered for a resident (红色代办) reads the order's news about that
 * resident, not as if it were their own order.
 */
function forStaff(kind: ServiceKind, name: string, facts: NotificationFacts): string | null {
  switch (kind) {
    case 'order_claimed':
      return `您为${name}代办的服务单已有志愿者接单。`;
    case 'order_started':
      return `志愿者已开始为${name}服务。`;
    case 'order_done':
      return `志愿者说为${name}的服务已完成，请向${name}核实后点开确认并评价。`;
    case 'order_released':
      return `接单的志愿者退回了您为${name}代办的服务单${because(facts)}。订单重新等待其他志愿者接单。`;
    case 'order_settled':
      return `居委会核实了您为${name}代办的有异议的服务单${aside(facts)}。点开查看结果。`;
    default:
      return null;
  }
}

/**
 * A family member named with a 红色代办 order (家属) reads its news about their family member, who
 * may have no phone to read it on.
 */
function forFamily(kind: ServiceKind, name: string, facts: NotificationFacts): string | null {
  switch (kind) {
    case 'order_placed_for_you':
      return `社区工作人员为您的家人${name}代点了一张服务单${aside(facts)}。点开可以查看进度。`;
    case 'order_claimed':
      return `您的家人${name}的服务单已有志愿者接单，会按约定时间联系。`;
    case 'order_started':
      return `志愿者已开始为您的家人${name}服务。`;
    case 'order_done':
      return `志愿者说为您的家人${name}的服务已完成，代办的工作人员会向${name}核实。`;
    case 'order_released':
      return `接单的志愿者退回了您的家人${name}的服务单${because(facts)}。订单重新等待其他志愿者接单。`;
    case 'order_settled':
      return `居委会核实了您的家人${name}有异议的服务单${aside(facts)}。点开查看结果。`;
    default:
      return null;
  }
}

/** The sentence the inbox shows under the title (the service item or the activity). */
export function serviceNotificationText(kind: ServiceKind, facts: NotificationFacts = {}): string {
  const staffText = facts.onBehalfOf ? forStaff(kind, facts.onBehalfOf, facts) : null;
  if (staffText) return staffText;
  const familyText = facts.familyOf ? forFamily(kind, facts.familyOf, facts) : null;
  if (familyText) return familyText;
  switch (kind) {
    case 'order_placed_for_you':
      return `社区工作人员按您的意思代您点了一张服务单${aside(facts)}。点开可以查看进度。`;
    case 'order_claimed':
      return '有志愿者接了您的单，会按约定时间联系您。';
    case 'order_assigned':
      return '居委会把一张服务单指派给了您，请尽快联系居民。';
    case 'order_released':
      return `接单的志愿者退回了订单${because(facts)}。订单重新等待其他志愿者接单。`;
    case 'order_started':
      return '志愿者已开始为您服务。';
    case 'order_done':
      return '志愿者说服务已完成，请点开确认并评价；如有问题可以提出异议。';
    case 'order_cancelled':
      return `您接的服务单已取消${because(facts)}。`;
    case 'order_confirmed':
      return '居民确认了服务完成，志愿时长已记入您的台账。谢谢您！';
    case 'order_disputed':
      return `居民对服务结果有异议${because(facts)}，居委会将核实。`;
    case 'order_settled':
      return `居委会核实了有异议的服务单${aside(facts)}。点开查看结果。`;
    case 'order_overdue':
      return '有服务单超过响应时间还没有人接，请指派志愿者。';
    case 'volunteer_approved':
      return '您的志愿者报到已通过，现在可以在接单大厅接单、报名志愿活动了。';
    case 'volunteer_returned':
      return `您的志愿者报到被退回${because(facts)}。可以修改后重新报到。`;
    case 'activity_signed_up':
      return `报名成功：${at(facts)}${where(facts)}。如不能参加，请在报名截止前取消。`;
    case 'activity_waitlisted':
      return '活动名额已满，您已进入候补，有人取消时会按顺序为您补上并通知您。';
    case 'activity_promoted':
      return `有人取消了报名，您已从候补转为报名成功：${at(facts)}${where(facts)}。`;
    case 'activity_cancelled':
      return `很抱歉，您报名的志愿活动已取消${because(facts)}。`;
    case 'activity_reminder':
      return `别忘了您报名的志愿活动：${at(facts)}${where(facts)}。到场后请输入签到码签到。`;
  }
}

export function isServiceKind(kind: string): kind is ServiceKind {
  return (serviceKinds as readonly string[]).includes(kind);
}
