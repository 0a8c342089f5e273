import { DELETED_USER_NAME } from '@domain/accountErasure';
import { readXlsx } from '../../support/readXlsx';
import { engines } from '../../support/storages';
import { caseworkSetup, dataOf, DEPT, STREET } from './caseworkEnv';

type Row = Record<string, unknown>;

const environmentDraft = {
  title: '垃圾桶满了没人清',
  body: '东门社区幸福小区门口的垃圾桶已经满了三天，气味很大，希望尽快清运。',
  category: 'environment',
};

describe.each(engines)('a staff member’s case steps in 我的数据 and after 注销 on %s', (engine) => {
  it('exports the steps they took with what they wrote; erasure keeps the case, its steps name 已注销用户', async () => {
    const env = await caseworkSetup(engine);
    const { caseId } = await env.dispatched(environmentDraft);
    dataOf(await env.call(DEPT, 'accept', { caseId }));
    dataOf(await env.call(DEPT, 'requestExtension', { caseId, hours: 12, reason: '需要协调环卫车辆' }));
    dataOf(await env.call(STREET, 'decideExtension', { caseId, approve: true }));
    dataOf(await env.call(DEPT, 'feedback', { caseId, text: '已清运并增设垃圾桶', photos: [] }));

    const exported = await env.actOn('account', DEPT, 'exportMyData', {});
    const book = readXlsx(env.deps.exportFiles.saved.get(exported.url)!.bytes);
    expect((book.sheets['案件办理'].rows as Row[]).map((row) => [row['案件编号'], row['办理步骤']])).toEqual([
      [caseId, '受理'],
      [caseId, '申请延期'],
      [caseId, '处理反馈'],
    ]);
    expect(JSON.stringify(book.sheets['案件办理'].rows)).toContain('需要协调环卫车辆');

    // Staff leave through the admin (a case role is not deleted by its holder): made a resident, then 注销.
    await env.actOn('account', 'u-admin', 'assignRole', {
      userId: DEPT,
      role: 'resident',
      communityIds: ['c-dongmen'],
    });
    expect(await env.actOn('account', DEPT, 'deleteAccount', { confirm: true })).toEqual({ deleted: true });
    const page = dataOf(await env.call(STREET, 'case', { caseId }));
    expect(page.case.summary.state).toBe('handled');
    expect(page.case.feedback.text).toBe('已清运并增设垃圾桶');
    const lines = (await env.storage.audit.list({ after: null, limit: 100 })).items.filter(
      (line) => line.targetId === caseId && ['casework.accept', 'casework.feedback'].includes(line.action),
    );
    expect(lines.map((line) => line.actorName)).toEqual([DELETED_USER_NAME, DELETED_USER_NAME]);
    expect(lines.every((line) => line.actorId !== DEPT)).toBe(true);
  });
});
