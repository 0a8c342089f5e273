import { aConsultation } from '../../support/builders/matters';
import type { ConsultationRepository } from '../../../cloudfunctions/lib/ports/consultations';
import { matterSteps, type MattersStorage } from './mattersFixtures';

/**
 * Consultations (协商会) of a matter. Part of the 居民说事 storage contract (mattersContract.ts): called
 * inside its describe, with the storage its beforeEach opened.
 */
export function describeConsultationsContract(current: () => MattersStorage): void {
  const { createMatter } = matterSteps(current);
  let consultations: ConsultationRepository;
  beforeEach(() => {
    ({ consultations } = current());
  });

  describe('consultations', () => {
    beforeEach(async () => {
      await createMatter({ id: 'm1' });
      await createMatter({ id: 'm2' });
    });

    it('round-trips a consultation and finds the latest one of a matter', async () => {
      const first = aConsultation({ id: 'q-b', createdAt: 1000, scheduledAt: 9000 });
      const latest = aConsultation({
        id: 'q-a',
        createdAt: 2000,
        scheduledAt: 8000,
        invitedResidentIds: [],
        departments: [],
        cadreIds: [],
        actions: [],
      });
      const other = aConsultation({ id: 'q-c', matterId: 'm2', createdAt: 3000 });
      for (const c of [first, latest, other]) await consultations.create(c);
      expect(await consultations.findById('q-b')).toEqual(first);
      expect(await consultations.findById('q-a')).toEqual(latest);
      expect(await consultations.findById('missing')).toBeNull();
      expect(await consultations.findByMatter('m1')).toEqual(latest);
      expect(await consultations.findByMatter('m2')).toEqual(other);
      expect(await consultations.findByMatter('m-none')).toBeNull();
    });

    it('updates minutes, actions and outcome, keeping the rest, and is false for an unknown one', async () => {
      const before = aConsultation({ id: 'q1' });
      await consultations.create(before);
      const actions = [
        {
          id: 'a1',
          description: '重新划定停车位',
          owner: '物业公司',
          dueDate: '2025-06-30',
          state: 'doing' as const,
        },
        { id: 'a2', description: '增设充电桩', owner: '社区居委会', dueDate: '2025-07-15', state: 'todo' as const },
      ];
      const patch = { minutes: '居民代表12人参加', actions, outcome: '达成一致', place: '社区会议室' };
      expect(await consultations.update('q1', patch, 5000)).toBe(true);
      expect(await consultations.findById('q1')).toEqual({ ...before, ...patch, updatedAt: 5000 });
      expect(await consultations.update('q1', { scheduledAt: 7000, agenda: '改期' }, 6000)).toBe(true);
      expect(await consultations.findById('q1')).toEqual({
        ...before,
        ...patch,
        scheduledAt: 7000,
        agenda: '改期',
        updatedAt: 6000,
      });
      expect(await consultations.update('missing', { outcome: 'x' }, 5000)).toBe(false);
    });
  });
}
