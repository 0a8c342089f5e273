import { shanghaiWallClockToMs } from '@domain/time';
import { formatTimeValue, phraseValue, truncateThing } from '@domain/notifications/templateText';

const codePoints = (s: string) => [...s].length;
const hasLoneSurrogate = (s: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('truncateThing', () => {
  const twenty = '小区东门路灯坏了三个月晚上出行很不方便啊';

  it('keeps 20 Chinese characters as they are', () => {
    expect(codePoints(twenty)).toBe(20);
    expect(truncateThing(twenty)).toBe(twenty);
  });

  it('cuts 21 to 19 and an ellipsis', () => {
    const result = truncateThing(`${twenty}！`);
    expect(result).toBe('小区东门路灯坏了三个月晚上出行很不方便…');
    expect(codePoints(result)).toBe(20);
  });

  it('counts an emoji as one character and never splits its surrogate pair', () => {
    const emoji = '😀'.repeat(20);
    expect(emoji.length).toBe(40);
    expect(truncateThing(emoji)).toBe(emoji);
    const cut = truncateThing('😀'.repeat(21));
    expect(cut).toBe(`${'😀'.repeat(19)}…`);
    expect(hasLoneSurrogate(cut)).toBe(false);
    for (let max = 1; max <= 12; max += 1) {
      const mixed = truncateThing('路灯😀坏了🏮🏮三个月𠀀𠀁晚上', max);
      expect(codePoints(mixed)).toBeLessThanOrEqual(max);
      expect(hasLoneSurrogate(mixed)).toBe(false);
    }
    expect(truncateThing('路灯😀坏了🏮🏮三个月', 4)).toBe('路灯😀…');
  });

  it('trims and puts a multi-line value on one line', () => {
    expect(truncateThing('  路灯坏了\n\n  请尽快修  ')).toBe('路灯坏了 请尽快修');
    expect(truncateThing('路灯\r\n坏了')).toBe('路灯 坏了');
    expect(truncateThing(' \n ')).toBe('');
  });

  it('does not leave a space before the ellipsis', () => {
    expect(truncateThing('一二三四 五六七八', 6)).toBe('一二三四…');
  });

  it('honours another limit and refuses a useless one', () => {
    expect(truncateThing('abcdef', 5)).toBe('abcd…');
    expect(truncateThing('abcde', 5)).toBe('abcde');
    expect(truncateThing('abc', 1)).toBe('…');
    expect(() => truncateThing('abc', 0)).toThrow(RangeError);
  });
});

describe('formatTimeValue', () => {
  it('writes the Shanghai time the way time.* fields expect', () => {
    expect(formatTimeValue(shanghaiWallClockToMs('2026-12-05', '09:30'))).toBe('2026年12月5日 09:30');
    // 16:30 UTC on 31 December is already 00:30 on 1 January in Shanghai.
    expect(formatTimeValue(Date.UTC(2026, 11, 31, 16, 30))).toBe('2027年1月1日 00:30');
    expect(formatTimeValue(Date.UTC(2026, 11, 31, 15, 59))).toBe('2026年12月31日 23:59');
  });
});

describe('phraseValue', () => {
  it('cuts to five characters without an ellipsis', () => {
    expect(phraseValue('已受理')).toBe('已受理');
    expect(phraseValue('已转交街道办理')).toBe('已转交街道');
    expect(phraseValue('  已办结\n')).toBe('已办结');
    expect(phraseValue('已受理', 2)).toBe('已受');
    expect(phraseValue('😀😀😀😀😀😀')).toBe('😀😀😀😀😀');
  });
});
