import type { ConsultationRecord, ConsultationRepository } from '../../ports/consultations';
import { countOf, findDocumentById, insertNew, rowsOf, type CloudbaseDb, type StoredDocument } from './database';

/** A consultation as stored: `_id` is its id. */
type ConsultationDocument = Omit<ConsultationRecord, 'id'> & { _id: string };

function toDocument(consultation: ConsultationRecord): ConsultationDocument {
  const { id, ...fields } = consultation;
  return { _id: id, ...fields };
}

export function toConsultationRecord(stored: StoredDocument): ConsultationRecord {
  const document = stored as unknown as ConsultationDocument;
  return {
    id: document._id,
    matterId: document.matterId,
    communityId: document.communityId,
    scheduledAt: document.scheduledAt,
    place: document.place,
    agenda: document.agenda,
    invitedResidentIds: document.invitedResidentIds,
    departments: document.departments,
    cadreIds: document.cadreIds,
    minutes: document.minutes,
    actions: document.actions,
    outcome: document.outcome,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
  };
}

export function createConsultationRepository(db: CloudbaseDb, collectionName: string): ConsultationRepository {
  const consultations = () => db.collection(collectionName);

  return {
    async create(consultation) {
      await insertNew(consultations(), toDocument(consultation), 'consultations.create');
    },

    async findByMatter(matterId) {
      const reply = await consultations()
        .where({ matterId })
        .orderBy('createdAt', 'desc')
        .orderBy('_id', 'desc')
        .limit(1)
        .get();
      const [latest] = rowsOf(reply, 'consultations.findByMatter');
      return latest ? toConsultationRecord(latest) : null;
    },

    async findById(id) {
      const stored = await findDocumentById(consultations(), id, 'consultations.findById');
      return stored ? toConsultationRecord(stored) : null;
    },

    async update(id, patch, now) {
      const changes: Record<string, unknown> = { updatedAt: now };
      // Only texts, a time and the action list: the update serializer writes arrays whole (it
      // flattens plain objects only), so no field here needs `_.set`.
      for (const [field, value] of Object.entries(patch) as [string, unknown][]) {
        if (value !== undefined) changes[field] = value;
      }
      const reply = await consultations().doc(id).update(changes);
      if (countOf(reply, 'updated', 'consultations.update') === 1) return true;
      // 0 may also mean "stored with these very values already" (MongoDB's nModified).
      return (await findDocumentById(consultations(), id, 'consultations.update')) !== null;
    },
  };
}
