import { callAs, setHostClock } from './api';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The residents of 东门社区 (each may raise up to 5 matters a day). */
const AUTHORS = ['u-resident-zhang', 'u-resident-li'];
const RAISES_PER_DAY = 5;

/**
 * Fills the 说事 list with `count` approved matters (a long list of more than one page), raised
 * over as many days as the daily limit needs (the host's clock moves, then returns to the real time).
 * Returns their ids, newest first.
 */
export async function seedLongMatterList(hostUrl: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  const perDay = AUTHORS.length * RAISES_PER_DAY;
  const start = Date.now() - Math.ceil(count / perDay) * DAY_MS;
  for (let n = 0; n < count; n += 1) {
    if (n % perDay === 0) await setHostClock(hostUrl, start + (n / perDay) * DAY_MS);
    const author = AUTHORS[Math.floor(n / RAISES_PER_DAY) % AUTHORS.length];
    const raised = await callAs(hostUrl, author, 'matter', 'raise', {
      title: `小区第${n + 1}号楼门口的路灯坏了`,
      body: `第${n + 1}号楼门口的路灯坏了好几天，晚上出门看不清路，老人孩子容易摔倒，请尽快修一修。`,
      category: 'facilities',
    });
    if (!raised.ok) throw new Error(`raise ${n + 1} failed: ${JSON.stringify(raised)}`);
    ids.push(raised.data.matter.id);
  }
  await setHostClock(hostUrl, null);
  for (let n = 0; n < ids.length; n += 50) {
    const approved = await callAs(hostUrl, 'u-committee-chen', 'matter', 'moderate', {
      targetType: 'matter',
      targetIds: ids.slice(n, n + 50),
      decision: 'approve',
    });
    if (!approved.ok) throw new Error(`approve failed: ${JSON.stringify(approved)}`);
  }
  return ids.reverse();
}
