import { ledgerKindLabels } from '@domain/service/hours';
import { ledgerPerson, ledgerText } from '@domain/stats/ledgerMasking';
import { formatShanghai } from '@domain/time';
import type { LedgerEntryRecord } from '../../../ports/service';
import type { UserRecord } from '../../../ports/storage';
import { namesOf, type LedgerSheet } from './ledgerSheet';

/** 志愿服务时长台账: the hours ledger entries recorded in the period, oldest first. */
export const volunteerHoursLedger: LedgerSheet = {
  kind: 'volunteerHours',
  cadreMay: false,
  columns: [
    { header: '日期', width: 12 },
    { header: '志愿者(已脱敏)', width: 14 },
    { header: '服务/活动', width: 40 },
    { header: '时长(小时)', width: 10 },
    { header: '来源', width: 10 },
  ],
  count: (deps, filter, range) => deps.storage.ledgerSources.countHours(filter, range),
  async page(deps, filter, range, after, limit) {
    const page = await deps.storage.ledgerSources.hours(filter, range, after, limit);
    const people = await namesOf(
      deps,
      page.items.map((entry) => entry.volunteerUserId),
    );
    return { rows: page.items.map((entry) => hoursRow(entry, people)), next: page.next };
  },
};

function hoursRow(entry: LedgerEntryRecord, people: Map<string, UserRecord>) {
  return [
    formatShanghai(entry.at, 'YYYY-MM-DD'),
    ledgerPerson(people.get(entry.volunteerUserId)?.name, '志愿者'),
    ledgerText(entry.note),
    // Hours to two decimals, as a number so the sheet can sum it; a correction is negative.
    Math.round((entry.minutes / 60) * 100) / 100,
    ledgerKindLabels[entry.kind],
  ];
}
