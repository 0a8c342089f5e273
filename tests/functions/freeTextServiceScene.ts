import type { TestDeps } from '../support/testDeps';

type Step = (userId: string, fn: 'service', action: string, data: object) => Promise<any>;

const COMMITTEE = 'u-committee-chen';
const VOLUNTEER = 'u-resident-li';
const RESIDENT = 'u-resident-zhang';
const DAY = 86_400_000;

/** 张桂兰's phone on her service orders, and who may read it: herself, the volunteer who took them, the committee. */
export const ORDER_PHONE = '13805375555';
export const orderContactReaders = new Set([RESIDENT, VOLUNTEER, COMMITTEE]);

/**
 * The service function's part of the free-text scene: every free-text input of its commands
 * (menu, team and station names, a volunteer's report, an order's details, every reason, thanks,
 * a 红色代办 resident's name and consent, honour hours' reason and evidence) filled with the secret.
 */
export async function writeServiceSecrets(step: Step, deps: TestDeps, texts: { secret: string; short: string }) {
  const { secret, short } = texts;
  const service = (userId: string, action: string, data: object) => step(userId, 'service', action, data);
  await service(COMMITTEE, 'adoptStarterMenu', {});
  const { team } = await service(COMMITTEE, 'saveTeam', { name: short });
  const { item } = await service(COMMITTEE, 'saveServiceItem', {
    name: short,
    description: secret,
    category: 'other',
    takenBy: 'team',
    takerId: team.id,
    responseHours: 24,
    standardMinutes: 60,
  });
  const { station } = await service(COMMITTEE, 'saveStation', {
    name: short,
    address: secret,
    openingHours: short,
    itemIds: [item.id],
  });
  const { volunteer } = await service(VOLUNTEER, 'reportVolunteer', {
    partyMember: true,
    workUnit: short,
    skills: secret,
    availability: short,
    categories: ['other'],
  });
  await service(COMMITTEE, 'reviewVolunteer', { volunteerId: volunteer.id, decision: 'approve', teamId: team.id });
  const activityIds = await writeActivitySecrets(service, deps, station.id, texts);
  const { volunteer: returned } = await service('u-resident-wang', 'reportVolunteer', {
    partyMember: false,
    skills: secret,
    categories: ['care'],
  });
  await service('u-committee-zhao', 'reviewVolunteer', {
    volunteerId: returned.id,
    decision: 'return',
    reason: secret,
  });

  const wanted = new Date(deps.clock.now() + 2 * DAY).toISOString().slice(0, 10);
  const fields = {
    itemId: item.id,
    details: secret,
    wantedDate: wanted,
    wantedPeriod: 'any',
    address: '幸福小区3号楼2单元501',
    contactPhone: ORDER_PHONE,
  };
  const place = async () => (await service(RESIDENT, 'placeOrder', fields)).order;
  const disputed = await place();
  for (const action of ['claimOrder', 'startOrder', 'finishOrder'])
    await service(VOLUNTEER, action, { orderId: disputed.id });
  await service(RESIDENT, 'disputeOrder', { orderId: disputed.id, reason: secret });
  const released = await place();
  await service(VOLUNTEER, 'claimOrder', { orderId: released.id });
  await service(VOLUNTEER, 'releaseOrder', { orderId: released.id, reason: secret });
  const thanked = await place();
  for (const action of ['claimOrder', 'startOrder', 'finishOrder'])
    await service(VOLUNTEER, action, { orderId: thanked.id });
  await service(RESIDENT, 'confirmOrder', { orderId: thanked.id, rating: 5, thanks: secret });
  const cancelled = await place();
  await service(RESIDENT, 'cancelOrder', { orderId: cancelled.id, reason: secret });
  const { order: onBehalf } = await service(COMMITTEE, 'placeOrderFor', {
    ...fields,
    residentId: null,
    residentName: short,
    consent: secret,
    // Her family member's name (chosen by them) shows on the order as the family told.
    familyId: RESIDENT,
  });
  await service(VOLUNTEER, 'claimOrder', { orderId: onBehalf.id });
  const { order: forZhang } = await service(COMMITTEE, 'placeOrderFor', {
    ...fields,
    residentId: RESIDENT,
    residentName: short,
    consent: secret,
    familyId: VOLUNTEER,
  });
  const settled = await place();
  for (const action of ['claimOrder', 'startOrder', 'finishOrder'])
    await service(VOLUNTEER, action, { orderId: settled.id });
  await service(RESIDENT, 'disputeOrder', { orderId: settled.id, reason: secret });
  await service(COMMITTEE, 'settleOrder', { orderId: settled.id, outcome: 'confirmed', reason: secret });
  await service(COMMITTEE, 'addHonourHours', {
    volunteerUserId: VOLUNTEER,
    minutes: 60,
    reason: secret,
    evidence: secret,
  });
  return {
    orderIds: [disputed.id, released.id, thanked.id, cancelled.id, onBehalf.id, forZhang.id, settled.id],
    activityIds,
  };
}

/** 志愿活动: one held at the station (李明 signed up), one cancelled with a reason, every text the secret. */
async function writeActivitySecrets(
  service: (userId: string, action: string, data: object) => Promise<any>,
  deps: TestDeps,
  stationId: string,
  texts: { secret: string; short: string },
): Promise<string[]> {
  const startAt = deps.clock.now() + 2 * DAY;
  const fields = {
    title: texts.short,
    description: texts.secret,
    place: texts.secret,
    startAt,
    endAt: startAt + DAY / 12,
    signUpClosesAt: startAt - DAY / 24,
    headcount: 5,
  };
  const { activity: held } = await service(COMMITTEE, 'publishActivity', { ...fields, stationId });
  await service(VOLUNTEER, 'signUpActivity', { activityId: held.id });
  const { activity: called } = await service(COMMITTEE, 'publishActivity', { ...fields, stationId: null });
  await service(VOLUNTEER, 'signUpActivity', { activityId: called.id });
  await service(COMMITTEE, 'cancelActivity', { activityId: called.id, reason: texts.secret });
  return [held.id, called.id];
}

/** The inputs each service query is read with. */
export function serviceQueryInputs(
  ids: { orderIds: string[]; activityIds: string[] },
  search: string,
): Record<string, object[]> {
  const activities = ids.activityIds.map((activityId) => ({ activityId }));
  return {
    'service.activities': [{}, { when: 'past' }],
    'service.activity': activities,
    'service.activityCode': activities,
    'service.activityRoster': activities,
    'service.catalogue': [{}],
    'service.order': ids.orderIds.map((orderId) => ({ orderId })),
    'service.myOrders': [{}],
    'service.orderHall': [{}],
    'service.myClaims': [{}],
    'service.communityOrders': [{}],
    'service.volunteers': [{}],
    'service.hours': [{}, { volunteerUserId: VOLUNTEER }],
    'service.serviceSetup': [{}],
    'service.findResidents': [{ search }],
  };
}
