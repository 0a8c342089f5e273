import raw from '../../../src/config/subscribeTemplates.json';
import { failureReason } from '@domain/notifications/failureReasons';
import { kindStatus, notificationKinds, notificationPage, notificationText } from '@domain/notifications/kinds';
import {
  consentMoments,
  templateData,
  templateKeys,
  templateOfKind,
  type SubscribeTemplate,
} from '@domain/notifications/templates';
import { templateConfigSchema } from '@domain/notifications/templateConfig';
import { shanghaiWallClockToMs } from '@domain/time';

const values = {
  subject: '小区东门外的人行道砖块松动多处，雨天积水老人容易滑倒',
  status: '预约成功',
  note: '',
  time: shanghaiWallClockToMs('2026-12-05', '09:30'),
  place: '东门社区红帆驿站',
};

describe('subscribe-message templates', () => {
  it('accepts the shipped configuration: each template once, distinct ids, valid keyword keys', () => {
    const config = templateConfigSchema.parse(raw);
    expect(config.templates.map((t) => t.key).sort()).toEqual([...templateKeys].sort());
  });

  it('refuses a configuration with a missing template, a duplicate id or a bad keyword key', () => {
    const config = templateConfigSchema.parse(raw);
    expect(templateConfigSchema.safeParse({ templates: config.templates.slice(1) }).success).toBe(false);
    const duplicate = config.templates.map((t) => ({ ...t, id: 'same' }));
    expect(templateConfigSchema.safeParse({ templates: duplicate }).success).toBe(false);
    const badKey = config.templates.map((t, i) => (i === 0 ? { ...t, fields: { subject1: 'subject' } } : t));
    expect(templateConfigSchema.safeParse({ templates: badKey }).success).toBe(false);
  });

  it('fills each field within WeChat’s limits, whatever the zone of the process', () => {
    const template: SubscribeTemplate = {
      key: 'bookingResult',
      id: 't',
      title: '预约结果通知',
      fields: { thing1: 'subject', phrase2: 'subject', time3: 'time', date4: 'time', name5: 'place', thing6: 'note' },
    };
    const data = templateData(template, values);
    expect([...data.thing1.value]).toHaveLength(20);
    expect(data.thing1.value.endsWith('…')).toBe(true);
    expect(data.phrase2.value).toBe('小区东门外');
    expect(data.time3.value).toBe('2026年12月5日 09:30');
    expect(data.date4.value).toBe('2026年12月5日');
    expect([...data.name5.value].length).toBeLessThanOrEqual(10);
    // WeChat refuses empty values.
    expect(data.thing6.value).toBe('—');
  });

  it('maps every kind to a template, a status of at most 5 characters, a sentence and a page', () => {
    for (const kind of notificationKinds) {
      expect(templateKeys).toContain(templateOfKind[kind]);
      expect([...kindStatus[kind]].length).toBeLessThanOrEqual(5);
      expect(
        notificationText(kind, { when: values.time, place: values.place, reason: '临时有事' }).length,
      ).toBeGreaterThan(5);
    }
    expect(notificationText('booking_confirmed', { when: values.time, place: values.place })).toContain(
      '12月5日 09:30',
    );
    expect(notificationText('visit_day_moved', { when: values.time, place: values.place, reason: '社区活动' })).toBe(
      `社区调整了接访日，您的预约随之改到：12月5日 09:30，地点：${values.place}，原因：社区活动。如不能到场，请提前取消。`,
    );
    expect(templateOfKind.visit_day_moved).toBe('bookingResult');
    expect(notificationPage({ type: 'matter', id: 'm 1' })).toBe('/packages/resident/matter/index?id=m%201');
    expect(notificationPage({ type: 'booking', id: 'b1' })).toBe('/packages/resident/my-visits/index?bookingId=b1');
    expect(notificationPage({ type: 'followup', id: 'r1' })).toBe('/packages/cadre/followups/index?recordId=r1');
  });

  it('ends each sentence once, whatever mark the reason ended with', () => {
    for (const kind of notificationKinds) {
      const text = notificationText(kind, { when: values.time, place: values.place, reason: '消防通道已畅通。' });
      expect(text).not.toMatch(/[。.！!？?；;，,]{2}/u);
    }
    expect(notificationText('matter_resolved', { reason: '禁停标线已施划，消防通道畅通。' })).toBe(
      '您提出或关注的说事已有结果：禁停标线已施划，消防通道畅通。欢迎点开查看。',
    );
    expect(notificationText('slot_cancelled', { reason: '书记临时开会！' })).toBe(
      '很抱歉，您预约的接访已取消，原因：书记临时开会。可以改约其他时段。',
    );
  });

  it('speaks to the author and the followers of a matter alike', () => {
    for (const kind of ['official_reply', 'matter_resolved', 'escalation_answered'] as const) {
      expect(notificationText(kind)).toContain('您提出或关注的说事');
      expect(notificationText(kind)).not.toMatch(/您关注的说事/);
    }
  });

  it('asks at most 3 templates per consent moment', () => {
    for (const keys of Object.values(consentMoments)) expect(keys.length).toBeLessThanOrEqual(3);
  });

  it('words delivery failures for the committee', () => {
    expect(failureReason('40037: invalid template_id')).toContain('模板编号无效');
    expect(failureReason('no_answer: connect ETIMEDOUT')).toContain('连不上微信');
    expect(failureReason('99999: something new')).toContain('多次重试仍未成功');
  });
});
