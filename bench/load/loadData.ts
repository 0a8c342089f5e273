import type { SqliteStorage } from '../../cloudfunctions/lib/adapters/sqlite';
import { matterCategories } from '@domain/matters/categories';
import { aMatter } from '../../tests/support/builders/matters';
import { storeRaisedMatter } from '../benchMatters';
import { benchResident } from '../benchUsers';

export const COMMUNITY = 'c-dongmen';
export const MATTERS = 1_000;
const COMMENTS = 5_000;

export const loadResident = (i: number) => `u-load-${i}`;
export const loadMatter = (i: number) => `lm${i}`;
/** Every third matter is open, the state a resident can support and comment on. */
export const openMatter = (i: number) => loadMatter((i * 3) % MATTERS);

/**
 * A community that has been in use for a while: `residents` residents (signed in through the dev
 * login, as the demo users are), 1,000 matters (every third open), 5,000 comments.
 */
export async function seedLoadData(storage: SqliteStorage, now: number, residents: number): Promise<void> {
  for (let i = 0; i < residents; i += 1)
    await storage.users.createIfAbsent(benchResident(loadResident(i), COMMUNITY, now));
  const states = ['open', 'consulting', 'resolved'] as const;
  for (let i = 0; i < MATTERS; i += 1) {
    const createdAt = now - 2 * 86_400_000 - (MATTERS - i) * 600_000;
    const matter = aMatter({
      id: loadMatter(i),
      communityId: COMMUNITY,
      authorId: loadResident(i % residents),
      title: `小区问题第${i}号：停车需要处理`,
      body: '这是用于负载测试的说事内容，描述了小区里需要解决的问题。',
      category: matterCategories[i % matterCategories.length],
      state: states[i % states.length],
      supportCount: 0,
      createdAt,
      updatedAt: createdAt,
      lastActivityAt: createdAt,
    });
    await storeRaisedMatter(storage, matter, `lt${i}`);
  }
  for (let i = 0; i < COMMENTS; i += 1) {
    await storage.comments.create({
      id: `lc${i}`,
      matterId: loadMatter((i * 7) % MATTERS),
      communityId: COMMUNITY,
      authorId: loadResident(i % residents),
      parentId: null,
      body: `第${i}条评论：赞成尽快解决`,
      official: false,
      state: 'visible',
      flagCount: 0,
      createdAt: now - 86_400_000 + i * 1_000,
    });
  }
}
