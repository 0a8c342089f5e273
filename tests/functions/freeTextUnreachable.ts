/** The four first pages of 说事审核 in one answer: each queue holds matters or comments, never both. */
const queueFields = {
  matters: ['author.name', 'body', 'raisedBy.consent', 'raisedBy.line', 'raisedBy.name', 'title'],
  comments: ['author.name', 'body', 'matterTitle'],
};
const otherTarget = { matters: 'comments', comments: 'matters' } as const;
const moderationQueuesUnreachable = (
  [
    ['pendingMatters', 'matters'],
    ['flaggedMatters', 'matters'],
    ['pendingComments', 'comments'],
    ['flaggedComments', 'comments'],
  ] as const
).flatMap(([queue, target]) => [
  ...queueFields[otherTarget[target]].map((field): [string, string] => [
    `matter.moderationQueues:${queue}.${otherTarget[target]}[].${field}`,
    `the ${queue} queue lists ${target} only`,
  ]),
  ...(queue.startsWith('pending')
    ? queueFields[target].map((field): [string, string] => [
        `matter.moderationQueues:${queue}.${target}[].${field}`,
        'the scene leaves nothing waiting for review (its matters and comments are published or flagged)',
      ])
    : []),
]);

/**
 * Free-text fields the scene of freeTextMasking.test.ts cannot fill, each with the reason. They are
 * masked by the same schema as every other free field (tests/domain/textFields.test.ts parses
 * every one of them); the test checks each is a real free field it never saw filled.
 */
export const unreachable = new Map<string, string>([
  ...moderationQueuesUnreachable,
  [
    'casework.forMatter:current.withdrawReason',
    'the current case is an open one: a withdrawn case is a past line, its reason on its own case page',
  ],
  ['account.listAudit:items[].before{}', 'snapshots before a change hold roles and states; after{} quotes words'],
  ['notification.deliveryProblems:items[].userName', 'needs a WeChat send that failed after every retry'],
  [
    'service.myOrders:items[].claimant.name',
    "a resident sees a volunteer's display name (first character + 志愿者): no number fits in it",
  ],
  ['service.orderHall:items[].claimant.name', 'the hall lists only orders nobody has taken'],
  ['service.orderHall:items[].thanks', 'the hall lists only orders nobody has taken, so none is thanked yet'],
  ['service.orderHall:items[].reason', 'reasons are for the order’s parties and the committee, not the hall'],
  ['visit.daySheet:slots[].bookings[].cancelReason', 'the day sheet lists the bookings still standing'],
  ['visit.bookedFor:bookings[].cancelReason', 'the list of bookings made for residents holds standing ones only'],
  ['visit.followUps:records[].followUp.outcome', 'the list holds open follow-ups, which have no outcome yet'],
  ...['committeeWorkbench:overdue.items[].title', 'committeeWorkbench:overdue.items[].department'].map(
    (field): [string, string] => [`home.${field}`, "the scene's escalation is answered before its due date"],
  ),
  ...(['visit.days:days[].myBooking', 'visit.slots:myBooking', 'home.residentOverview:nextBooking'].flatMap(
    (prefix) => [
      [`${prefix}.cancelReason`, 'only a standing booking is shown as mine; a cancelled one is in myVisits'],
      ...['cadreName', 'followUp.note', 'followUp.outcome', 'heard', 'seen', 'solved', 'suggested'].map(
        (field): [string, string] => [
          `${prefix}.record.${field}`,
          'a record is written once the visit happened, when the booking is no longer upcoming',
        ],
      ),
    ],
  ) as [string, string][]),
]);
