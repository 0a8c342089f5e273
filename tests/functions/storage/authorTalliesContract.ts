import { matterSteps, type MattersStorage } from './mattersFixtures';

/** The moderation queue's author context (issue 13): each author's matters and rejections, counted in storage. */
export function describeAuthorTalliesContract(current: () => MattersStorage): void {
  describe('matters.tallyByAuthors', () => {
    const { createMatter } = matterSteps(current);

    it('counts each asked author’s matters in every community and state, and the rejected ones', async () => {
      await createMatter({ id: 'm1', authorId: 'a1', state: 'pending_review' });
      await createMatter({ id: 'm2', authorId: 'a1', state: 'rejected', createdAt: 20 });
      await createMatter({ id: 'm3', authorId: 'a1', state: 'open', createdAt: 30, communityId: 'c2' });
      await createMatter({ id: 'm4', authorId: 'a2', state: 'rejected', createdAt: 40 });
      await createMatter({ id: 'm5', authorId: 'a3', state: 'open', createdAt: 50 });
      const tallies = await current().matters.tallyByAuthors(['a1', 'a2', 'nobody']);
      expect([...tallies].sort((x, y) => x.authorId.localeCompare(y.authorId))).toEqual([
        { authorId: 'a1', raised: 3, rejected: 1 },
        { authorId: 'a2', raised: 1, rejected: 1 },
      ]);
      expect(await current().matters.tallyByAuthors([])).toEqual([]);
    });
  });
}
