import { openSqliteStorage } from '../../../cloudfunctions/lib/adapters/sqlite';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import type { Deps } from '../../../cloudfunctions/lib/deps';
import { resolvePeriod, type PeriodChoice, type StatsPeriod } from '@domain/stats/period';
import { shanghaiWallClockToMs } from '@domain/time';
import { testDeps } from '../../support/testDeps';
import { openWithDb } from '../storage/cloudbaseRequests';

/**
 * What the figures' suites share: both engines (the real SQLite adapter; the CloudBase adapter
 * over the in-memory requester, collections created as on deploy), the instants either side of
 * the month ends in Shanghai, and the periods the figures are asked for.
 */
export const statsEngines: [string, () => Promise<Storage>][] = [
  ['sqlite', async () => openSqliteStorage(':memory:')],
  ['cloudbase (in-memory requester)', async () => (await openWithDb()).storage],
];

/** The last ms of a Shanghai day. */
const lastMsOf = (date: `${number}-${number}-${number}`) => shanghaiWallClockToMs(date, '23:59') + 59_999;

/** Instants around the months the periods cut: each side of 11-01, 12-01, 2027-01-01. */
export const instants = [
  shanghaiWallClockToMs('2026-10-15', '09:00'),
  lastMsOf('2026-10-31'),
  shanghaiWallClockToMs('2026-11-01'),
  shanghaiWallClockToMs('2026-11-15', '15:30'),
  lastMsOf('2026-11-30'),
  shanghaiWallClockToMs('2026-12-01'),
  shanghaiWallClockToMs('2026-12-09', '10:00'),
  lastMsOf('2026-12-31'),
  shanghaiWallClockToMs('2027-01-01'),
];

/** When the figures are asked: mid-December 2026, Shanghai. */
export const ASKED_AT = shanghaiWallClockToMs('2026-12-15', '12:00');

/** 本月 (Dec), 上月 (Nov), 今年 (12 months) and a custom two days across the month end. */
export const periodChoices: PeriodChoice[] = [
  { kind: 'thisMonth' },
  { kind: 'lastMonth' },
  { kind: 'thisYear' },
  { kind: 'custom', from: '2026-11-30', to: '2026-12-01' },
];

export const periods = (): StatsPeriod[] => periodChoices.map((choice) => resolvePeriod(choice, ASKED_AT));

/** The test dependencies over `storage`, their clock at ASKED_AT. */
export function depsAt(storage: Storage): Deps {
  const deps = testDeps(storage);
  deps.clock.advance(ASKED_AT - deps.clock.now());
  return deps;
}

/** The street's two communities, and one of another street whose rows must never count. */
export const COMMUNITIES = ['c1', 'c2', 'c-other'] as const;
export const scopes = [
  { view: 'community' as const, communityIds: ['c1'], cadreId: null },
  { view: 'street' as const, communityIds: ['c1', 'c2'], cadreId: null },
];

/** Figures as `key -> value`, for a comparison that names the figure that differs. */
export const valuesOf = (figures: { key: string; value: number | null }[]) =>
  Object.fromEntries(figures.map((figure) => [figure.key, figure.value]));
