import { stateLabels } from '../matters/states';
import { routes, routeUrl } from '../routes';
import type { Tone } from '../tones';
import { bookingStateLabels } from '../visits/views';
import {
  bookingForKinds,
  bookingForKindStatus,
  bookingForKindTones,
  bookingForText,
  isBookingForKind,
  onBehalfVisitText,
} from './bookingForKinds';
import { caseKinds, caseKindStatus, caseKindTones, caseNotificationText, isCaseKind } from './caseKinds';
import { aside, at, because, clause, where, type NotificationFacts } from './factWords';
import {
  isServiceKind,
  serviceKinds,
  serviceKindStatus,
  serviceKindTones,
  serviceNotificationText,
} from './serviceKinds';

export type { NotificationFacts } from './factWords';

/**
 * Everything someone is told about. Residents hear about their matters and bookings; cadres and
 * committees also get the reminders the timers raise (follow-ups due, escalations overdue).
 */
export const notificationKinds = [
  'matter_approved',
  'matter_raised_for_you',
  'matter_raised_on_behalf',
  'matter_rejected',
  'official_reply',
  'consultation_scheduled',
  'matter_resolved',
  'escalation_answered',
  'booking_confirmed',
  'booking_waitlisted',
  'waitlist_promoted',
  'slot_cancelled',
  'visit_day_moved',
  'followup_recorded',
  'visit_reminder',
  'followup_due',
  'escalation_overdue',
  ...bookingForKinds,
  ...serviceKinds,
  ...caseKinds,
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** What a notification is about; the inbox (and the WeChat message) opens it when tapped. */
export type NotificationRefType = 'matter' | 'booking' | 'followup' | 'order' | 'activity' | 'volunteer' | 'case';
export interface NotificationRef {
  type: NotificationRefType;
  id: string;
}

/**
 * A status word or two for each kind: the inbox tag and the `phrase.*` value of a WeChat message.
 * Where a kind names the state its matter or booking is now in, it is that state's own label; a
 * concluded matter may be resolved, unresolved or referred, so its news says only that it has an
 * outcome.
 */
export const kindStatus: Record<NotificationKind, string> = {
  matter_approved: '审核通过',
  matter_raised_for_you: '代您提出',
  matter_raised_on_behalf: '代您说事',
  matter_rejected: stateLabels.rejected,
  official_reply: '官方回复',
  consultation_scheduled: '议事安排',
  matter_resolved: '已有结果',
  escalation_answered: '已答复',
  booking_confirmed: '预约成功',
  booking_waitlisted: bookingStateLabels.waitlisted,
  waitlist_promoted: '候补成功',
  slot_cancelled: bookingStateLabels.cancelled,
  visit_day_moved: '日期调整',
  followup_recorded: '跟进记录',
  visit_reminder: '接访提醒',
  followup_due: '跟进到期',
  escalation_overdue: '答复逾期',
  ...bookingForKindStatus,
  ...serviceKindStatus,
  ...caseKindStatus,
};

/** The colour of a kind's status tag: good news green, news red, setbacks and to-dos orange. */
export const kindTones: Record<NotificationKind, Tone> = {
  matter_approved: 'good',
  matter_raised_for_you: 'news',
  matter_raised_on_behalf: 'news',
  matter_rejected: 'warn',
  official_reply: 'news',
  consultation_scheduled: 'news',
  matter_resolved: 'news',
  escalation_answered: 'news',
  booking_confirmed: 'good',
  booking_waitlisted: 'news',
  waitlist_promoted: 'good',
  slot_cancelled: 'warn',
  visit_day_moved: 'warn',
  followup_recorded: 'news',
  visit_reminder: 'news',
  followup_due: 'warn',
  escalation_overdue: 'warn',
  ...bookingForKindTones,
  ...serviceKindTones,
  ...caseKindTones,
};

/** The matter as its readers stand to it: its author and the residents who follow it get the same news. */
const THEIR_MATTER = '您提出或关注的说事';

/** The sentence the inbox shows under the title. Plain words, no jargon: many readers are elderly. */
export function notificationText(kind: NotificationKind, facts: NotificationFacts = {}): string {
  if (isServiceKind(kind)) return serviceNotificationText(kind, facts);
  if (isCaseKind(kind)) return caseNotificationText(kind, facts);
  // 红色代办 bookings: the staff member who booked and the family read a visit's news in their own words.
  if (isBookingForKind(kind)) return bookingForText(kind, facts);
  const forOthers = onBehalfVisitText(kind, facts);
  if (forOthers) return forOthers;
  switch (kind) {
    case 'matter_approved':
      return '您提出的说事已通过审核，居民们现在可以看到并参与讨论。';
    case 'matter_raised_for_you':
      return `民情书记把您在走访时反映的事，代您提成了一件说事${aside(facts)}。点开可以查看进展。`;
    case 'matter_raised_on_behalf':
      // 红色代办: the resident, or their family member (家属) told in their place.
      return facts.familyOf
        ? `社区工作人员为您的家人${facts.familyOf}代提了一件说事${aside(facts)}。点开可以查看进展。`
        : `社区工作人员按您的意思代您提了一件说事${aside(facts)}。点开可以查看进展。`;
    case 'matter_rejected':
      return `您提出的说事未通过审核${because(facts)}。可以修改后重新提出。`;
    case 'official_reply':
      return `社区对${THEIR_MATTER}作了回复，点开查看。`;
    case 'consultation_scheduled':
      return `社区邀请您参加议事协商：${at(facts)}${where(facts)}。`;
    case 'matter_resolved':
      return `${THEIR_MATTER}已有结果${facts.reason ? `：${clause(facts.reason)}` : ''}。欢迎点开查看。`;
    case 'escalation_answered':
      return `街道或部门已答复${THEIR_MATTER}，点开查看答复。`;
    case 'booking_confirmed':
      return `预约成功：${at(facts)}${where(facts)}。如不能到场，请提前取消。`;
    case 'booking_waitlisted':
      return '该时段已约满，您已进入候补，有人取消时会按顺序为您补上并通知您。';
    case 'waitlist_promoted':
      return `有人取消了预约，您已从候补转为预约成功：${at(facts)}${where(facts)}。`;
    case 'slot_cancelled':
      return `很抱歉，您预约的接访已取消${because(facts)}。可以改约其他时段。`;
    case 'visit_day_moved':
      return `社区调整了接访日，您的预约随之改到：${at(facts)}${where(facts)}${because(facts)}。如不能到场，请提前取消。`;
    case 'followup_recorded':
      return '民情书记记录了您反映事项的跟进情况，点开查看。';
    case 'visit_reminder':
      return `别忘了您预约的接访：${at(facts)}${where(facts)}。`;
    case 'followup_due':
      return `您记下的跟进事项已到期${aside(facts)}。处理后请在“待跟进”里填写结果。`;
    case 'escalation_overdue':
      return `上报的说事已过答复期限${aside(facts)}，请催办。`;
  }
}

/** The page a notification opens, in the mini-program and in the h5 app. */
export function notificationPage(ref: NotificationRef): string {
  switch (ref.type) {
    case 'matter':
      return routeUrl(routes.matter, { id: ref.id });
    case 'booking':
      return routeUrl(routes.myVisits, { bookingId: ref.id });
    case 'followup':
      return routeUrl(routes.followUps, { recordId: ref.id });
    case 'order':
      return routeUrl(routes.serviceOrder, { id: ref.id });
    case 'activity':
      return routeUrl(routes.serviceActivity, { id: ref.id });
    case 'volunteer':
      return routeUrl(routes.serviceCatalogue);
    case 'case':
      return routeUrl(routes.case, { id: ref.id });
  }
}
