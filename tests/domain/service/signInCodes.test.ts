import {
  acceptedCodeWindows,
  codeExpiresAt,
  codeFromNumber,
  codeWindowAt,
  CODE_WINDOW_MS,
  isCodeShaped,
} from '@domain/service/signInCodes';

describe('rotating sign-in codes', () => {
  const start = 1_796_000_010_000; // a window boundary: divisible by 30 s
  it('changes every 30 seconds and accepts the code of this window and of the one before', () => {
    expect(start % CODE_WINDOW_MS).toBe(0);
    expect(codeWindowAt(start)).toBe(codeWindowAt(start + CODE_WINDOW_MS - 1));
    expect(codeWindowAt(start + CODE_WINDOW_MS)).toBe(codeWindowAt(start) + 1);
    const [current, previous] = acceptedCodeWindows(start + 45_000);
    expect(current).toBe(codeWindowAt(start) + 1);
    expect(previous).toBe(codeWindowAt(start));
    // A code shown at `start` is good until the end of the next window: 30 to 60 seconds.
    expect(acceptedCodeWindows(start + 59_999)).toContain(codeWindowAt(start));
    expect(acceptedCodeWindows(start + 60_000)).not.toContain(codeWindowAt(start));
  });

  it('tells the organiser’s page when to show the next code', () => {
    expect(codeExpiresAt(start)).toBe(start + CODE_WINDOW_MS);
    expect(codeExpiresAt(start + 29_999)).toBe(start + CODE_WINDOW_MS);
  });

  it('makes six zero-padded digits, and recognises only six digits', () => {
    expect(codeFromNumber(42)).toBe('000042');
    expect(codeFromNumber(1_234_567_890)).toBe('567890');
    expect(['123456', '12345', '1234567', '12a456', ' 123456'].map(isCodeShaped)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
