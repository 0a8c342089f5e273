import { sameCaller, type Caller, type DemoActors } from './actors';
import type { DemoCalendar } from './calendar';
import { fates, type MatterStory } from './matterFates';
import { matterStories } from './matterStories';
import type { Residents } from './neighbours';
import type { DemoPhotoShelf } from './photos';

const HOUR = 3_600_000;

const committeeOf = { 'c-dongmen': 'u-committee-chen', 'c-ximen': 'u-committee-zhao' } as const;

/** Raises every demo matter as its author and takes it as far as its story goes. */
export async function raiseDemoMatters(
  actors: DemoActors,
  calendar: DemoCalendar,
  residents: Residents,
  photos: DemoPhotoShelf,
): Promise<number> {
  // Oldest first, so each day's news reaches the inboxes in the order it happened.
  const stories = [...matterStories].sort((a, b) => b.daysAgo - a.daysAgo);
  for (const [index, story] of stories.entries()) {
    await playMatter(actors, calendar, residents, photos, story, index);
  }
  return stories.length;
}

async function playMatter(
  actors: DemoActors,
  calendar: DemoCalendar,
  residents: Residents,
  photos: DemoPhotoShelf,
  story: MatterStory,
  index: number,
): Promise<void> {
  // Spread over the mornings; today's few an hour or two before the demo starts, whatever the hour.
  const raisedAt =
    story.daysAgo === 0
      ? calendar.now - (1 + (index % 3)) * HOUR
      : calendar.at(-story.daysAgo, `0${7 + (index % 3)}:${10 + ((index * 7) % 40)}`);
  actors.at(raisedAt);
  const photoIds = typeof story.author === 'string' ? photos.upload(story.author, raisedAt, story.photos ?? []) : [];
  const { matter } = await actors.act<{ matter: { id: string } }>(story.author, 'matter', 'raise', {
    title: story.title,
    body: story.body,
    category: story.category,
    photos: photoIds,
    anonymous: story.anonymous ?? false,
  });
  const committee = committeeOf[story.communityId];
  if (story.fate === 'pending') return;
  actors.at(raisedAt + 2 * HOUR);
  if (story.fate === 'rejected') return reject(actors, committee, matter.id);
  if (story.communityId === 'c-dongmen') await approve(actors, committee, matter.id);
  const neighbours = residents[story.communityId].filter((who) => !sameCaller(who, story.author));
  await gatherNeighbours(actors, neighbours, story, matter.id, raisedAt + 3 * HOUR);
  if (story.reply) {
    actors.at(raisedAt + 8 * HOUR);
    await actors.act(committee, 'matter', 'comment', { matterId: matter.id, body: story.reply });
  }
  const neighbour = neighbours[neighbours.length - 1];
  await fates[story.fate]({ actors, calendar, story, matterId: matter.id, committee, neighbour, raisedAt });
}

/** 东门 reviews matters first (host/seed.ts); 西门 publishes at once. */
async function approve(actors: DemoActors, committee: string, matterId: string) {
  await actors.act(committee, 'matter', 'moderate', {
    targetType: 'matter',
    targetIds: [matterId],
    decision: 'approve',
  });
}

async function reject(actors: DemoActors, committee: string, matterId: string) {
  await actors.act(committee, 'matter', 'moderate', {
    targetType: 'matter',
    targetIds: [matterId],
    decision: 'reject',
    reason: '属于个人家庭纠纷，请联系网格员调解',
  });
}

/** Neighbours support, follow and comment, an hour apart. */
async function gatherNeighbours(
  actors: DemoActors,
  others: Caller[],
  story: MatterStory,
  matterId: string,
  from: number,
) {
  let at = from;
  for (const who of others.slice(0, story.supports ?? 0)) {
    actors.at((at += HOUR));
    await actors.act(who, 'matter', 'support', { matterId });
    await actors.act(who, 'matter', 'follow', { matterId });
  }
  for (const [index, body] of (story.comments ?? []).entries()) {
    actors.at((at += HOUR));
    await actors.act(others[index % others.length], 'matter', 'comment', { matterId, body });
  }
}
