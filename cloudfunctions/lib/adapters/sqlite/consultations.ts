import type Database from 'better-sqlite3';
import type { ActionItem } from '@domain/matters/views';
import type { ConsultationRecord, ConsultationRepository } from '../../ports/consultations';

interface ConsultationRow {
  id: string;
  matter_id: string;
  community_id: string;
  scheduled_at: number;
  place: string;
  agenda: string;
  minutes: string;
  actions_json: string;
  outcome: string;
  created_at: number;
  updated_at: number;
}

/** Who is invited, kept as rows in consultation_participants rather than JSON lists. */
const participantKinds = {
  resident: 'invitedResidentIds',
  department: 'departments',
  cadre: 'cadreIds',
} as const;

type ParticipantKind = keyof typeof participantKinds;
type Participants = Pick<ConsultationRecord, (typeof participantKinds)[ParticipantKind]>;

type ConsultationPatch = Parameters<ConsultationRepository['update']>[1];

/** Each patchable field's column and stored form; the SET list is built only from these names. */
const patchColumns: Record<keyof ConsultationPatch, { column: string; encode: (value: unknown) => unknown }> = {
  minutes: { column: 'minutes', encode: (v) => v },
  actions: { column: 'actions_json', encode: (v) => JSON.stringify(v) },
  outcome: { column: 'outcome', encode: (v) => v },
  scheduledAt: { column: 'scheduled_at', encode: (v) => v },
  place: { column: 'place', encode: (v) => v },
  agenda: { column: 'agenda', encode: (v) => v },
};

export function sqliteConsultations(db: Database.Database): ConsultationRepository {
  const insert = db.prepare(
    `INSERT INTO consultations (id, matter_id, community_id, scheduled_at, place, agenda, minutes, actions_json, outcome, created_at, updated_at)
     VALUES (@id, @matterId, @communityId, @scheduledAt, @place, @agenda, @minutes, @actionsJson, @outcome, @createdAt, @updatedAt)`,
  );
  const insertParticipant = db.prepare(
    'INSERT INTO consultation_participants (consultation_id, kind, position, ref) VALUES (?, ?, ?, ?)',
  );
  const participantsOf = db.prepare<[string], { kind: ParticipantKind; ref: string }>(
    'SELECT kind, ref FROM consultation_participants WHERE consultation_id = ? ORDER BY kind, position',
  );
  const byId = db.prepare<[string], ConsultationRow>('SELECT * FROM consultations WHERE id = ?');
  // consultations_by_matter: newest first, the first row is the latest.
  const latestOfMatter = db.prepare<[string], ConsultationRow>(
    'SELECT * FROM consultations WHERE matter_id = ? ORDER BY created_at DESC, id DESC LIMIT 1',
  );

  const createTx = db.transaction((consultation: ConsultationRecord) => {
    insert.run({ ...consultation, actionsJson: JSON.stringify(consultation.actions) });
    for (const kind of Object.keys(participantKinds) as ParticipantKind[]) {
      consultation[participantKinds[kind]].forEach((ref, position) =>
        insertParticipant.run(consultation.id, kind, position, ref),
      );
    }
  });

  function toRecord(row: ConsultationRow): ConsultationRecord {
    return {
      id: row.id,
      matterId: row.matter_id,
      communityId: row.community_id,
      scheduledAt: row.scheduled_at,
      place: row.place,
      agenda: row.agenda,
      ...loadParticipants(row.id),
      minutes: row.minutes,
      actions: JSON.parse(row.actions_json) as ActionItem[],
      outcome: row.outcome,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  function loadParticipants(consultationId: string): Participants {
    const participants: Participants = { invitedResidentIds: [], departments: [], cadreIds: [] };
    for (const { kind, ref } of participantsOf.all(consultationId)) participants[participantKinds[kind]].push(ref);
    return participants;
  }

  return {
    async create(consultation) {
      createTx(consultation);
    },
    async findByMatter(matterId) {
      const row = latestOfMatter.get(matterId);
      return row ? toRecord(row) : null;
    },
    async findById(id) {
      const row = byId.get(id);
      return row ? toRecord(row) : null;
    },
    async update(id, patch, now) {
      const assignments = ['updated_at = @now'];
      const params: Record<string, unknown> = { id, now };
      for (const field of Object.keys(patchColumns) as (keyof ConsultationPatch)[]) {
        if (patch[field] === undefined) continue;
        assignments.push(`${patchColumns[field].column} = @${field}`);
        params[field] = patchColumns[field].encode(patch[field]);
      }
      const sql = `UPDATE consultations SET ${assignments.join(', ')} WHERE id = @id`;
      return db.prepare(sql).run(params).changes === 1;
    },
  };
}
