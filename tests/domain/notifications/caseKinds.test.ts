import { caseKinds, caseNotificationText } from '@domain/notifications/caseKinds';
import {
  kindStatus,
  kindTones,
  notificationKinds,
  notificationPage,
  notificationText,
} from '@domain/notifications/kinds';
import { templateOfKind } from '@domain/notifications/templates';
import { shanghaiWallClockToMs } from '@domain/time';

const due = shanghaiWallClockToMs('2026-12-08', '17:00');

describe('case notification kinds (街呼区应)', () => {
  it('are notification kinds with a short status, a tone and the staff to-do template', () => {
    for (const kind of caseKinds) {
      expect(notificationKinds).toContain(kind);
      expect([...kindStatus[kind]].length).toBeLessThanOrEqual(5);
      expect(kindTones[kind]).toBeDefined();
      expect(templateOfKind[kind]).toBe('taskReminder');
      expect(notificationText(kind, {})).toBe(caseNotificationText(kind, {}));
    }
  });

  it('say the due time in Shanghai, whatever the zone of the process', () => {
    expect(notificationText('case_dispatched', { when: due })).toBe(
      '新案件，应于12月8日 17:00前答复。请尽快受理；不属于本单位的，请在2个工作小时内退单并写明原因。',
    );
    expect(notificationText('case_due_soon', { when: due })).toContain('应于12月8日 17:00前答复');
    expect(notificationText('case_overdue', { when: due })).toBe(
      '案件已超过答复期限（12月8日 17:00），请尽快处理并反馈。',
    );
  });

  it("carry a person's reason without doubling its closing mark", () => {
    expect(notificationText('case_returned', { reason: '不属于本物业管理范围。' })).toBe(
      '承办单位退回了一件案件，原因：不属于本物业管理范围，请街道改派。',
    );
    expect(notificationText('case_sent_back', { reason: '路灯仍不亮' })).toBe(
      '案件核查未通过，已退回您单位继续处理，原因：路灯仍不亮。',
    );
  });

  it('tell an extension decision either way', () => {
    const later = shanghaiWallClockToMs('2026-12-10', '17:00');
    expect(notificationText('case_extension_decided', { reason: '同意', when: later })).toBe(
      '街道同意延期，新的答复期限是12月10日 17:00。',
    );
    expect(notificationText('case_extension_decided', { reason: '不同意', when: due })).toBe(
      '街道不同意延期，请按原期限（12月8日 17:00）答复。',
    );
  });

  it('open the case page', () => {
    expect(notificationPage({ type: 'case', id: 'k 1' })).toBe('/packages/cases/case/index?id=k%201');
  });
});
