/**
 * The contract input fields (`function.action:path`) that carry each datum of the registry.
 * tests/domain/privacyRegistry.test.ts fails when a command input that holds personal data is not
 * listed here, so the privacy guide cannot miss a new field. Only tests read this file.
 */
export const personalDataFields: Record<string, readonly string[]> = {
  name: ['account.updateProfile:name', 'visit.addWalkIn:name'],
  // The code is WeChat's one-time reference to the number it vouches for.
  phone: ['account.updateProfile:phone', 'account.verifyPhone:code'],
  residence: [
    'account.updateProfile:communityId',
    'account.updateProfile:gridId',
    'account.updateProfile:compoundId',
    'account.updateProfile:building',
    'matter.raise:gridId',
    'matter.raise:compoundId',
    'matter.raise:building',
  ],
  bookingContact: [
    'visit.book:topic',
    'visit.book:address',
    'visit.book:phone',
    'visit.addWalkIn:topic',
    'visit.addWalkIn:address',
    'visit.addWalkIn:phone',
  ],
  matterWords: [
    'matter.raise:title',
    'matter.raise:body',
    'matter.comment:body',
    'matter.rate:comment',
    'matter.flag:reason',
    'matter.reopen:reason',
    'visit.cancel:reason',
    'visit.reschedule:reason',
  ],
  photos: ['matter.raise:photos[]', 'visit.recordVisit:photos[]'],
  visitRecord: [
    'visit.recordVisit:seen',
    'visit.recordVisit:heard',
    'visit.recordVisit:solved',
    'visit.recordVisit:suggested',
    'visit.recordVisit:followUp.note',
    'visit.closeFollowUp:outcome',
    'visit.openMatter:title',
  ],
  staffRecord: [
    'matter.moderate:reason',
    'matter.convene:agenda',
    'matter.recordMinutes:minutes',
    'matter.recordMinutes:actions[].description',
    'matter.recordMinutes:actions[].owner',
    'matter.recordMinutes:outcome',
    'matter.conclude:reason',
    'matter.escalate:note',
    'matter.answerEscalation:response',
    'visit.cancelSlot:reason',
    'visit.moveVisitDay:reason',
  ],
};
