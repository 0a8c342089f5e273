import { shanghaiWallClockToMs } from '@domain/time';
import { creditMinutes, hoursText, hoursToNextStar, MIN_COVERAGE, starsFor } from '@domain/service/hours';

const at = (date: string, time: string) => shanghaiWallClockToMs(date, time);

describe('volunteer hours', () => {
  const activity = { activityStart: at('2026-12-05', '09:00'), activityEnd: at('2026-12-05', '11:00') };

  it('credits the time inside the activity, early arrival and late leaving earning nothing extra', () => {
    expect(
      creditMinutes({ ...activity, signedInAt: at('2026-12-05', '08:30'), signedOutAt: at('2026-12-05', '11:40') }),
    ).toBe(120);
    expect(
      creditMinutes({ ...activity, signedInAt: at('2026-12-05', '09:10'), signedOutAt: at('2026-12-05', '10:55') }),
    ).toBe(105);
  });

  it('counts nothing under 60% of the activity, and exactly 60% counts', () => {
    expect(MIN_COVERAGE).toBe(0.6);
    expect(
      creditMinutes({ ...activity, signedInAt: at('2026-12-05', '09:00'), signedOutAt: at('2026-12-05', '10:12') }),
    ).toBe(72);
    expect(
      creditMinutes({ ...activity, signedInAt: at('2026-12-05', '09:00'), signedOutAt: at('2026-12-05', '10:11') }),
    ).toBe(0);
    // Signed out before signing in, or outside the activity altogether: nothing.
    expect(
      creditMinutes({ ...activity, signedInAt: at('2026-12-05', '10:00'), signedOutAt: at('2026-12-05', '09:00') }),
    ).toBe(0);
    expect(
      creditMinutes({ ...activity, signedInAt: at('2026-12-05', '12:00'), signedOutAt: at('2026-12-05', '14:00') }),
    ).toBe(0);
  });

  it('counts an activity across midnight (Asia/Shanghai) by its real span', () => {
    const night = { activityStart: at('2026-12-31', '22:00'), activityEnd: at('2027-01-01', '02:00') };
    expect(
      creditMinutes({ ...night, signedInAt: at('2026-12-31', '22:05'), signedOutAt: at('2027-01-01', '01:50') }),
    ).toBe(225);
    expect(
      creditMinutes({ ...night, signedInAt: at('2026-12-31', '23:00'), signedOutAt: at('2027-01-01', '00:20') }),
    ).toBe(0);
  });

  it('gives stars at 100, 300, 600, 1000 and 1500 hours', () => {
    expect([0, 99.9, 100, 299, 300, 600, 999, 1000, 1500, 5000].map((h) => starsFor(Math.round(h * 60)))).toEqual([
      0, 0, 1, 1, 2, 3, 3, 4, 5, 5,
    ]);
  });

  it('says the hours to the next star, none at five stars, and shows hours rounded down to a tenth', () => {
    expect(hoursToNextStar(0)).toBe(100);
    expect(hoursToNextStar(120)).toBe(98);
    expect(hoursToNextStar(100 * 60 - 1)).toBe(0.1);
    expect(hoursToNextStar(1500 * 60)).toBeNull();
    expect([hoursText(0), hoursText(120), hoursText(125), hoursText(-30)]).toEqual(['0', '2', '2', '0']);
    expect(hoursText(129)).toBe('2.1');
  });
});
