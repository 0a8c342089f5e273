import { AppError } from '@domain/errors';
import { assertWithinBookingLimit, DAILY_BOOKING_LIMIT } from '@domain/visits/bookingLimit';

describe('assertWithinBookingLimit', () => {
  it('allows up to the limit and refuses the next one with RATE_LIMITED in plain words', () => {
    expect(DAILY_BOOKING_LIMIT).toBe(10);
    expect(() => assertWithinBookingLimit(0)).not.toThrow();
    expect(() => assertWithinBookingLimit(9)).not.toThrow();
    let caught: unknown;
    try {
      assertWithinBookingLimit(10);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect(caught).toMatchObject({
      code: 'RATE_LIMITED',
      message: '今天已预约或改约10次，明天再来吧。如需帮助，请联系社区居委会',
    });
  });
});
