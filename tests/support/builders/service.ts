/**
 * 群众点单 · 双报到 records as storage holds them, every field set: the one place a test (or the
 * bench) writes such a record. Tests override what they are about.
 */
import type {
  LedgerEntryRecord,
  OrderRecord,
  ServiceItemRecord,
  StationRecord,
  VolunteerRecord,
  VolunteerTeamRecord,
} from '../../../cloudfunctions/lib/ports/service';

const HOUR_MS = 3_600_000;

export function aVolunteer(overrides: Partial<VolunteerRecord> = {}): VolunteerRecord {
  const userId = overrides.userId ?? 'u-vol-1';
  const communityId = overrides.communityId ?? 'c1';
  return {
    id: `${communityId}:${userId}`,
    userId,
    communityId,
    state: 'pending',
    name: '王志强',
    partyMember: true,
    workUnit: '市税务局',
    skills: '会修电器，熟悉社保政策',
    categories: ['repair', 'advice'],
    availability: '周末上午',
    gridId: null,
    teamId: null,
    stationId: null,
    returnReason: '',
    reportedAt: 1000,
    reviewedAt: null,
    reviewedBy: null,
    updatedAt: 1000,
    ...overrides,
  };
}

export function aTeam(overrides: Partial<VolunteerTeamRecord> = {}): VolunteerTeamRecord {
  return { id: 'team-1', communityId: 'c1', name: '红帆党员先锋队', createdAt: 500, ...overrides };
}

export function anItem(overrides: Partial<ServiceItemRecord> = {}): ServiceItemRecord {
  return {
    id: 'item-1',
    communityId: 'c1',
    name: '代办证件',
    description: '代为办理居住证、老年优待证等',
    category: 'errand',
    takenBy: 'volunteer',
    takerId: null,
    responseHours: 24,
    standardMinutes: 60,
    active: true,
    position: 1,
    updatedAt: 500,
    ...overrides,
  };
}

export function aStation(overrides: Partial<StationRecord> = {}): StationRecord {
  return {
    id: 'st-1',
    communityId: 'c1',
    name: '古槐红帆驿站',
    address: '古槐路12号',
    openingHours: '每天 8:00-20:00',
    contactPhone: '0537-2345678',
    itemIds: ['item-1'],
    walkMinutes: { 'cp-1': 4, 'cp-2': 9 },
    updatedAt: 500,
    ...overrides,
  };
}

export function anOrder(overrides: Partial<OrderRecord> = {}): OrderRecord {
  const placedAt = overrides.placedAt ?? 1000;
  return {
    id: 'o1',
    communityId: 'c1',
    itemId: 'item-1',
    itemName: '代办证件',
    category: 'errand',
    takenBy: 'volunteer',
    takerId: null,
    standardMinutes: 60,
    residentId: 'u-res-1',
    onBehalf: null,
    details: '帮我去派出所办居住证',
    wantedDate: '2026-12-07',
    wantedPeriod: 'morning',
    address: '古槐小区3号楼2单元',
    contactPhone: '13800001111',
    state: 'placed',
    claimantId: null,
    claimedAt: null,
    startedAt: null,
    doneAt: null,
    closedAt: null,
    rating: null,
    thanks: '',
    reason: '',
    placedAt,
    respondBy: placedAt + 24 * HOUR_MS,
    escalatedAt: null,
    updatedAt: placedAt,
    ...overrides,
  };
}

export function anEntry(overrides: Partial<LedgerEntryRecord> = {}): LedgerEntryRecord {
  return {
    id: 'order:o1',
    volunteerUserId: 'u-vol-1',
    communityId: 'c1',
    kind: 'order',
    minutes: 60,
    refId: 'o1',
    note: '代办证件',
    evidence: '',
    recordedBy: 'u-res-1',
    at: 5000,
    ...overrides,
  };
}
