import { assertNoOverlap, overlaps, slotInputSchema, timeOfDaySchema } from '@domain/visits/slots';
import { caught, messagesOf } from './support';

const slot = (overrides: Record<string, unknown> = {}) => ({
  start: '09:00',
  end: '11:00',
  mode: 'station',
  place: '红帆驿站（东门）',
  capacity: 6,
  ...overrides,
});

describe('timeOfDaySchema', () => {
  it.each(['00:00', '09:30', '12:00', '23:59'])('accepts %s', (time) => {
    expect(timeOfDaySchema.parse(time)).toBe(time);
  });

  it.each(['24:00', '23:60', '9:30', '09:5', '0930', ' 09:30', '09:30 ', '09：30', ''])('refuses %j', (time) => {
    expect(messagesOf(timeOfDaySchema, time)).toEqual(['时间格式应为“时:分”，如 09:30']);
  });

  it('asks for a time when there is none', () => {
    expect(messagesOf(timeOfDaySchema, undefined)).toEqual(['请选择时间']);
  });
});

describe('slotInputSchema', () => {
  it('accepts a station talk and trims the place', () => {
    expect(slotInputSchema.parse(slot({ place: '  红帆驿站  ' }))).toEqual({
      start: '09:00',
      end: '11:00',
      mode: 'station',
      place: '红帆驿站',
      capacity: 6,
    });
  });

  it('lets a home visit go without a place', () => {
    expect(slotInputSchema.parse(slot({ mode: 'home', place: '' })).place).toBe('');
    const { place: _omitted, ...withoutPlace } = slot({ mode: 'home' });
    expect(slotInputSchema.parse(withoutPlace).place).toBe('');
  });

  it.each(['station', 'enterprise'])('requires at least 2 characters of place for %s', (mode) => {
    expect(messagesOf(slotInputSchema, slot({ mode, place: '' }))).toEqual(['请填写接访地点，至少2个字']);
    expect(messagesOf(slotInputSchema, slot({ mode, place: '   ' }))).toEqual(['请填写接访地点，至少2个字']);
    expect(messagesOf(slotInputSchema, slot({ mode, place: '站' }))).toEqual(['请填写接访地点，至少2个字']);
    expect(slotInputSchema.parse(slot({ mode, place: ' 驿站 ' })).place).toBe('驿站');
    const issue = slotInputSchema.safeParse(slot({ mode, place: '' })).error?.issues[0];
    expect(issue?.path).toEqual(['place']);
  });

  it('caps the place at 60 characters, counting an emoji as one', () => {
    expect(slotInputSchema.safeParse(slot({ place: '站'.repeat(60) })).success).toBe(true);
    expect(slotInputSchema.safeParse(slot({ place: '🏠'.repeat(60) })).success).toBe(true);
    expect(messagesOf(slotInputSchema, slot({ place: '站'.repeat(61) }))).toEqual(['地点最多60个字']);
    expect(messagesOf(slotInputSchema, slot({ mode: 'home', place: '站'.repeat(61) }))).toEqual(['地点最多60个字']);
  });

  it('needs the end after the start', () => {
    expect(messagesOf(slotInputSchema, slot({ start: '10:00', end: '10:00' }))).toEqual(['结束时间须晚于开始时间']);
    expect(messagesOf(slotInputSchema, slot({ start: '10:00', end: '09:59' }))).toEqual(['结束时间须晚于开始时间']);
    expect(slotInputSchema.safeParse(slot({ start: '10:00', end: '10:01' })).success).toBe(true);
    expect(slotInputSchema.safeParse(slot({ start: '10:00', end: '09:00' })).error?.issues[0].path).toEqual(['end']);
  });

  it('allows at most 4 hours', () => {
    expect(slotInputSchema.safeParse(slot({ start: '08:30', end: '12:30' })).success).toBe(true);
    expect(messagesOf(slotInputSchema, slot({ start: '08:30', end: '12:31' }))).toEqual(['一个时段最长4小时']);
    expect(slotInputSchema.safeParse(slot({ start: '19:59', end: '23:59' })).success).toBe(true);
    expect(messagesOf(slotInputSchema, slot({ start: '00:00', end: '23:59' }))).toEqual(['一个时段最长4小时']);
  });

  it('reports a missing place and a bad window together', () => {
    expect(messagesOf(slotInputSchema, slot({ end: '08:00', place: '' }))).toEqual([
      '结束时间须晚于开始时间',
      '请填写接访地点，至少2个字',
    ]);
  });

  it.each([
    [0, '至少接待1人'],
    [-1, '至少接待1人'],
    [51, '每个时段最多接待50人'],
    [1.5, '可接待人数须为整数'],
    ['6', '请填写可接待人数'],
    [undefined, '请填写可接待人数'],
  ])('refuses capacity %j', (capacity, message) => {
    expect(messagesOf(slotInputSchema, slot({ capacity }))).toEqual([message]);
  });

  it('accepts capacity 1 and 50', () => {
    expect(slotInputSchema.parse(slot({ capacity: 1 })).capacity).toBe(1);
    expect(slotInputSchema.parse(slot({ capacity: 50 })).capacity).toBe(50);
  });

  it('refuses a mode it does not know', () => {
    expect(messagesOf(slotInputSchema, slot({ mode: 'online' }))).toEqual(['请选择接访方式']);
  });

  it('refuses a bad time with the field named', () => {
    const error = slotInputSchema.safeParse(slot({ start: '9:00' })).error;
    expect(error?.issues.map((i) => [i.path, i.message])).toEqual([[['start'], '时间格式应为“时:分”，如 09:30']]);
  });
});

describe('overlaps', () => {
  const w = (start: string, end: string) => ({ start, end });

  it('sees windows that share any minute', () => {
    expect(overlaps(w('09:00', '10:00'), w('09:30', '10:30'))).toBe(true);
    expect(overlaps(w('09:00', '12:00'), w('10:00', '11:00'))).toBe(true);
    expect(overlaps(w('09:00', '10:00'), w('09:00', '10:00'))).toBe(true);
    expect(overlaps(w('09:00', '10:00'), w('09:59', '11:00'))).toBe(true);
  });

  it('lets one window end where the next begins', () => {
    expect(overlaps(w('09:00', '10:00'), w('10:00', '11:00'))).toBe(false);
    expect(overlaps(w('10:00', '11:00'), w('09:00', '10:00'))).toBe(false);
    expect(overlaps(w('08:00', '09:00'), w('14:00', '16:00'))).toBe(false);
  });

  it('is symmetric', () => {
    const windows = [w('08:00', '09:00'), w('08:30', '10:00'), w('09:00', '09:30'), w('07:00', '12:00')];
    for (const a of windows) for (const b of windows) expect(overlaps(a, b)).toBe(overlaps(b, a));
  });
});

describe('assertNoOverlap', () => {
  const existing = [
    { id: 's1', start: '09:00', end: '11:00', state: 'open' as const },
    { id: 's2', start: '14:00', end: '16:00', state: 'cancelled' as const },
  ];

  it('accepts slots that fit around the published ones', () => {
    expect(() =>
      assertNoOverlap(
        [
          { start: '08:00', end: '09:00' },
          { start: '11:00', end: '12:00' },
        ],
        existing,
      ),
    ).not.toThrow();
  });

  it('refuses a slot over a published one, naming it', () => {
    const error = caught(() => assertNoOverlap([{ start: '10:30', end: '12:00' }], existing));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toBe('与已发布的时段重叠：09:00-11:00');
    expect(error.issues).toEqual([{ path: 'slots.0', message: '与已发布的时段重叠：09:00-11:00' }]);
  });

  it('points at the slot that clashes', () => {
    const error = caught(() =>
      assertNoOverlap(
        [
          { start: '07:00', end: '08:00' },
          { start: '08:30', end: '09:30' },
        ],
        existing,
      ),
    );
    expect(error.issues?.[0].path).toBe('slots.1');
  });

  it('ignores a cancelled slot, whose time is free again', () => {
    expect(() => assertNoOverlap([{ start: '14:00', end: '16:00' }], existing)).not.toThrow();
  });

  it('lets an edited slot keep or change its own time', () => {
    expect(() => assertNoOverlap([{ id: 's1', start: '09:30', end: '11:30' }], existing)).not.toThrow();
    expect(caught(() => assertNoOverlap([{ id: 'other', start: '09:30', end: '11:30' }], existing)).code).toBe(
      'BAD_INPUT',
    );
  });

  it('refuses new slots that overlap each other', () => {
    const error = caught(() =>
      assertNoOverlap(
        [
          { start: '12:00', end: '13:00' },
          { start: '12:30', end: '13:30' },
        ],
        existing,
      ),
    );
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toBe('所填的时段互相重叠：12:00-13:00与12:30-13:30');
    expect(error.issues?.[0].path).toBe('slots.1');
  });

  it('accepts anything on an empty day', () => {
    expect(() => assertNoOverlap([{ start: '09:00', end: '13:00' }], [])).not.toThrow();
    expect(() => assertNoOverlap([], existing)).not.toThrow();
  });
});
