import {
  addressSchema,
  cancelReasonSchema,
  followUpInputSchema,
  recordTextSchema,
  topicSchema,
  visitPhoneSchema,
  visitRecordInputSchema,
} from '@domain/visits/text';
import { messagesOf } from './support';

describe('booking text', () => {
  it('topic: trimmed, 2 to 100 characters, counted as a person counts', () => {
    expect(topicSchema.parse('  楼道灯坏了  ')).toBe('楼道灯坏了');
    expect(topicSchema.parse('停车')).toBe('停车');
    expect(messagesOf(topicSchema, '车')).toEqual(['请写下想说的事，至少2个字']);
    expect(messagesOf(topicSchema, '  车  ')).toEqual(['请写下想说的事，至少2个字']);
    expect(messagesOf(topicSchema, '')).toEqual(['请写下想说的事，至少2个字']);
    expect(messagesOf(topicSchema, undefined)).toEqual(['请写下想说的事，至少2个字']);
    // One emoji is two UTF-16 units but one character: too short.
    expect(messagesOf(topicSchema, '🚗')).toEqual(['请写下想说的事，至少2个字']);
    expect(topicSchema.safeParse('🚗'.repeat(100)).success).toBe(true);
    expect(messagesOf(topicSchema, '事'.repeat(101))).toEqual(['想说的事最多100字']);
  });

  it('address: optional here, at most 60 characters', () => {
    expect(addressSchema.parse('')).toBe('');
    expect(addressSchema.parse(' 3号楼2单元501 ')).toBe('3号楼2单元501');
    expect(addressSchema.safeParse('址'.repeat(60)).success).toBe(true);
    expect(addressSchema.safeParse('🏠'.repeat(60)).success).toBe(true);
    expect(messagesOf(addressSchema, '址'.repeat(61))).toEqual(['地址最多60个字']);
  });

  it('phone: required, an 11-digit mainland mobile', () => {
    expect(visitPhoneSchema.parse('13800138000')).toBe('13800138000');
    expect(visitPhoneSchema.parse(' 19912345678 ')).toBe('19912345678');
    expect(messagesOf(visitPhoneSchema, '')).toEqual(['请填写联系电话']);
    expect(messagesOf(visitPhoneSchema, '   ')).toEqual(['请填写联系电话']);
    expect(messagesOf(visitPhoneSchema, undefined)).toEqual(['请填写联系电话']);
    for (const bad of ['1380013800', '138001380001', '12800138000', '23800138000', '1380013800a', '+8613800138000']) {
      expect(messagesOf(visitPhoneSchema, bad)).toEqual(['请填写11位手机号码']);
    }
  });

  it('phone: drops the spaces and dashes people group digits with', () => {
    expect(visitPhoneSchema.parse('138 0013 8000')).toBe('13800138000');
    expect(visitPhoneSchema.parse('138-0013-8000')).toBe('13800138000');
  });

  it('cancel reason: 2 to 100 characters', () => {
    expect(messagesOf(cancelReasonSchema, '')).toEqual(['请填写原因']);
    expect(messagesOf(cancelReasonSchema, '忙')).toEqual(['请填写原因']);
    expect(messagesOf(cancelReasonSchema, undefined)).toEqual(['请填写原因']);
    expect(cancelReasonSchema.parse(' 临时出差 ')).toBe('临时出差');
    expect(cancelReasonSchema.safeParse('因'.repeat(100)).success).toBe(true);
    expect(messagesOf(cancelReasonSchema, '因'.repeat(101))).toEqual(['原因最多100字']);
  });
});

describe('visit record text', () => {
  it('each part: trimmed, up to 1000 characters', () => {
    expect(recordTextSchema.parse('  ')).toBe('');
    expect(recordTextSchema.safeParse('记'.repeat(1000)).success).toBe(true);
    expect(recordTextSchema.safeParse('📝'.repeat(1000)).success).toBe(true);
    expect(messagesOf(recordTextSchema, '记'.repeat(1001))).toEqual(['每项最多1000字']);
  });

  it('accepts any one part filled in', () => {
    for (const field of ['seen', 'heard', 'solved', 'suggested']) {
      const parsed = visitRecordInputSchema.parse({ [field]: ' 楼道堆物 ' });
      expect(parsed).toEqual({ seen: '', heard: '', solved: '', suggested: '', [field]: '楼道堆物' });
    }
  });

  it('refuses a record with nothing in it, spaces included', () => {
    expect(messagesOf(visitRecordInputSchema, {})).toEqual(['请至少填写一项']);
    expect(messagesOf(visitRecordInputSchema, { seen: ' ', heard: '\n', solved: '', suggested: '　' })).toEqual([
      '请至少填写一项',
    ]);
  });

  it('refuses an overlong part, naming it', () => {
    const error = visitRecordInputSchema.safeParse({ seen: '看到', heard: '听'.repeat(1001) }).error;
    expect(error?.issues.map((i) => [i.path, i.message])).toEqual([[['heard'], '每项最多1000字']]);
  });

  it('follow-up: a real date and a note of 2 to 200 characters', () => {
    expect(followUpInputSchema.parse({ dueDate: '2028-02-29', note: ' 联系物业修灯 ' })).toEqual({
      dueDate: '2028-02-29',
      note: '联系物业修灯',
    });
    expect(messagesOf(followUpInputSchema, { dueDate: '2027-02-29', note: '联系物业' })).toEqual([
      '请选择有效的跟进期限',
    ]);
    expect(messagesOf(followUpInputSchema, { dueDate: '2027/03/01', note: '联系物业' })).toEqual([
      '请选择有效的跟进期限',
    ]);
    expect(messagesOf(followUpInputSchema, { note: '联系物业' })).toEqual(['请选择跟进期限']);
    expect(messagesOf(followUpInputSchema, { dueDate: '2027-03-01', note: '修' })).toEqual([
      '请写明要跟进的事，至少2个字',
    ]);
    expect(followUpInputSchema.safeParse({ dueDate: '2027-03-01', note: '修'.repeat(200) }).success).toBe(true);
    expect(messagesOf(followUpInputSchema, { dueDate: '2027-03-01', note: '修'.repeat(201) })).toEqual([
      '跟进事项最多200字',
    ]);
  });
});
