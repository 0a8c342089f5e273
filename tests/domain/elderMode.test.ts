import { isElderModeActive } from '@domain/elderMode';

describe('elder mode', () => {
  it('is forced on or off by the user', () => {
    expect(isElderModeActive('on', 16)).toBe(true);
    expect(isElderModeActive('off', 24)).toBe(false);
  });

  it('follows the phone font setting when on auto (18 px and up)', () => {
    expect(isElderModeActive('auto', 16)).toBe(false);
    expect(isElderModeActive('auto', 17)).toBe(false);
    expect(isElderModeActive('auto', 18)).toBe(true);
    expect(isElderModeActive('auto', 22)).toBe(true);
    expect(isElderModeActive('auto', null)).toBe(false);
  });
});
