import { shanghaiWallClockToMs } from '@domain/time';
import { readXlsx, type ReadSheet } from '../../support/readXlsx';
import { seededBackend, type Caller, type SeededBackend } from '../../support/seededBackend';
import type { EngineName } from '../../support/storages';
import { aConsultation, aMatter, anEntry as aTimelineEntry } from '../../support/builders/matters';
import { anEntry } from '../../support/builders/service';
import { aUser } from '../../support/builders/users';
import { aBooking, aRecord, aSlot } from '../../support/builders/visits';

/** The phone written into every text of the scene: no ledger may carry it whole. */
export const PHONE = '13812345678';
/** Any mobile number written whole, spaced or dashed: what a file must never hold. */
export const WHOLE_PHONE = /1[3-9]\d(?:[\s-]?\d){8}/;

export const COMMITTEE = 'u-committee-chen';
export const OTHER_COMMITTEE = 'u-committee-zhao';
export const CADRE = 'u-cadre-liu';
export const OTHER_CADRE = 'u-cadre-other';
export const STREET = 'u-street-zhou';
export const RESIDENT = 'u-resident-zhang';
export const DONGMEN = 'c-dongmen';
export const XIMEN = 'c-ximen';

/** The last instant of November and the first of December in Shanghai, and the same for January. */
export const NOV_END = shanghaiWallClockToMs('2026-11-30', '23:59') + 59_999;
export const DEC_START = shanghaiWallClockToMs('2026-12-01');
export const DEC_END = shanghaiWallClockToMs('2026-12-31', '23:59') + 59_999;
export const JAN_START = shanghaiWallClockToMs('2027-01-01');
export const DECEMBER = { kind: 'custom', from: '2026-12-01', to: '2026-12-31' } as const;

const said = (words: string) => `${words}，电话${PHONE}`;

/** Residents with phones in their names too: a ledger keeps a name's first character only. */
const PEOPLE = [
  aUser({ id: 'u-led-1', openid: 'o-led-1', name: `孙桂兰${PHONE}`, communityIds: [DONGMEN], communityId: DONGMEN }),
  aUser({ id: 'u-led-2', openid: 'o-led-2', name: '王建华', communityIds: [DONGMEN], communityId: DONGMEN }),
  aUser({ id: OTHER_CADRE, openid: 'o-cadre-other', name: '李书记', role: 'cadre', communityIds: [DONGMEN] }),
];

/**
 * Matters (居民说事) of 东门 at the month boundaries, one of 西门 inside December, one anonymous,
 * one with a consultation and a rating; visit records and bookings of both cadres; hours entries.
 * Every text holds PHONE. Answers the ids expected in December's 东门 ledgers.
 */
export async function seedLedgers(backend: SeededBackend) {
  const { storage } = backend;
  for (const person of PEOPLE) await storage.users.createIfAbsent(person);
  const matter = (id: string, createdAt: number, extra: Parameters<typeof aMatter>[0] = {}) =>
    storage.matters.create(
      aMatter({
        id,
        communityId: DONGMEN,
        authorId: 'u-led-1',
        title: said(`议题${id}`),
        body: said('正文'),
        building: said('3号楼'),
        createdAt,
        updatedAt: createdAt,
        lastActivityAt: createdAt,
        ...extra,
      }),
      aTimelineEntry({ id: `t-${id}`, matterId: id, at: createdAt }),
    );
  await matter('m-nov-end', NOV_END);
  await matter('m-dec-start', DEC_START, { anonymous: true });
  await matter('m-dec-mid', DEC_START + 10 * 86_400_000, {
    rating: { score: 4, comment: said('满意'), at: DEC_END },
    state: 'resolved',
  });
  await matter('m-dec-end', DEC_END, { authorId: 'u-led-2' });
  await matter('m-jan-start', JAN_START);
  await matter('m-ximen', DEC_START + 86_400_000, { communityId: XIMEN });
  await storage.consultations.create(
    aConsultation({
      id: 'q-dec-mid',
      matterId: 'm-dec-mid',
      communityId: DONGMEN,
      scheduledAt: DEC_START + 12 * 86_400_000,
      place: said('红帆驿站'),
      agenda: said('议程'),
      invitedResidentIds: ['u-led-2'],
      departments: [said('物业公司')],
      cadreIds: [CADRE],
      minutes: said('纪要'),
      outcome: said('同意划线'),
      actions: [{ id: 'a1', description: said('划停车位'), owner: said('物业'), dueDate: '2026-12-20', state: 'done' }],
    }),
  );

  const slot = (id: string, cadreId: string, date: string, communityId = DONGMEN) =>
    storage.slots.create(
      aSlot({
        id,
        communityId,
        cadreId,
        cadreName: cadreId === CADRE ? '刘建国' : '李书记',
        date,
        place: said('驿站'),
      }),
    );
  await slot('s-nov', CADRE, '2026-11-30');
  await slot('s-dec-1', CADRE, '2026-12-01');
  await slot('s-dec-31', OTHER_CADRE, '2026-12-31');
  await slot('s-jan', CADRE, '2027-01-01');
  await slot('s-ximen', CADRE, '2026-12-15', XIMEN);
  const booking = async (
    id: string,
    slotId: string,
    date: string,
    communityId = DONGMEN,
    residentId: string | null = 'u-led-1',
  ) => {
    const record = aBooking({
      id,
      slotId,
      communityId,
      residentId,
      walkInName: residentId ? '' : `赵大爷${PHONE}`,
      date,
      topic: said('反映停车'),
      address: said('3号楼'),
      phone: PHONE,
      state: 'booked',
    });
    if (residentId) await storage.bookings.book(record, { waitlist: true });
    else await storage.bookings.addWalkIn({ ...record, state: 'attended' }, { overCapacity: true });
  };
  await booking('b-nov', 's-nov', '2026-11-30');
  await booking('b-dec-1', 's-dec-1', '2026-12-01');
  await booking('b-dec-1-walkin', 's-dec-1', '2026-12-01', DONGMEN, null);
  await booking('b-dec-31', 's-dec-31', '2026-12-31', DONGMEN, 'u-led-2');
  await booking('b-jan', 's-jan', '2027-01-01');
  await booking('b-ximen', 's-ximen', '2026-12-15', XIMEN);

  const visit = (id: string, bookingId: string, slotId: string, cadreId: string, date: string, communityId = DONGMEN) =>
    storage.visitRecords.save(
      aRecord({
        id,
        bookingId,
        slotId,
        cadreId,
        communityId,
        residentId: 'u-led-1',
        date,
        seen: said('察'),
        heard: said('听'),
        solved: said('解'),
        suggested: said('汇'),
        followUp: {
          dueDate: '2026-12-10',
          note: said('跟进'),
          state: 'closed',
          outcome: said('办结'),
          closedAt: DEC_END,
        },
      }),
    );
  await visit('r-nov', 'b-nov', 's-nov', CADRE, '2026-11-30');
  await visit('r-dec-1', 'b-dec-1', 's-dec-1', CADRE, '2026-12-01');
  await visit('r-dec-31', 'b-dec-31', 's-dec-31', OTHER_CADRE, '2026-12-31');
  await visit('r-jan', 'b-jan', 's-jan', CADRE, '2027-01-01');
  await visit('r-ximen', 'b-ximen', 's-ximen', CADRE, '2026-12-15', XIMEN);

  const hours = (id: string, at: number, communityId = DONGMEN) =>
    storage.hoursLedger.append(
      anEntry({ id, volunteerUserId: 'u-led-2', communityId, at, minutes: 90, note: said('代办证件'), refId: null }),
    );
  await hours('h-nov', NOV_END);
  await hours('h-dec-start', DEC_START);
  await hours('h-dec-end', DEC_END);
  await hours('h-jan', JAN_START);
  await hours('h-ximen', DEC_START, XIMEN);

  return {
    matters: ['m-dec-start', 'm-dec-mid', 'm-dec-end'],
    visitDiary: ['2026-12-01', '2026-12-31'],
    receptions: ['b-dec-1', 'b-dec-1-walkin', 'b-dec-31'],
    hours: 2,
  };
}

/** The backend on the engine with the demo seed and the ledgers' scene, its clock in January 2027. */
export async function ledgerBackend(engine: EngineName) {
  const backend = await seededBackend({ engine });
  const expected = await seedLedgers(backend);
  backend.deps.clock.advance(JAN_START + 9 * 86_400_000 - backend.deps.clock.now());
  return { backend, expected };
}

export interface OpenedLedger {
  job: any;
  sheet: ReadSheet;
  /** Every part of the file, markup included. */
  text: string;
  fileName: string;
  userId: string;
}

/** The saved file of a done job, opened with a spreadsheet reader (two title rows, then the header). */
export function openLedger(backend: SeededBackend, job: any): OpenedLedger {
  const saved = backend.deps.exportFiles.saved.get(job.url);
  if (!saved) throw new Error(`no file saved at ${job.url}`);
  const book = readXlsx(saved.bytes, { titleRows: 2 });
  const sheet = book.sheets[book.sheetNames[0]];
  return { job, sheet, text: Object.values(book.parts).join('\n'), fileName: saved.fileName, userId: saved.userId };
}

/** Asks for the export, then polls the job (as its owner) until it is done or failed. */
export async function exportLedger(backend: SeededBackend, caller: Caller, input: object): Promise<any> {
  let { job } = await backend.act('stats', caller, 'exportLedger', input);
  for (let polls = 0; polls < 50 && job.state !== 'done' && job.state !== 'failed'; polls += 1) {
    ({ job } = await backend.act('stats', caller, 'exportJob', { jobId: job.id }));
  }
  return job;
}
