import { contract } from '@domain/contract';
import { createHandler } from '../../../cloudfunctions/lib/handler';
import type { ServiceMap } from '../../../cloudfunctions/lib/service';
import { notificationServices } from '../../../cloudfunctions/lib/services/notification';
import { dispatchOutbox } from '../../../cloudfunctions/lib/services/notifications/dispatch';
import { demoOpenid } from '../../../host/seed';
import { engines, type EngineName } from '../../support/storages';
import { contextFor, requestId } from '../../support/testDeps';
import { anEvent, notificationEnv } from './notificationEnv';
import { notify } from '../../../cloudfunctions/lib/services/notifications/notify';

// Tests read the answers field by field; the handler tests pin the envelope's shape.
type Call = (action: string, data?: unknown, id?: string) => Promise<any>;

async function setup(engine: EngineName, services: ServiceMap<'notification'> = notificationServices) {
  const env = await notificationEnv(engine, (message) =>
    message.openid.endsWith('u-resident-wang')
      ? { errcode: 40037, errmsg: 'invalid template_id' }
      : { errcode: 0, errmsg: 'ok' },
  );
  const handler = createHandler('notification', contract.notification, services, env.deps);
  const as =
    (userId: string): Call =>
    (action, data = {}, id = requestId()) =>
      handler({ action, data, requestId: id }, contextFor(demoOpenid(userId)));
  return { ...env, as };
}

describe.each(engines)('notification actions on %s', (engine) => {
  it('lists my messages newest first with the unread count; marking read is mine only', async () => {
    const env = await setup(engine);
    for (let n = 1; n <= 3; n += 1) {
      await notify(
        env.deps,
        anEvent({
          dedupeKey: `k${n}`,
          ref: { type: 'matter', id: `m${n}` },
          kind: 'matter_approved',
          at: env.deps.clock.now() + n,
        }),
      );
    }
    await notify(env.deps, anEvent({ userIds: ['u-resident-zhang'], dedupeKey: 'z' }));
    const li = env.as('u-resident-li');
    const first = await li('inbox', { limit: 2 });
    expect(first).toMatchObject({ ok: true, data: { unread: 3 } });
    expect(first.data.items.map((i: { page: string }) => i.page)).toEqual([
      '/packages/resident/matter/index?id=m3',
      '/packages/resident/matter/index?id=m2',
    ]);
    expect(first.data.items[0]).toMatchObject({ status: '审核通过', read: false, title: '楼道灯坏了想当面说' });
    const second = await li('inbox', { limit: 2, cursor: first.data.nextCursor });
    expect(second.data.items).toHaveLength(1);
    expect(second.data.nextCursor).toBeNull();
    const zhangsId = (await env.storage.inbox.list('u-resident-zhang', null, 5)).items[0].id;
    expect(await li('markRead', { ids: [first.data.items[0].id, zhangsId] })).toMatchObject({
      ok: true,
      data: { unread: 2 },
    });
    expect(await env.storage.inbox.unreadCount('u-resident-zhang')).toBe(1);
    expect(await li('markAllRead', {})).toMatchObject({ ok: true, data: { unread: 0 } });
    expect(await li('unreadCount', {})).toMatchObject({ ok: true, data: { unread: 0 } });
  });

  it('refuses bad input with a Chinese message and changes nothing', async () => {
    const env = await setup(engine);
    const li = env.as('u-resident-li');
    expect(await li('markRead', { ids: [] })).toMatchObject({ ok: false, code: 'BAD_INPUT', message: '请选择消息' });
    expect(await li('inbox', { cursor: 'not-a-cursor' })).toMatchObject({ ok: false, code: 'BAD_INPUT' });
    expect(await li('subscribe', { moment: 'booking', acceptedTemplateIds: ['a', 'b', 'c', 'd'] })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
      message: '一次最多3个模板',
    });
    expect(await env.as('u-resident-li')('deliveryProblems', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('counts consent per template: one accept, one message; a retried report counts once', async () => {
    const env = await setup(engine);
    const li = env.as('u-resident-li');
    const ids = [env.templateId('bookingResult'), env.templateId('visitReminder')];
    const id = requestId();
    await li('subscribe', { moment: 'booking', acceptedTemplateIds: ids }, id);
    await li('subscribe', { moment: 'booking', acceptedTemplateIds: ids }, id);
    const credits = await li('credits', {});
    expect(credits.data.credits).toEqual(
      expect.arrayContaining([
        { key: 'bookingResult', title: '预约结果通知', credits: 1 },
        { key: 'visitReminder', title: '预约提醒', credits: 1 },
        { key: 'matterProgress', title: '事项进度通知', credits: 0 },
      ]),
    );
    // A template this moment does not ask for cannot be banked.
    expect(
      await li('subscribe', { moment: 'booking', acceptedTemplateIds: [env.templateId('matterProgress')] }),
    ).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
    });
    await notify(env.deps, anEvent());
    await dispatchOutbox(env.deps);
    const after = await li('credits', {});
    expect(after.data.credits.find((c: { key: string }) => c.key === 'bookingResult').credits).toBe(0);
    const messages = await li('wechatMessages', {});
    expect(messages.data.items[0]).toMatchObject({ templateTitle: '预约结果通知', state: 'sent' });
    expect(messages.data.items[0].fields).toEqual(expect.arrayContaining([{ key: 'phrase2', value: '预约成功' }]));
  });

  it('shows the committee messages that failed for good, and sends one again on request', async () => {
    const env = await setup(engine);
    await env.grant('u-resident-wang', 'bookingResult');
    await notify(env.deps, anEvent({ userIds: ['u-resident-wang'], communityId: 'c-ximen' }));
    await dispatchOutbox(env.deps);
    const zhao = env.as('u-committee-zhao');
    const problems = await zhao('deliveryProblems', {});
    expect(problems.data.items).toEqual([
      expect.objectContaining({ userName: '王芳', kindStatus: '预约成功', attempts: 1 }),
    ]);
    expect(problems.data.items[0].error).toMatch(/^40037/);
    expect(problems.data.items[0].reason).toBe('订阅消息模板编号无效：请检查模板配置');
    // Another community's committee neither sees nor retries it.
    expect((await env.as('u-committee-chen')('deliveryProblems', {})).data.items).toEqual([]);
    const rowId = problems.data.items[0].id;
    expect(await env.as('u-committee-chen')('retryDelivery', { id: rowId })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    });
    expect(await zhao('retryDelivery', { id: rowId })).toMatchObject({ ok: true, data: { requeued: true } });
    expect(await zhao('retryDelivery', { id: rowId })).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    expect((await zhao('deliveryProblems', {})).data.items).toEqual([]);
  });
});

describe('one unit of work per call (SQLite)', () => {
  it('a call that fails after notifying leaves neither the change nor the notification behind', async () => {
    const failing: ServiceMap<'notification'> = {
      ...notificationServices,
      markAllRead: async (ctx) => {
        await ctx.deps.storage.inbox.markAllRead('u-resident-li', ctx.deps.clock.now());
        await notify(ctx.deps, anEvent({ dedupeKey: 'doomed' }));
        throw new Error('disk on fire');
      },
    };
    const env = await setup('sqlite', failing);
    await notify(env.deps, anEvent({ dedupeKey: 'before' }));
    expect(await env.as('u-resident-li')('markAllRead', {})).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect(await env.storage.inbox.unreadCount('u-resident-li')).toBe(1);
    expect(await env.rowsOf('u-resident-li')).toHaveLength(1);
  });
});

describe.each(engines)('重新发送 after a template fix on %s', (engine) => {
  it('makes the message again from the deployment’s current template', async () => {
    // WeChat refuses data that does not match the template (47003) until the mapping is fixed.
    const env = await notificationEnv(engine, (message) =>
      'phrase2' in message.data
        ? { errcode: 47003, errmsg: 'argument invalid! data.phrase2.value' }
        : { errcode: 0, errmsg: 'ok' },
    );
    const zhao = (action: string, data: object): Promise<any> =>
      env.call('notification', 'u-committee-zhao', action, data);
    await env.grant('u-resident-wang', 'bookingResult');
    await notify(env.deps, anEvent({ userIds: ['u-resident-wang'], communityId: 'c-ximen' }));
    expect(await dispatchOutbox(env.deps)).toMatchObject({ failed: 1 });
    // The deployment fixes the keyword mapping of 预约结果通知 (same template id).
    env.deps.templates = {
      templates: env.deps.templates.templates.map((t) =>
        t.key === 'bookingResult' ? { ...t, fields: { thing1: 'subject', time3: 'time', thing4: 'place' } } : t,
      ),
    };
    const [problem] = (await zhao('deliveryProblems', {})).data.items;
    expect(await zhao('retryDelivery', { id: problem.id })).toMatchObject({ ok: true, data: { requeued: true } });
    expect(await dispatchOutbox(env.deps)).toMatchObject({ sent: 1 });
    expect(Object.keys(env.gateway.sends[1].data).sort()).toEqual(['thing1', 'thing4', 'time3']);
  });
});
