/**
 * 红色代办 as stored with the record made on a resident's behalf (a service order, a 说事 matter, a
 * 民意5来听 booking): who acted, how the resident agreed, and whom to tell.
 */
export interface OnBehalfRecord {
  staffId: string;
  /** Kept with the record so "由XX代办" shows without reading users. */
  staffName: string;
  /** How the resident agreed, in the staff member's words (`本人口头同意`). */
  consent: string;
  /** The resident's name as the staff member wrote it: the only name of one without an account. */
  residentName: string;
  /**
   * A registered resident of the same community told in the resident's place (家属), or null.
   * Records stored before families were kept have none: read them with `withFamily`.
   */
  familyId: string | null;
}

/** A stored on-behalf record as the current shape (records from before `familyId` lack it). */
export function withFamily(stored: Omit<OnBehalfRecord, 'familyId'> & { familyId?: string | null }): OnBehalfRecord {
  return { ...stored, familyId: stored.familyId ?? null };
}
