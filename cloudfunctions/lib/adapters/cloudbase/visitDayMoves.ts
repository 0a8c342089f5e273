import type { VisitDayMoveRecord, VisitDayMoveRepository } from '../../ports/visits';
import type { CollectionNames } from './collections';
import { rowsOf, succeeded, type CloudbaseDb, type StoredDocument } from './database';
import { fetchAllMatching } from './keysetPages';
import { toCommunity } from './places';

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

/** Whether the move's original or new date falls in [from, to], as listForCommunity's query asks. */
function touches(move: VisitDayMoveRecord, from: string, to: string): boolean {
  const inRange = (date: string) => date >= from && date <= to;
  return inRange(move.originalDate) || inRange(move.movedTo);
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

    /**
     * One aggregate: the community's document joined with every move of the community (a few a
     * year, by the communityId index), filtered to the range here. A `get()` each would be two
     * requests for what every booking reads.
     */
    async withCommunity(communityId, from, to) {
      const operation = 'visitDayMoves.withCommunity';
      const reply = await db
        .collection(names.communities)
        .aggregate()
        .match({ _id: communityId })
        .lookup({ from: names.visitDayMoves, localField: '_id', foreignField: 'communityId', as: 'visitDayMoves' })
        .end();
      const [stored] = rowsOf(reply, operation);
      if (!stored) return { community: null, moves: [] };
      const joined = (stored.visitDayMoves ?? []) as StoredDocument[];
      const moves = joined.map(toVisitDayMoveRecord).filter((m) => touches(m, from, to));
      return { community: toCommunity(stored), moves: moves.sort(byOriginalDate) };
    },
  };
}
