import type { ServiceMap } from '../service';
import { comments, detail, list, mine } from './matters/browse';
import { comment } from './matters/commenting';
import { answerEscalation, communityCadres, conclude, convene, escalate, recordMinutes } from './matters/consultation';
import { merge, moderate, pin } from './matters/moderation';
import { moderationQueue, moderationQueues } from './matters/moderationQueues';
import { rate, reopen, setAnonymous } from './matters/outcome';
import { raise, similar } from './matters/raise';
import { raiseFor } from './matters/raiseFor';
import { flag, follow, support, unfollow, unsupport } from './matters/relations';
import { raiseQuota } from './matters/raiseQuota';

/** The `matter` function: 居民说事, one service per contract action. */
export const matterServices: ServiceMap<'matter'> = {
  similar,
  raise,
  raiseFor,
  list,
  detail,
  comments,
  support,
  unsupport,
  follow,
  unfollow,
  comment,
  flag,
  rate,
  reopen,
  setAnonymous,
  mine,
  moderationQueue,
  moderationQueues,
  moderate,
  pin,
  merge,
  convene,
  communityCadres,
  recordMinutes,
  conclude,
  escalate,
  answerEscalation,
  raiseQuota,
};
