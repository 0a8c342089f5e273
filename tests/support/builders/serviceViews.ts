/**
 * 群众点单 · 双报到 views as the service function answers them, every field set: the page tests
 * (jsdom and weapp) give them to the pages. Tests override what they are about.
 */
import type { OrderView, VolunteerView } from '@domain/service/views';

const HOUR = 3_600_000;
const placedAt = Date.UTC(2026, 10, 27, 1, 0);

/** An order as the committee reads it; `overrides` set the fields a test is about. */
export function orderView(overrides: Partial<OrderView> = {}): OrderView {
  return {
    id: 'o-1',
    itemId: 'i-papers',
    itemName: '代办证件',
    category: 'errand',
    state: 'placed',
    details: '帮忙办理老年证，腿脚不便去不了服务大厅',
    wantedDate: '2026-11-30',
    wantedPeriod: 'morning',
    address: '东门小区3号楼2单元401',
    contactPhone: '13800001234',
    resident: { id: 'u-resident-zhang', name: '张桂兰' },
    onBehalfLine: '',
    consent: '',
    familyName: '',
    claimant: null,
    placedAt,
    respondBy: placedAt + 24 * HOUR,
    overdue: false,
    claimedAt: null,
    startedAt: null,
    doneAt: null,
    closedAt: null,
    rating: null,
    thanks: '',
    reason: '',
    standardMinutes: 120,
    actions: [],
    ...overrides,
  };
}

/** A volunteer's report as the committee reads it. */
export function volunteerView(overrides: Partial<VolunteerView> = {}): VolunteerView {
  const userId = overrides.userId ?? 'u-resident-li';
  return {
    // As the service makes it: community and user joined with a colon.
    id: `c-dongmen:${userId}`,
    userId,
    name: '李明',
    state: 'approved',
    partyMember: true,
    workUnit: '市供电公司',
    skills: '会修电器',
    categories: ['repair', 'errand'],
    availability: '周末全天',
    gridId: null,
    teamId: null,
    teamName: '',
    stationId: null,
    returnReason: '',
    reportedAt: placedAt,
    totalMinutes: 0,
    stars: 0,
    ...overrides,
  };
}

export const page = <T>(items: T[], nextCursor: string | null = null) => ({ items, nextCursor });

/** The committee's order list as both its page tests (jsdom, weapp) show it: one overdue, one 代办 and disputed. */
export const overdueOrder = orderView({ id: 'o-late', overdue: true, actions: ['assign', 'cancel'] });
export const disputedOrderForElder = orderView({
  id: 'o-elder',
  itemName: '陪同就医',
  category: 'companion',
  state: 'disputed',
  resident: { id: null, name: '孙大爷' },
  onBehalfLine: '由陈秀英代办',
  claimant: { id: 'u-resident-li', name: '李明' },
  reason: '只陪到了医院门口',
  actions: ['settle', 'reopen'],
});
