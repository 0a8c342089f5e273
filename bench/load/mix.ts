/**
 * What a resident does in the app, by share of requests. A resident opens the app on the 说事 tab
 * (the list), taps a few matters (detail, then its comments), now and then supports one or writes
 * a comment; the 约见 tab is opened less (visit days are three a month) and a booking or a cancel is
 * rarer still. Reads are about 82% of requests: writes are deliberately more frequent than a
 * real community's (a few %), to load SQLite's single writer.
 */
export const residentMix = {
  'matter.list': 30,
  'matter.detail': 20,
  'matter.comments': 15,
  'visit.days': 8,
  'visit.slots': 7,
  'matter.support': 6,
  'visit.book': 5,
  'matter.comment': 4,
  'visit.cancel': 3,
  'account.me': 2,
} as const;

export type ResidentAction = keyof typeof residentMix;

const entries = Object.entries(residentMix) as [ResidentAction, number][];
const total = entries.reduce((sum, [, share]) => sum + share, 0);

/** The action a uniform draw in [0, 1) falls on. */
export function actionAt(draw: number): ResidentAction {
  let left = draw * total;
  for (const [action, share] of entries) {
    if (left < share) return action;
    left -= share;
  }
  return entries[entries.length - 1][0];
}
