import { isAppError } from '@domain/errors';
import { MAX_PERIOD_MONTHS, monthIndexOf, resolvePeriod, type PeriodChoice } from '@domain/stats/period';
import { shanghaiWallClockToMs } from '@domain/time';

const at = (date: string, time = '09:00') => shanghaiWallClockToMs(date, time);
const lastMs = (date: string) => shanghaiWallClockToMs(date, '23:59') + 59_999;

function refusal(choice: PeriodChoice, now = at('2026-12-06')) {
  try {
    resolvePeriod(choice, now);
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('accepted');
}

describe('statistics periods (Asia/Shanghai calendar days)', () => {
  it('本月 is the whole calendar month, bounded at Shanghai midnights', () => {
    const period = resolvePeriod({ kind: 'thisMonth' }, at('2026-12-06'));
    expect(period).toMatchObject({ from: '2026-12-01', to: '2026-12-31', label: '2026年12月' });
    expect(period.startMs).toBe(Date.UTC(2026, 10, 30, 16));
    expect(period.endMs).toBe(Date.UTC(2026, 11, 31, 16));
    expect(period.months).toEqual([{ key: '2026-12', label: '12月', startMs: period.startMs, endMs: period.endMs }]);
  });

  it('takes the Shanghai date of the instant: 00:30 on the 1st in Shanghai is still the 30th in UTC', () => {
    const period = resolvePeriod({ kind: 'thisMonth' }, at('2026-12-01', '00:30'));
    expect(period.from).toBe('2026-12-01');
    const lastMonth = resolvePeriod({ kind: 'lastMonth' }, at('2026-12-01', '00:30'));
    expect(lastMonth).toMatchObject({ from: '2026-11-01', to: '2026-11-30', label: '2026年11月' });
  });

  it('上月 crosses into the previous year in January, and knows February', () => {
    expect(resolvePeriod({ kind: 'lastMonth' }, at('2027-01-10'))).toMatchObject({
      from: '2026-12-01',
      to: '2026-12-31',
      label: '2026年12月',
    });
    expect(resolvePeriod({ kind: 'lastMonth' }, at('2028-03-01'))).toMatchObject({
      from: '2028-02-01',
      to: '2028-02-29',
    });
  });

  it('今年 has twelve months, each clipped to its own bounds', () => {
    const period = resolvePeriod({ kind: 'thisYear' }, at('2026-12-06'));
    expect(period).toMatchObject({ from: '2026-01-01', to: '2026-12-31', label: '2026年' });
    expect(period.months.map((m) => m.label)).toEqual([
      '1月',
      '2月',
      '3月',
      '4月',
      '5月',
      '6月',
      '7月',
      '8月',
      '9月',
      '10月',
      '11月',
      '12月',
    ]);
    for (let i = 1; i < 12; i++) expect(period.months[i].startMs).toBe(period.months[i - 1].endMs);
    expect(period.months[11].endMs).toBe(period.endMs);
  });

  it('a custom range includes both ends and clips its first and last months', () => {
    const period = resolvePeriod({ kind: 'custom', from: '2025-11-15', to: '2026-01-10' }, at('2026-12-06'));
    expect(period.label).toBe('2025年11月15日至2026年1月10日');
    expect(period.months.map((m) => m.key)).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(period.months.map((m) => m.label)).toEqual(['2025年11月', '2025年12月', '2026年1月']);
    expect(period.months[0].startMs).toBe(at('2025-11-15', '00:00'));
    expect(period.months[2].endMs).toBe(at('2026-01-11', '00:00'));
    const oneDay = resolvePeriod({ kind: 'custom', from: '2026-12-05', to: '2026-12-05' }, at('2026-12-06'));
    expect(oneDay.label).toBe('2026年12月5日至12月5日');
    expect(oneDay.endMs - oneDay.startMs).toBe(24 * 3600_000);
  });

  it('puts the last millisecond of a month in that month and midnight in the next', () => {
    const period = resolvePeriod({ kind: 'thisYear' }, at('2026-12-06'));
    expect(monthIndexOf(period, lastMs('2026-11-30'))).toBe(10);
    expect(monthIndexOf(period, at('2026-12-01', '00:00'))).toBe(11);
    expect(monthIndexOf(period, lastMs('2025-12-31'))).toBe(-1);
    expect(monthIndexOf(period, at('2027-01-01', '00:00'))).toBe(-1);
  });

  it('refuses a custom range that is incomplete, backwards or too long, in Chinese', () => {
    expect(refusal({ kind: 'custom', from: '2026-12-01' })).toEqual({
      code: 'BAD_INPUT',
      message: '自定义周期请选择开始和结束日期',
    });
    expect(refusal({ kind: 'custom', from: '2026-12-05', to: '2026-12-01' })).toEqual({
      code: 'BAD_INPUT',
      message: '开始日期不能晚于结束日期',
    });
    expect(refusal({ kind: 'custom', from: '2023-01-01', to: '2026-01-31' }).message).toBe(
      `统计周期最长${MAX_PERIOD_MONTHS}个月，请缩短范围`,
    );
    expect(
      resolvePeriod({ kind: 'custom', from: '2024-01-01', to: '2026-12-31' }, at('2026-12-06')).months,
    ).toHaveLength(36);
  });
});
