import {
  assertCodeAccepted,
  codeFor,
  currentCode,
  newActivitySecret,
} from '../../../cloudfunctions/lib/services/service/activityCodes';
import { CODE_WINDOW_MS, codeWindowAt } from '@domain/service/signInCodes';

const T = Date.UTC(2026, 11, 10, 1, 0, 10);

describe('the rotating sign-in code', () => {
  it('is six digits, the same for the same key and window, different for another key or window', () => {
    const secret = newActivitySecret();
    expect(secret).toMatch(/^[0-9a-f]{32}$/);
    expect(newActivitySecret()).not.toBe(secret);
    const code = codeFor(secret, 1000);
    expect(code).toMatch(/^\d{6}$/);
    expect(codeFor(secret, 1000)).toBe(code);
    const others = [codeFor(secret, 1001), codeFor(secret, 1002), codeFor('another key', 1000)];
    expect(others.filter((other) => other === code).length).toBeLessThan(others.length);
  });

  it('is shown with when it is replaced, and accepted in its window and the next only', () => {
    const secret = 'key-a1';
    const shown = currentCode(secret, T);
    expect(shown).toEqual({
      code: codeFor(secret, codeWindowAt(T)),
      expiresAt: (codeWindowAt(T) + 1) * CODE_WINDOW_MS,
    });
    expect(() => assertCodeAccepted(secret, shown.code, T)).not.toThrow();
    expect(() => assertCodeAccepted(secret, shown.code, shown.expiresAt + CODE_WINDOW_MS - 1)).not.toThrow();
    if (codeFor(secret, codeWindowAt(T) + 2) !== shown.code && codeFor(secret, codeWindowAt(T) + 1) !== shown.code) {
      expect(() => assertCodeAccepted(secret, shown.code, shown.expiresAt + CODE_WINDOW_MS)).toThrow(
        '签到码不对或已过期，请看组织者手机上的最新签到码',
      );
    }
  });
});
