import type { DashboardSection } from '@domain/stats/dashboard';
import { cadreFigures, type CadreFigureKey } from '@domain/stats/visitFigures';
import { cadreRows } from '@domain/stats/visitSummary';
import type { Deps } from '../../deps';
import type { SectionProvider } from './sections';
import { todayOf, visitTallyOf } from './visitTally';

const columns: CadreFigureKey[] = [
  'daysAttended',
  'residentsHeard',
  'records',
  'recordsTimely',
  'timelyRate',
  'followUpsDue',
  'followUpsOnTime',
  'followUpsOverdue',
];

/**
 * 民情书记履职: a row per cadre acting in the scope's communities (a cadre's own view: their row
 * only, as storage counts only their work). Names come from one read of the table's users.
 */
export const cadreSection: SectionProvider = {
  key: 'cadres',
  views: ['community', 'street', 'cadre'],
  async build(deps, scope, period): Promise<DashboardSection> {
    const rows = cadreRows(await visitTallyOf(deps, scope, period), todayOf(deps));
    const names = await namesOf(
      deps,
      rows.map((row) => row.cadreId),
    );
    const label = (cadreId: string) => names.get(cadreId) || '（未留姓名）';
    return {
      key: 'cadres',
      title: '民情书记履职',
      figures: [],
      charts: [],
      tables: [
        {
          key: 'cadres',
          title: '民情书记履职情况',
          columns: columns.map((key) => ({ key, label: cadreFigures[key].label, unit: cadreFigures[key].unit })),
          rows: rows
            .map((row) => ({
              key: row.cadreId,
              label: label(row.cadreId),
              values: columns.map((key) => row.values[key]),
            }))
            .sort((a, b) => a.label.localeCompare(b.label, 'zh-Hans-CN') || a.key.localeCompare(b.key)),
        },
      ],
    };
  },
};

/** users.findByIds answers 100 users at most: one request for a table of up to 100 cadres. */
const NAMES_PER_READ = 100;

async function namesOf(deps: Deps, ids: string[]): Promise<Map<string, string>> {
  const reads: Promise<{ id: string; name: string }[]>[] = [];
  for (let i = 0; i < ids.length; i += NAMES_PER_READ) {
    reads.push(deps.storage.users.findByIds(ids.slice(i, i + NAMES_PER_READ)));
  }
  return new Map((await Promise.all(reads)).flat().map((user) => [user.id, user.name]));
}
