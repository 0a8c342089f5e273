import { readXlsx } from '../../support/readXlsx';
import { engines } from '../../support/storages';
import { activitySetup } from '../service/activityEnv';
import { VOLUNTEER } from '../service/serviceEnv';

type Row = Record<string, unknown>;

describe.each(engines)('志愿活动 sign-ups in 我的数据 and 注销 on %s', (engine) => {
  it('exports the volunteer’s sign-ups; 注销 withdraws him and the first in line gets his seat', async () => {
    const env = await activitySetup(engine);
    const activity = await env.publish({ headcount: 1 });
    const wu = await env.volunteer('wx-wu', '吴国强');
    await env.act(VOLUNTEER, 'signUpActivity', { activityId: activity.id });
    await env.act(wu.caller, 'signUpActivity', { activityId: activity.id });

    const { url } = await exportAs(env);
    const book = readXlsx(env.deps.exportFiles.saved.get(url)!.bytes);
    expect(book.sheets['志愿活动报名'].rows as Row[]).toEqual([
      expect.objectContaining({ 活动编号: activity.id, 报名状态: '已报名' }),
    ]);

    const deleted = await env.as(VOLUNTEER)('account', {
      action: 'deleteAccount',
      data: { confirm: true },
      requestId: 'activity-data-delete-1',
    });
    expect(deleted).toMatchObject({ ok: true });
    expect(await env.storage.activities.findSignUp(activity.id, wu.userId)).toMatchObject({ state: 'enrolled' });
    expect(env.deps.notified.at(-1)).toMatchObject({ kind: 'activity_promoted', userIds: [wu.userId] });
  });
});

async function exportAs(env: Awaited<ReturnType<typeof activitySetup>>) {
  const answer = await env.as(VOLUNTEER)('account', {
    action: 'exportMyData',
    data: {},
    requestId: 'activity-data-export-1',
  });
  if (!answer.ok) throw new Error(JSON.stringify(answer));
  return answer.data as { url: string };
}
