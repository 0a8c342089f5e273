import { caseActions } from '@domain/casework';
import type { CaseDetail, CaseSummary } from '@domain/casework/views';
import type { Directory } from '@domain/places';
import type { Deps } from '../../deps';
import type { CaseRecord } from '../../ports/casework';
import type { MatterRecord, TimelineRecord } from '../../ports/matters';
import { photosFor } from '../matters/present';
import { viewerOf } from '../matters/viewer';
import { type CaseParty, tableActions } from './access';
import { communityName, holderName, holderView, placeLine, placeName } from './bodies';
import { guardAllows, overdue, returnDeadlineOf } from './clock';

/** The matter's transitions the case loop writes: the case page's events. */
export const caseTransitionNames: readonly string[] = ['escalate', 'caseHandoff', 'caseVerified', 'caseWithdrawn'];

/** One line of a case list. `title` is the matter's (already masked when it was published). */
export function caseSummary(directory: Directory, record: CaseRecord, title: string, now: number): CaseSummary {
  return {
    id: record.id,
    matterId: record.matterId,
    title,
    category: record.category,
    communityId: record.communityId,
    communityName: communityName(directory, record.communityId),
    placeName: placeName(directory, record),
    holder: holderView(directory, record.holder),
    state: record.state,
    slaClass: record.slaClass,
    dispatchedAt: record.dispatchedAt,
    dueAt: record.dueAt,
    overdue: overdue(record, now),
    extensionPending: record.extension?.decision === 'pending',
  };
}

/** The summaries of a page of cases, their matters read in one call. */
export async function caseSummaries(deps: Deps, records: readonly CaseRecord[]): Promise<CaseSummary[]> {
  if (records.length === 0) return [];
  const [directory, matters] = await Promise.all([
    deps.storage.places.directory(),
    deps.storage.matters.findByIds([...new Set(records.map((r) => r.matterId))]),
  ]);
  const titles = new Map(matters.map((m) => [m.id, m.title]));
  const now = deps.clock.now();
  return records.map((record) => caseSummary(directory, record, titles.get(record.matterId) ?? '', now));
}

/** The first dispatch of the chain this case ends (re-routes link each case to the one it replaced). */
function chainStart(record: CaseRecord, ofMatter: readonly CaseRecord[]): number {
  const byId = new Map(ofMatter.map((c) => [c.id, c]));
  let first = record;
  for (let previous = byId.get(first.previousCaseId ?? ''); previous; previous = byId.get(first.previousCaseId ?? '')) {
    first = previous;
  }
  return first.dispatchedAt;
}

export interface CaseDetailParts {
  party: CaseParty;
  record: CaseRecord;
  matter: MatterRecord;
  directory: Directory;
  timeline: readonly TimelineRecord[];
  ofMatter: readonly CaseRecord[];
}

export function caseDetailOf(deps: Deps, parts: CaseDetailParts): CaseDetail {
  const { party, record, matter, directory } = parts;
  const now = deps.clock.now();
  const since = chainStart(record, parts.ofMatter);
  const allowed = new Set(tableActions(party, record).filter((action) => guardAllows(record, action, now)));
  return {
    summary: caseSummary(directory, record, matter.title, now),
    matter: {
      id: matter.id,
      title: matter.title,
      description: matter.body,
      state: matter.state,
      photos: photosFor(deps, viewerOf(party.user), matter),
      placeLine: placeLine(directory, record),
    },
    override: record.override
      ? { routedTo: holderName(directory, record.override.routed), reason: record.override.reason }
      : null,
    returnReason: record.returnReason,
    returnDeadline: returnDeadlineOf(record),
    extension: record.extension
      ? {
          hours: record.extension.hours,
          reason: record.extension.reason,
          requestedAt: record.extension.requestedAt,
          decision: record.extension.decision,
          decidedAt: record.extension.decidedAt,
        }
      : null,
    longTerm: record.longTerm,
    feedback: record.feedback
      ? {
          text: record.feedback.text,
          photos: record.feedback.photoIds.map((fileId) => ({ fileId, url: deps.files.urlFor(fileId) })),
          at: record.feedback.at,
        }
      : null,
    verification: record.verification
      ? { outcome: record.verification.outcome, note: record.verification.note, at: record.verification.at }
      : null,
    withdrawReason: record.withdrawReason,
    events: parts.timeline
      .filter((entry) => caseTransitionNames.includes(entry.transition) && entry.at >= since)
      .map((entry) => ({ at: entry.at, text: entry.note })),
    actions: caseActions.filter((action) => allowed.has(action)),
  };
}

/**
 * Reads what a case page needs besides the case: its matter, the directory, the timeline, the chain.
 * A step that already read the directory passes it: on CloudBase it is several requests.
 */
export async function caseDetail(
  deps: Deps,
  party: CaseParty,
  record: CaseRecord,
  known?: Directory,
): Promise<CaseDetail> {
  const [matter, directory, ofMatter] = await Promise.all([
    deps.storage.matters.findById(record.matterId),
    known ?? deps.storage.places.directory(),
    deps.storage.cases.listForMatter(record.matterId),
  ]);
  if (!matter) throw new Error(`case ${record.id} has no matter ${record.matterId}`);
  const timeline = await deps.storage.matters.timeline(matter.id, matter);
  return caseDetailOf(deps, { party, record, matter, directory, timeline, ofMatter });
}
