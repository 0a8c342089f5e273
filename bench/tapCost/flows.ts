import type { Caller } from '../../tests/support/seededBackend';
import type { FunctionName } from '@domain/contract';
import { deploymentTemplates } from '@domain/notifications/deploymentTemplates';
import { consentMoments, templateByKey, type ConsentMoment } from '@domain/notifications/templates';
import { matterCategories } from '@domain/matters/categories';
import { queueSections } from '../../src/packages/committee/components/queueSections';
import { COMMUNITY, VISIT_DAY, type Scene } from './scene';

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
 * src/api/subscribe.ts askConsent: the person accepts every template WeChat is asked about, and
 * the page reports it (the most a tap costs; a refusal costs no call).
 */
const consent = (moment: ConsentMoment): Step =>
  step('notification', 'subscribe', () => ({
    moment,
    acceptedTemplateIds: consentMoments[moment].slice(0, 3).map((key) => templateByKey(deploymentTemplates, key).id),
  }));

/** src/pages/matters/index.tsx MattersBoard: the first page of the default tab, sort and category. */
const mattersFirstPage = step('matter', 'list', () => ({ tab: 'active', sort: 'newest', limit: 20 }));
/** src/components/useUnreadBadge.ts: every tab page asks for the 我的 badge when it shows. */
const unreadBadge = step('notification', 'unreadCount');
/** src/pages/visit-day/index.tsx VisitDay: the day's slots and the visit days, side by side. */
const visitDayLoad = [step('visit', 'slots', () => ({ date: VISIT_DAY })), step('visit', 'days')];
/** src/pages/visits/index.tsx: the 约见 tab (under the day page) reloads its days on a visit change. */
const visitsTabReload = step('visit', 'days');

export const flows: Flow[] = [
  // The 说事 tab opens: src/pages/matters/index.tsx (its list, its unread badge).
  { name: 'openMatters', caller: 'u-resident-zhang', steps: [mattersFirstPage, unreadBadge] },
  {
    // src/pages/matter/index.tsx loads the detail; src/pages/matter/useMatterTalk.ts the first comments.
    name: 'openMatter',
    caller: 'u-resident-zhang',
    steps: [
      step('matter', 'detail', (s) => ({ matterId: s.matterId })),
      step('matter', 'comments', (s) => ({ matterId: s.matterId, limit: 20 })),
    ],
  },
  {
    // src/pages/matter-new/index.tsx submit: consent (not awaited), raise, then notifyMatterChanged
    // reloads the 说事 tab's list under it. The matter page it then opens is `openMatter`.
    name: 'raiseMatter',
    caller: 'u-resident-zhang',
    steps: [
      consent('matter'),
      step('matter', 'raise', () => ({
        title: '3号楼前晚上乱停车',
        body: '每天晚上3号楼前都停满了车，消防通道被堵住了。',
        category: matterCategories[0],
      })),
      mattersFirstPage,
    ],
  },
  {
    // src/pages/matter/useMatterCommands.ts toggleSupport: consent, support, notifyMatterChanged
    // (the 说事 tab's list reloads).
    name: 'supportMatter',
    caller: 'u-resident-zhang',
    steps: [consent('matter'), step('matter', 'support', (s) => ({ matterId: s.matterId })), mattersFirstPage],
  },
  { name: 'openVisitDay', caller: 'u-resident-li', steps: visitDayLoad },
  {
    // src/pages/visit-day/useBookingCommands.ts book: consent, book, then changed():
    // notifyVisitChanged (the 约见 tab reloads) and the day page reloads itself.
    name: 'bookTap',
    caller: 'u-resident-li',
    steps: [
      consent('booking'),
      step('visit', 'book', (s) => ({
        slotId: s.slotId,
        topic: '想反映小区停车问题',
        address: '',
        phone: '13800000000',
      })),
      visitsTabReload,
      ...visitDayLoad,
    ],
  },
  {
    // src/pages/visit-day/useBookingCommands.ts cancel: cancel, then the same changed().
    name: 'cancelTap',
    caller: 'u-resident-zhang',
    steps: [
      step('visit', 'cancel', (s) => ({ bookingId: s.bookingToCancel, reason: '临时有事' })),
      visitsTabReload,
      ...visitDayLoad,
    ],
  },
  // src/pages/messages/index.tsx Inbox: the first page (it carries the unread count itself).
  { name: 'openInbox', caller: 'u-resident-zhang', steps: [step('notification', 'inbox', () => ({ limit: 20 }))] },
  {
    // src/packages/committee/moderation/index.tsx loadQueues: one page of each of the four queues.
    name: 'committeeQueue',
    caller: 'u-committee-chen',
    steps: queueSections.map((s) =>
      step('matter', 'moderationQueue', () => ({ communityId: COMMUNITY, kind: s.kind, target: s.target, limit: 30 })),
    ),
  },
];
