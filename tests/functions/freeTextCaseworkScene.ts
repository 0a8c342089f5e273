import type { FunctionName } from '@domain/contract';
import type { TestDeps } from '../support/testDeps';

type Step = (userId: string, fn: FunctionName, action: string, data: object) => Promise<any>;

const COMMITTEE = 'u-committee-chen';
const GRID = 'u-grid-sun';
const STREET = 'u-street-zhou';
const DEPT = 'u-dept-wu';
const PROPERTY = 'u-property-zheng';
const HOUR = 3_600_000;

/** The case roles read every query too: the handlers, the street, the grid worker who checks. */
export const caseworkReaders = [GRID, STREET, DEPT, PROPERTY];

/**
 * The casework function's part of the free-text scene: a grid worker's patrol report (title,
 * description, place) taken through every holder step with the secret in each reason, plan,
 * feedback and check note; a resident's matter dispatched against the table (override reason),
 * returned and re-routed; another dispatched and withdrawn. Returns the ids the queries read.
 */
export async function writeCaseworkSecrets(
  step: Step,
  deps: TestDeps,
  texts: { secret: string; short: string; title: string },
) {
  const { secret, title } = texts;
  const casework = (userId: string, action: string, data: object) => step(userId, 'casework', action, data);
  const later = () => deps.clock.advance(60_000);
  deps.uploads.record('local/scenepatrol1.jpg', GRID);
  deps.uploads.record('local/scenefixed01.jpg', PROPERTY);
  const reported = await casework(GRID, 'report', {
    title,
    description: secret,
    category: 'facilities',
    gridId: 'g-dongmen-1',
    compoundId: 'p-xingfu',
    location: secret,
    photos: ['local/scenepatrol1.jpg'],
  });
  const handled = reported.case.summary.id as string;
  later();
  await casework(PROPERTY, 'accept', { caseId: handled });
  later();
  await casework(PROPERTY, 'requestExtension', { caseId: handled, hours: 6, reason: secret });
  await casework(STREET, 'decideExtension', { caseId: handled, approve: true });
  later();
  const reviewDate = new Date(deps.clock.now() + 30 * 24 * HOUR).toISOString().slice(0, 10);
  await casework(PROPERTY, 'markLongTerm', { caseId: handled, plan: secret, reviewDate });
  later();
  await casework(PROPERTY, 'feedback', { caseId: handled, text: secret, photos: ['local/scenefixed01.jpg'] });
  later();
  await casework(GRID, 'verify', { caseId: handled, outcome: 'sentBack', note: secret });
  later();
  await casework(PROPERTY, 'feedback', { caseId: handled, text: secret, photos: [] });

  const raise = async (author: string, category = 'parking') => {
    const { matter } = await step(author, 'matter', 'raise', { title, body: secret, category });
    await step(COMMITTEE, 'matter', 'moderate', { targetType: 'matter', targetIds: [matter.id], decision: 'approve' });
    later();
    return matter.id as string;
  };
  // Parking goes to the traffic police by the table; the committee sends it to 城管 with a reason.
  const overridden = async (matterId: string) => {
    const holder = { kind: 'department', id: 'dep-chengguan' };
    const { case: detail } = await casework(COMMITTEE, 'dispatch', { matterId, holder, overrideReason: secret });
    later();
    await casework(DEPT, 'return', { caseId: detail.summary.id, reason: secret });
    return detail.summary.id as string;
  };
  const rerouted = await raise('u-resident-li');
  const returned = await overridden(rerouted);
  const next = await casework(STREET, 'reroute', {
    caseId: returned,
    holder: { kind: 'grid', id: 'g-dongmen-1' },
    reason: secret,
  });
  later();
  // One stays returned: the matter's current case carries the override and the return reason.
  const waiting = await raise('u-resident-li');
  const stillReturned = await overridden(waiting);
  const withdrawnMatter = await raise('u-resident-li', 'environment');
  const toWithdraw = await casework(COMMITTEE, 'dispatch', { matterId: withdrawnMatter });
  later();
  await casework(COMMITTEE, 'withdraw', { caseId: toWithdraw.case.summary.id, reason: secret });
  return {
    caseIds: [handled, returned, next.case.summary.id as string, stillReturned, toWithdraw.case.summary.id as string],
    caseMatterIds: [reported.case.matter.id as string, rerouted, waiting, withdrawnMatter],
  };
}

export function caseworkQueryInputs(ids: { caseIds: string[]; caseMatterIds: string[] }): Record<string, object[]> {
  const matters = ids.caseMatterIds.map((matterId) => ({ matterId }));
  return {
    'casework.case': ids.caseIds.map((caseId) => ({ caseId })),
    'casework.forMatter': matters,
    'casework.inbox': ['waiting', 'doing', 'done'].map((tab) => ({ tab })),
    'casework.supervision': [{}],
    'casework.supervisionFilters': [{}],
    'casework.toVerify': [{}],
    'casework.routeSuggestion': matters,
    'casework.routingTable': [{}],
  };
}
