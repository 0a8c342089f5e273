import type { Caller } from '../../tests/support/seededBackend';
import type { FunctionName } from '@domain/contract';
import { deploymentTemplates } from '@domain/notifications/deploymentTemplates';
import { consentMoments, templateByKey, type ConsentMoment } from '@domain/notifications/templates';
import { matterCategories } from '@domain/matters/categories';
import { COMMUNITY, VISIT_DAY, orderOf, type Scene } from './scene';

/** One `callFunction` a page makes: which function, which action, with what. */
export interface Step {
  fn: FunctionName;
  action: string;
  input: (scene: Scene) => object;
}

/** One user action, as the calls the pages make for it, in order. */
export interface Flow {
  name: string;
  caller: Caller;
  steps: Step[];
}

const step = (fn: FunctionName, action: string, input: Step['input'] = () => ({})): Step => ({ fn, action, input });

/**
 * src/api/subscribe.ts acceptedConsent: the person accepts every template WeChat is asked about
 * (the most a tap costs; a refusal sends none), and the command of the same tap carries them.
 */
const accepted = (moment: ConsentMoment) => ({
  acceptedTemplateIds: consentMoments[moment].slice(0, 3).map((key) => templateByKey(deploymentTemplates, key).id),
});

/**
 * src/pages/matters/index.tsx MattersBoard: the first page of the default tab, sort and category.
 * The 我的 badge (src/components/useUnreadBadge.ts) is not asked again: the launch page asked
 * less than a minute ago (UNREAD_FRESH_MS).
 */
const mattersFirstPage = step('matter', 'list', () => ({ tab: 'active', sort: 'newest', limit: 20 }));

/*
 * After a change, the lists that show it (the 说事 tab, the 约见 tab) reload when they are next
 * shown (src/hooks/useChangedElsewhere.ts), not under the page where the change was made: that
 * reload belongs to opening them, so no flow below repeats it.
 */
export const flows: Flow[] = [
  // The 说事 tab opens: src/pages/matters/index.tsx.
  { name: 'openMatters', caller: 'u-resident-zhang', steps: [mattersFirstPage] },
  {
    // src/packages/resident/matter/index.tsx: the detail brings the first page of comments.
    name: 'openMatter',
    caller: 'u-resident-zhang',
    steps: [step('matter', 'detail', (s) => ({ matterId: s.matterId }))],
  },
  {
    // src/packages/resident/matter-new/RaiseQuota.tsx: opening the raise form asks the day's quota
    // once (issue 13), so the 5-a-day limit is said before anything is typed.
    name: 'openRaiseForm',
    caller: 'u-resident-zhang',
    steps: [step('matter', 'raiseQuota')],
  },
  {
    // src/packages/resident/matter-new/index.tsx submit: the raise carries the consent. The
    // matter page it then opens is `openMatter`.
    name: 'raiseMatter',
    caller: 'u-resident-zhang',
    steps: [
      step('matter', 'raise', () => ({
        title: '3号楼前晚上乱停车',
        body: '每天晚上3号楼前都停满了车，消防通道被堵住了。',
        category: matterCategories[0],
        ...accepted('matter'),
      })),
    ],
  },
  {
    // src/packages/resident/matter/useMatterCommands.ts toggleSupport: the support carries the consent.
    name: 'supportMatter',
    caller: 'u-resident-zhang',
    steps: [step('matter', 'support', (s) => ({ matterId: s.matterId, ...accepted('matter') }))],
  },
  // src/packages/resident/visit-day/index.tsx: the day carries its move, deadlines and office phone.
  { name: 'openVisitDay', caller: 'u-resident-li', steps: [step('visit', 'slots', () => ({ date: VISIT_DAY }))] },
  {
    // src/packages/resident/visit-day/useBookingCommands.ts book: the booking carries the consent
    // and answers with the day's page, which the page shows without asking again.
    name: 'bookTap',
    caller: 'u-resident-li',
    steps: [
      step('visit', 'book', (s) => ({
        slotId: s.slotId,
        date: VISIT_DAY,
        topic: '想反映小区停车问题',
        address: '',
        phone: '13800000000',
        ...accepted('booking'),
      })),
    ],
  },
  {
    // useBookingCommands.ts cancel: answers with the day's page too.
    name: 'cancelTap',
    caller: 'u-resident-zhang',
    steps: [step('visit', 'cancel', (s) => ({ bookingId: s.bookingToCancel, reason: '临时有事' }))],
  },
  // src/packages/resident/messages/index.tsx Inbox: the first page (it carries the unread count itself).
  { name: 'openInbox', caller: 'u-resident-zhang', steps: [step('notification', 'inbox', () => ({ limit: 20 }))] },
  {
    // src/packages/committee/moderation/index.tsx loadQueues: the first page of the four queues in one call.
    name: 'committeeQueue',
    caller: 'u-committee-chen',
    steps: [step('matter', 'moderationQueues', () => ({ communityId: COMMUNITY, limit: 30 }))],
  },
  // src/pages/index/index.tsx: each role's home is one call (src/api/home.ts), its counts made by the database.
  { name: 'openResidentHome', caller: 'u-resident-li', steps: [step('home', 'residentOverview')] },
  { name: 'openCommitteeHome', caller: 'u-committee-chen', steps: [step('home', 'committeeWorkbench')] },
  { name: 'openCadreHome', caller: 'u-cadre-liu', steps: [step('home', 'cadreWorkbench')] },
  {
    // 群众点单 (issue 14): the order form's submit; the order page it opens shows the answer.
    name: 'placeOrder',
    caller: 'u-resident-zhang',
    steps: [step('service', 'placeOrder', (s) => orderOf(s.itemId))],
  },
  {
    // 接单: a volunteer claims from the order page; the answer is the order as it now stands.
    name: 'claimOrder',
    caller: 'u-resident-li',
    steps: [step('service', 'claimOrder', (s) => ({ orderId: s.orderToClaim }))],
  },
  {
    // 街呼区应 (issue 15), src/packages/cases/dispatch: the page opens on the table's suggestion.
    name: 'openDispatch',
    caller: 'u-committee-chen',
    steps: [step('casework', 'routeSuggestion', (s) => ({ matterId: s.matterToDispatch }))],
  },
  {
    // 确认派遣: the case goes to the suggested body, its clock starts, its people hear of it.
    name: 'dispatchCase',
    caller: 'u-committee-chen',
    steps: [step('casework', 'dispatch', (s) => ({ matterId: s.matterToDispatch }))],
  },
  {
    // src/packages/cases/supervision: the filters (communities, bodies, counts) and the first page.
    name: 'openSupervision',
    caller: 'u-street-zhou',
    steps: [
      step('casework', 'supervisionFilters'),
      step('casework', 'supervision', () => ({ overdueOnly: false, limit: 20 })),
    ],
  },
  {
    // 数据看板 (issue 16): the street's dashboard of this month over its communities, every
    // section registered (each a few aggregates, side by side).
    name: 'openDashboard',
    caller: 'u-street-zhou',
    steps: [step('stats', 'dashboard', () => ({ period: { kind: 'thisMonth' } }))],
  },
];
