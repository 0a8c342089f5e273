import { shanghaiWallClockToMs } from '@domain/time';
import { dueLine, overdueText, slaText, timeLeftText } from '../../src/packages/cases/components/caseText';

const HOUR = 3_600_000;
const due = shanghaiWallClockToMs('2026-12-08', '17:00');

describe('the words of a case’s clock (Asia/Shanghai, whatever the zone of the machine)', () => {
  it('says the due time as residents read it', () => {
    expect(dueLine(due)).toBe('12月8日17:00前答复');
    // 07:30 in Shanghai is still the previous day in UTC: the Shanghai date is said.
    expect(dueLine(shanghaiWallClockToMs('2027-01-01', '07:30'))).toBe('1月1日07:30前答复');
  });

  it('counts whole hours late, and days past 24 hours', () => {
    expect(overdueText(due, due)).toBe('已超期不到1小时');
    expect(overdueText(due, due + 59 * 60_000)).toBe('已超期不到1小时');
    expect(overdueText(due, due + 5.5 * HOUR)).toBe('已超期5小时');
    expect(overdueText(due, due + 24 * HOUR)).toBe('已超期1天');
    expect(overdueText(due, due + 50 * HOUR)).toBe('已超期2天2小时');
  });

  it('counts whole hours left', () => {
    expect(timeLeftText(due, due - 30 * 60_000)).toBe('还剩不到1小时');
    expect(timeLeftText(due, due - 23.9 * HOUR)).toBe('还剩23小时');
    expect(timeLeftText(due, due - 7 * 24 * HOUR)).toBe('还剩7天');
  });

  it('names each time limit with its length', () => {
    expect(['urgent', 'utilities', 'general', 'complex'].map((c) => slaText(c as never))).toEqual([
      '紧急（2小时）',
      '水电气暖（24小时）',
      '一般（7天）',
      '疑难复杂（15天）',
    ]);
  });
});
