import { ledgerPerson, ledgerPhone, ledgerText } from '@domain/stats/ledgerMasking';
import { bookingStateLabels, visitModeLabels } from '@domain/visits/views';
import { onBehalfLine } from '@domain/onBehalf';
import type { BookingRecord, SlotRecord } from '../../../ports/visits';
import type { UserRecord } from '../../../ports/storage';
import { namesOf, type LedgerSheet } from './ledgerSheet';

/** 接访登记台账: the bookings and walk-ins of the period's visit days; a cadre's own slots only. */
export const receptionsLedger: LedgerSheet = {
  kind: 'receptions',
  cadreMay: true,
  columns: [
    { header: '日期', width: 12 },
    { header: '时段', width: 12 },
    { header: '方式/地点', width: 24 },
    { header: '民情书记', width: 12 },
    { header: '居民(已脱敏)', width: 16 },
    { header: '联系电话(已脱敏)', width: 16 },
    { header: '事由', width: 40 },
    { header: '到场情况', width: 10 },
  ],
  count: (deps, filter, range) => deps.storage.ledgerSources.countBookings(filter, range),
  async page(deps, filter, range, after, limit) {
    const page = await deps.storage.ledgerSources.bookings(filter, range, after, limit);
    const [slots, people] = await Promise.all([
      deps.storage.slots.findByIds([...new Set(page.items.map((b) => b.slotId))]),
      namesOf(
        deps,
        page.items.map((b) => b.residentId),
      ),
    ]);
    const slotById = new Map(slots.map((slot) => [slot.id, slot]));
    return { rows: page.items.map((b) => receptionRow(b, slotById.get(b.slotId), people)), next: page.next };
  },
};

function receptionRow(booking: BookingRecord, slot: SlotRecord | undefined, people: Map<string, UserRecord>) {
  const resident = booking.residentId
    ? ledgerPerson(people.get(booking.residentId)?.name)
    : `${ledgerPerson(booking.walkInName)}（${booking.onBehalf ? onBehalfLine(booking.onBehalf.staffName) : '现场登记'}）`;
  return [
    booking.date,
    slot ? `${slot.start}-${slot.end}` : '',
    slot ? ledgerText(`${visitModeLabels[slot.mode]}${slot.place ? ` · ${slot.place}` : ''}`) : '',
    ledgerText(slot?.cadreName || '民情书记'),
    resident,
    ledgerPhone(booking.phone),
    ledgerText(booking.topic),
    bookingStateLabels[booking.state],
  ];
}
