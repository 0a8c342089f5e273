import {
  matterFigureRules,
  matterFigures,
  medianDays,
  medianWindow,
  roundedDays,
  type RawMatter,
} from '@domain/stats/matterFigures';
import { resolvePeriod } from '@domain/stats/period';
import { shanghaiWallClockToMs } from '@domain/time';

const DAY = 86_400_000;
const START_DEC = shanghaiWallClockToMs('2026-12-01');
const DEC = resolvePeriod({ kind: 'thisMonth' }, START_DEC);

function matter(
  createdAt: number,
  timeline: [string, number, string?][],
  rating: RawMatter['rating'] = null,
): RawMatter {
  return {
    communityId: 'c1',
    category: 'noise',
    createdAt,
    rating,
    timeline: timeline.map(([transition, at, toState]) => ({
      transition,
      at,
      toState: (toState ?? 'open') as RawMatter['timeline'][number]['toState'],
    })),
  };
}

describe('the 居民说事 figures’ rules over one matter', () => {
  it('counts a resolve-reopen-resolve matter once, at its last resolution in the period', () => {
    const m = matter(START_DEC - 10 * DAY, [
      ['raise', START_DEC - 10 * DAY, 'open'],
      ['resolve', START_DEC - DAY, 'resolved'],
      ['reopen', START_DEC + DAY],
      ['resolve', START_DEC + 3 * DAY, 'resolved'],
      ['reopen', START_DEC + 4 * DAY],
      ['resolve', START_DEC + 5 * DAY, 'resolved'],
    ]);
    const rules = matterFigureRules(m, DEC);
    expect(rules).toMatchObject({ raised: false, published: false, resolvedAt: START_DEC + 5 * DAY, reopened: true });
    expect(rules.daysToResolve).toBe(15);
  });

  it('settles by consultation only when the meeting was called before the counted resolution', () => {
    const before = matter(START_DEC, [
      ['raise', START_DEC, 'open'],
      ['convene', START_DEC + DAY, 'consulting'],
      ['resolve', START_DEC + 2 * DAY, 'resolved'],
    ]);
    const after = matter(START_DEC, [
      ['raise', START_DEC, 'open'],
      ['escalate', START_DEC + DAY, 'escalated'],
      ['caseVerified', START_DEC + 2 * DAY, 'resolved'],
      ['reopen', START_DEC + 3 * DAY],
      ['convene', START_DEC + 4 * DAY, 'consulting'],
    ]);
    expect(matterFigureRules(before, DEC)).toMatchObject({ settledByConsultation: true, published: true });
    expect(matterFigureRules(after, DEC)).toMatchObject({ settledByConsultation: false, referred: true });
  });

  it('publishes a reviewed matter when approved, and rates by the rating’s own time', () => {
    const m = matter(
      START_DEC - 1,
      [
        ['raise', START_DEC - 1, 'pending_review'],
        ['approve', START_DEC],
      ],
      { score: 5, at: START_DEC - 1 },
    );
    expect(matterFigureRules(m, DEC)).toMatchObject({ raised: false, published: true, ratingScore: null });
  });

  it('takes the median of an odd or even count, in days with one decimal', () => {
    expect(medianDays([])).toBeNull();
    expect(medianDays([3 * DAY, DAY, 2 * DAY])).toBe(2);
    expect(medianDays([DAY, 4 * DAY, 2 * DAY, 10 * DAY])).toBe(3);
    expect(medianWindow(3)).toEqual({ skip: 1, take: 1 });
    expect(medianWindow(4)).toEqual({ skip: 1, take: 2 });
    expect(roundedDays(1.26 * DAY)).toBe(1.3);
  });

  it('gives every figure a rule a committee can read', () => {
    for (const figure of Object.values(matterFigures)) expect(figure.rule).toMatch(/[。）]$/);
  });
});
