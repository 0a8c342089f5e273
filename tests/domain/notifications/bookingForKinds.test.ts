import { bookingForKinds } from '@domain/notifications/bookingForKinds';
import { kindStatus, kindTones, notificationKinds, notificationText } from '@domain/notifications/kinds';
import { templateOfKind } from '@domain/notifications/templates';
import { shanghaiWallClockToMs } from '@domain/time';

const when = shanghaiWallClockToMs('2026-12-05', '09:00');
const facts = { when, place: '东门社区红帆驿站', reason: '由陈秀英代办，本人口头同意' };

describe('红色代办 booking kinds (民意5来听)', () => {
  it('are notification kinds with a short status, a tone and the booking template', () => {
    for (const kind of bookingForKinds) {
      expect(notificationKinds).toContain(kind);
      expect([...kindStatus[kind]].length).toBeLessThanOrEqual(5);
      expect(kindTones[kind]).toBeDefined();
      expect(templateOfKind[kind]).toBe('bookingResult');
    }
  });

  it('tell the resident in their own words, the family about their family member', () => {
    expect(notificationText('booking_made_for_you', facts)).toBe(
      '社区工作人员按您的意思为您预约了民意5来听（由陈秀英代办，本人口头同意）：12月5日 09:00，地点：东门社区红帆驿站。如不能到场，请告诉社区。',
    );
    expect(notificationText('booking_made_for_you', { ...facts, familyOf: '王桂芝' })).toBe(
      '社区工作人员为您的家人王桂芝预约了民意5来听（由陈秀英代办，本人口头同意）：12月5日 09:00，地点：东门社区红帆驿站。请提醒王桂芝按时到场。',
    );
    expect(notificationText('booking_cancelled_for_you', { reason: '居民说不去了' })).toBe(
      '社区工作人员取消了为您代约的民意5来听，原因：居民说不去了。',
    );
  });

  it('word a visit’s later news for the staff member who booked and for the family; the resident’s stay as they were', () => {
    const later = { when, place: '东门社区红帆驿站' };
    expect(notificationText('visit_reminder', { ...later, onBehalfOf: '王桂芝' })).toBe(
      '您为王桂芝预约的民意5来听接访在12月5日 09:00，地点：东门社区红帆驿站，请提醒王桂芝按时到场。',
    );
    expect(notificationText('waitlist_promoted', { ...later, familyOf: '王桂芝' })).toContain(
      '您的家人王桂芝已从候补转为预约成功',
    );
    expect(notificationText('slot_cancelled', { reason: '书记临时开会', onBehalfOf: '王桂芝' })).toBe(
      '您为王桂芝预约的接访已取消，原因：书记临时开会。请告诉王桂芝，可以为其改约其他时段。',
    );
    expect(notificationText('visit_reminder', later)).toBe(
      '别忘了您预约的接访：12月5日 09:00，地点：东门社区红帆驿站。',
    );
  });
});
