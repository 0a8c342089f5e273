import { matterCategories, type MatterCategory } from '@domain/matters/categories';
import type { MatterState } from '@domain/matters/states';
import type { RawMatter } from '@domain/stats/matterFigures';
import { shanghaiWallClockToMs } from '@domain/time';
import { pick, seededRandom } from '../../../bench/contention/prng';
import type { MatterPatch } from '../../../cloudfunctions/lib/ports/matters';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import { aMatter, anEntry } from '../../support/builders/matters';

/**
 * A seeded data set of 居民说事 for the figures' tests: matters of several communities living
 * through the paths the transition table allows (reviewed or not, consulted, dispatched and
 * verified, resolved-reopened-resolved, rated, merged, rejected, hidden, unresolved, referred),
 * written through the storage port with explicit instants, and a few placed exactly on the
 * November/December boundary in Shanghai.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The last millisecond of November in Shanghai, and the first of December. */
export const END_NOV = shanghaiWallClockToMs('2026-11-30', '23:59') + 59_999;
export const START_DEC = shanghaiWallClockToMs('2026-12-01');

/** A step of a matter's life: the transition, the state it leads to, and what else it sets. */
type Step = [transition: string, to: MatterState, patch?: 'resolvedAt' | 'rating'];

const paths: Step[][] = [
  [['resolve', 'resolved', 'resolvedAt']],
  [
    ['approve', 'open'],
    ['convene', 'consulting'],
    ['resolve', 'resolved', 'resolvedAt'],
    ['reopen', 'open'],
    ['resolve', 'resolved', 'resolvedAt'],
    ['close', 'closed', 'rating'],
  ],
  [
    ['escalate', 'escalated'],
    ['caseHandoff', 'escalated'],
    ['caseVerified', 'resolved', 'resolvedAt'],
    ['close', 'closed', 'rating'],
  ],
  [['reject', 'rejected']],
  [['merge', 'closed']],
  [
    ['convene', 'consulting'],
    ['closeUnresolved', 'closed_unresolved'],
  ],
  [['refer', 'referred']],
  [
    ['approve', 'open'],
    ['resolve', 'resolved', 'resolvedAt'],
    ['close', 'closed', 'rating'],
  ],
  [
    ['escalate', 'escalated'],
    ['answerEscalation', 'open'],
    ['escalate', 'escalated'],
    ['caseVerified', 'resolved', 'resolvedAt'],
  ],
  [
    ['convene', 'consulting'],
    ['resolve', 'resolved', 'resolvedAt'],
  ],
  [],
  [['hide', 'hidden']],
  [
    ['resolve', 'resolved', 'resolvedAt'],
    ['close', 'closed'],
  ],
  [
    ['approve', 'open'],
    ['resolve', 'resolved', 'resolvedAt'],
    ['reopen', 'open'],
    ['convene', 'consulting'],
    ['resolve', 'resolved', 'resolvedAt'],
  ],
];
/** Paths whose first step is the committee's review: the matter is raised waiting for it. */
const reviewed = (path: Step[]) => path.length === 0 || ['approve', 'reject', 'merge'].includes(path[0][0]);

export interface SeededMatter {
  id: string;
  communityId: string;
}

interface Story {
  id: string;
  communityId: string;
  category: MatterCategory;
  createdAt: number;
  steps: { step: Step; at: number }[];
  score: number;
}

async function write(storage: Storage, story: Story): Promise<void> {
  const path = story.steps.map((s) => s.step);
  let state: MatterState = reviewed(path) ? 'pending_review' : 'open';
  const { id, createdAt } = story;
  const matter = aMatter({ id, communityId: story.communityId, category: story.category, state, createdAt });
  await storage.matters.create(
    { ...matter, updatedAt: createdAt, lastActivityAt: createdAt },
    anEntry({ id: `${id}-0`, matterId: id, at: createdAt, transition: 'raise', toState: state }),
  );
  for (const [i, { step, at }] of story.steps.entries()) {
    const [transition, to, set] = step;
    const patch: MatterPatch = { lastActivityAt: at };
    if (set === 'resolvedAt') patch.resolvedAt = at;
    if (set === 'rating') patch.rating = { score: story.score, comment: '', at };
    const entry = anEntry({ id: `${id}-${i + 1}`, matterId: id, at, transition, fromState: state, toState: to });
    if (!(await storage.matters.transition(id, state, to, patch, entry))) throw new Error(`${id}: ${transition}`);
    state = to;
  }
}

function story(random: () => number, n: number, communityId: string): Story {
  const path = paths[n % paths.length];
  // Raised between 20 October and 10 December, each step hours to days after the one before.
  let at = shanghaiWallClockToMs('2026-10-20') + Math.floor(random() * 51 * DAY);
  const createdAt = at;
  const steps = path.map((step) => {
    at += 1 + Math.floor(random() * (random() < 0.5 ? 12 * HOUR : 9 * DAY));
    return { step, at };
  });
  const category = matterCategories[pick(random, matterCategories.length)];
  return { id: `m-${communityId}-${n}`, communityId, category, createdAt, steps, score: 1 + pick(random, 5) };
}

/** Matters whose events fall on the last and first millisecond of November and December. */
function boundaryStories(communityId: string): Story[] {
  const s = (id: string, createdAt: number, steps: { step: Step; at: number }[], score = 5): Story => ({
    id: `b-${communityId}-${id}`,
    communityId,
    category: 'parking',
    createdAt,
    steps,
    score,
  });
  return [
    // Raised in November's last millisecond, resolved in December's first.
    s('edge-1', END_NOV, [{ step: ['resolve', 'resolved', 'resolvedAt'], at: START_DEC }]),
    // Raised in December's first millisecond.
    s('edge-2', START_DEC, []),
    // Consulted in November, resolved and rated 4 stars on November's last millisecond.
    s(
      'edge-3',
      END_NOV - 5 * DAY,
      [
        { step: ['convene', 'consulting'], at: END_NOV - 3 * DAY },
        { step: ['resolve', 'resolved', 'resolvedAt'], at: END_NOV - 1 },
        { step: ['close', 'closed', 'rating'], at: END_NOV },
      ],
      4,
    ),
    // Published (approved) on December's first millisecond, dispatched a millisecond later.
    s('edge-4', END_NOV - DAY, [
      { step: ['approve', 'open'], at: START_DEC },
      { step: ['escalate', 'escalated'], at: START_DEC + 1 },
    ]),
  ];
}

/**
 * Writes the data set into `storage`: `perCommunity` random stories in each community, plus the
 * boundary stories. The same seed writes the same data on either engine.
 */
export async function seedMatterStories(
  storage: Storage,
  communityIds: readonly string[],
  perCommunity = 40,
  seed = 16,
): Promise<SeededMatter[]> {
  const random = seededRandom(seed);
  const stories = communityIds.flatMap((c) => [
    ...Array.from({ length: perCommunity }, (_, n) => story(random, n, c)),
    ...boundaryStories(c),
  ]);
  for (const s of stories) await write(storage, s);
  return stories.map(({ id, communityId }) => ({ id, communityId }));
}

/** The matters as storage holds them, with their timelines: the raw rows the rules read. */
export async function rawMatters(storage: Storage, seeded: readonly SeededMatter[]): Promise<RawMatter[]> {
  const matters = await storage.matters.findByIds(seeded.map((m) => m.id));
  return Promise.all(
    matters.map(async (m) => ({
      communityId: m.communityId,
      category: m.category,
      createdAt: m.createdAt,
      rating: m.rating,
      timeline: await storage.matters.timeline(m.id),
    })),
  );
}
