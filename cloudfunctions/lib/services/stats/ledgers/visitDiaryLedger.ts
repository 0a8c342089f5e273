import { ledgerPerson, ledgerText } from '@domain/stats/ledgerMasking';
import { visitModeLabels } from '@domain/visits/views';
import type { SlotRecord } from '../../../ports/visits';
import type { VisitRecordRecord } from '../../../ports/visitRecords';
import type { UserRecord } from '../../../ports/storage';
import { namesOf, type LedgerSheet } from './ledgerSheet';

/** 民情日记台账: the visit records of the period's visit days, by day; a cadre's own only. */
export const visitDiaryLedger: LedgerSheet = {
  kind: 'visitDiary',
  cadreMay: true,
  columns: [
    { header: '日期', width: 12 },
    { header: '民情书记', width: 12 },
    { header: '居民(已脱敏)', width: 14 },
    { header: '方式', width: 10 },
    { header: '察民情', width: 30 },
    { header: '听民意', width: 30 },
    { header: '解民忧', width: 30 },
    { header: '汇民智', width: 30 },
    { header: '跟进事项', width: 30 },
    { header: '办结情况', width: 24 },
  ],
  count: (deps, filter, range) => deps.storage.ledgerSources.countVisitRecords(filter, range),
  async page(deps, filter, range, after, limit) {
    const page = await deps.storage.ledgerSources.visitRecords(filter, range, after, limit);
    const [slots, people] = await Promise.all([
      deps.storage.slots.findByIds([...new Set(page.items.map((r) => r.slotId))]),
      namesOf(
        deps,
        page.items.flatMap((r) => [r.residentId, r.cadreId]),
      ),
    ]);
    const slotById = new Map(slots.map((slot) => [slot.id, slot]));
    return { rows: page.items.map((r) => diaryRow(r, slotById.get(r.slotId), people)), next: page.next };
  },
};

function diaryRow(record: VisitRecordRecord, slot: SlotRecord | undefined, people: Map<string, UserRecord>) {
  const cadre = people.get(record.cadreId)?.name || slot?.cadreName || '民情书记';
  return [
    record.date,
    ledgerText(cadre),
    record.residentId ? ledgerPerson(people.get(record.residentId)?.name) : '现场登记居民',
    slot ? visitModeLabels[slot.mode] : '',
    ledgerText(record.seen),
    ledgerText(record.heard),
    ledgerText(record.solved),
    ledgerText(record.suggested),
    record.followUp ? ledgerText(`${record.followUp.note}（${record.followUp.dueDate}前）`) : '无',
    ledgerText(settled(record)),
  ];
}

function settled(record: VisitRecordRecord): string {
  const followUp = record.followUp;
  const state = !followUp
    ? '无需跟进'
    : followUp.state === 'closed'
      ? `已办结${followUp.outcome ? `：${followUp.outcome}` : ''}`
      : '跟进中';
  return record.matterId ? `${state}（已转为说事）` : state;
}
