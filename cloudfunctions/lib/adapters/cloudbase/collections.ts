import { isDuplicateWrite, succeeded, type CloudbaseDb } from './database';

/** Every collection name starts with this, so the app's data is easy to tell apart in the console. */
export const DEFAULT_COLLECTION_PREFIX = 'mq_';

export interface CollectionNames {
  users: string;
  districts: string;
  streets: string;
  communities: string;
  grids: string;
  compounds: string;
  /** 区直部门 (`_id` = the department id). */
  departments: string;
  /** 物业服务企业 (`_id` = the company id), with the ids of the compounds each manages. */
  propertyCompanies: string;
  audit: string;
  idempotency: string;
  matters: string;
  /** One document per resident per matter (`_id` = `matterId:userId`), so the pair is unique. */
  supports: string;
  follows: string;
  flags: string;
  comments: string;
  /** One document per user per comment (`_id` = `commentId:userId`). */
  commentFlags: string;
  consultations: string;
  /** Image-check trace ids (`_id` = WeChat's trace id) and the photo each is about. */
  photoChecks: string;
  /** Visit slots; `remaining` (capacity - seatsTaken) is what a seat is taken from, conditionally. */
  slots: string;
  bookings: string;
  /**
   * One document per resident per visit day holding an active booking (`_id` = `residentId:date`),
   * so "one active booking per resident per day" rests on `_id` uniqueness.
   */
  activeBookings: string;
  /** 民情日记, one per booking. */
  visitRecords: string;
  /** A community's moved visit days (`_id` = `communityId:originalDate`). */
  visitDayMoves: string;
  /** 消息: one document per inbox entry (`_id` = the entry's deterministic id). */
  inbox: string;
  /** Subscribe messages waiting, sent or failed (`_id` = the row's deterministic id). */
  outbox: string;
  /** The hourly digest gate, one document per digest key (`_id` = the key). */
  digests: string;
  /** Consent credits, one document per user per template (`_id` = `userId:templateId`). */
  subscriptions: string;
  /** When each timer job last ran (`_id` = the job name). */
  jobRuns: string;
  /** Data exports kept in cloud storage and until when (`_id` = the export's random folder), for the nightly clean-up. */
  exports: string;
  /** 双报到 reports (`_id` = `communityId:userId`): one per person per community. */
  volunteers: string;
  volunteerTeams: string;
  /** The community's service menu (群众点单), one document per item. */
  serviceItems: string;
  /** 红帆驿站. */
  stations: string;
  /** Service orders (`_id` = the order id); a claim is a conditional update of this one document. */
  serviceOrders: string;
  /** Volunteer hours, append-only (`_id` = the entry's deterministic id: a retry appends once). */
  hoursLedger: string;
  /** 志愿活动 (`_id` = the activity id): its seat holders and waitlist live on it (activityDocuments.ts). */
  activities: string;
  /** Sign-in and sign-out of each sign-up (`_id` = `activityId:userId`). */
  activitySignUps: string;
  /** 街呼区应 cases (`_id` = the case id); an accept is a conditional update of this one document. */
  cases: string;
  /**
   * One document per matter with an open case (`_id` = the matter id, holding the case id): of two
   * concurrent dispatches of one matter one inserts it, so the matter has one open case.
   */
  openCases: string;
  /**
   * 街呼区应 routing: one document per street (`_id` = the street id) with its rules and SLA
   * classes in two maps; a street's table is tens of rules, read whole by each dispatch.
   */
  routingTables: string;
  /** Ledger exports (`_id` = the job id, derived from the request id); a step is a conditional update. */
  exportJobs: string;
  /** A job's chunks of rows (`_id` = `jobId:step`): the first insert of a step is the one kept. */
  exportChunks: string;
}

export type CollectionKey = keyof CollectionNames;

/** Names without the prefix. One collection per place level, so ids of different levels never collide. */
const BASE_NAMES: CollectionNames = {
  users: 'users',
  districts: 'districts',
  streets: 'streets',
  communities: 'communities',
  grids: 'grids',
  compounds: 'compounds',
  departments: 'departments',
  propertyCompanies: 'property_companies',
  audit: 'audit',
  idempotency: 'idempotency',
  matters: 'matters',
  supports: 'supports',
  follows: 'follows',
  flags: 'flags',
  comments: 'comments',
  commentFlags: 'commentFlags',
  consultations: 'consultations',
  photoChecks: 'photoChecks',
  slots: 'slots',
  bookings: 'bookings',
  activeBookings: 'activeBookings',
  visitRecords: 'visitRecords',
  visitDayMoves: 'visitDayMoves',
  inbox: 'inbox',
  outbox: 'outbox',
  digests: 'digests',
  subscriptions: 'subscriptions',
  jobRuns: 'jobRuns',
  exports: 'exports',
  volunteers: 'volunteers',
  volunteerTeams: 'volunteerTeams',
  serviceItems: 'serviceItems',
  stations: 'stations',
  serviceOrders: 'serviceOrders',
  hoursLedger: 'hoursLedger',
  activities: 'activities',
  activitySignUps: 'activitySignUps',
  cases: 'cases',
  openCases: 'openCases',
  routingTables: 'routingTables',
  exportJobs: 'exportJobs',
  exportChunks: 'exportChunks',
};

/** The collection names for a prefix (`mq_users`, ...). Tests pass their own prefix. */
export function collectionNames(prefix: string = DEFAULT_COLLECTION_PREFIX): CollectionNames {
  const names = {} as CollectionNames;
  for (const key of Object.keys(BASE_NAMES) as CollectionKey[]) {
    names[key] = `${prefix}${BASE_NAMES[key]}`;
  }
  return names;
}

/**
 * Creates the collections that do not exist yet. CloudBase refuses reads and writes on a missing
 * collection, so a new environment needs this once (the deploy script or a first-run step);
 * calling it again is harmless. Indexes and the admin-only permission are set separately: see
 * `indexes.ts`.
 */
export async function ensureCloudbaseCollections(db: CloudbaseDb, options: { prefix?: string } = {}): Promise<void> {
  const names = Object.values(collectionNames(options.prefix));
  await Promise.all(names.map((name) => ensureCollection(db, name)));
}

async function ensureCollection(db: CloudbaseDb, name: string): Promise<void> {
  try {
    succeeded(await db.createCollection(name), `createCollection ${name}`);
  } catch (creationError) {
    // The "already exists" code is not documented, so instead of matching it, check whether the
    // collection answers a query; if it does, it exists and the failure was only that.
    if (isDuplicateWrite(creationError) || (await collectionAnswers(db, name))) return;
    throw creationError;
  }
}

async function collectionAnswers(db: CloudbaseDb, name: string): Promise<boolean> {
  try {
    succeeded(await db.collection(name).count(), `count ${name}`);
    return true;
  } catch {
    return false;
  }
}
