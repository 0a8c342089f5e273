import type { VisitDayMoveRecord, VisitDayMoveRepository } from '../../ports/visits';
import type { CollectionNames } from './collections';
import { succeeded, type CloudbaseDb, type StoredDocument } from './database';
import { fetchAllMatching } from './keysetPages';

/**
 * A moved visit day as stored. `_id` = `communityId:originalDate`: one move per community per
 * visit day by `_id` uniqueness, and moving the day again replaces the document in one write.
 */
type VisitDayMoveDocument = VisitDayMoveRecord & { _id: string };

export function visitDayMoveId(communityId: string, originalDate: string): string {
  return `${communityId}:${originalDate}`;
}

function toVisitDayMoveRecord(stored: StoredDocument): VisitDayMoveRecord {
  const document = stored as unknown as VisitDayMoveDocument;
  return {
    communityId: document.communityId,
    originalDate: document.originalDate,
    movedTo: document.movedTo,
    reason: document.reason,
    movedBy: document.movedBy,
    createdAt: document.createdAt,
  };
}

function byOriginalDate(a: VisitDayMoveRecord, b: VisitDayMoveRecord): number {
  return a.originalDate < b.originalDate ? -1 : a.originalDate > b.originalDate ? 1 : 0;
}

export function createVisitDayMoveRepository(db: CloudbaseDb, names: CollectionNames): VisitDayMoveRepository {
  const _ = db.command;
  const moves = () => db.collection(names.visitDayMoves);

  return {
    async save(move) {
      // set() replaces the whole document, or inserts it under this _id: an upsert in one write.
      const { communityId, originalDate, movedTo, reason, movedBy, createdAt } = move;
      const reply = await moves()
        .doc(visitDayMoveId(communityId, originalDate))
        .set({ communityId, originalDate, movedTo, reason, movedBy, createdAt });
      succeeded(reply, 'visitDayMoves.save');
    },

    async listForCommunity(communityId, from, to) {
      const rows = await fetchAllMatching(moves(), _, {
        conditions: [
          { communityId },
          _.or({ originalDate: _.and(_.gte(from), _.lte(to)) }, { movedTo: _.and(_.gte(from), _.lte(to)) }),
        ],
        sortField: 'createdAt',
        idField: '_id',
        direction: 'asc',
        operation: 'visitDayMoves.listForCommunity',
      });
      return rows.map(toVisitDayMoveRecord).sort(byOriginalDate);
    },
  };
}
