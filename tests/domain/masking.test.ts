import { canSeeContact, maskAddress, maskPhone } from '@domain/masking';

describe('masking', () => {
  it('masks the middle four digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138 1234 5678')).toBe('138****5678');
    expect(maskPhone('12345')).toBe('*****');
  });

  it('keeps the compound of an address and hides building and room', () => {
    expect(maskAddress('幸福小区3号楼2单元501')).toBe('幸福小区****');
    expect(maskAddress(' 槐荫苑 12-3-601 ')).toBe('槐荫苑****');
    expect(maskAddress('东门大街一号院')).toBe('东门大街****');
    expect(maskAddress('')).toBe('');
  });

  it('shows contact details only to the owner, the assigned cadre and the community committee', () => {
    const record = { ownerId: 'u1', communityId: 'c1', assignedCadreId: 'cadre1' };
    expect(canSeeContact({ userId: 'u1', role: 'resident', communityIds: ['c1'] }, record)).toBe(true);
    expect(canSeeContact({ userId: 'cadre1', role: 'cadre', communityIds: ['c1'] }, record)).toBe(true);
    expect(canSeeContact({ userId: 'k1', role: 'committee', communityIds: ['c1'] }, record)).toBe(true);
    expect(canSeeContact({ userId: 'u2', role: 'resident', communityIds: ['c1'] }, record)).toBe(false);
    expect(canSeeContact({ userId: 'cadre2', role: 'cadre', communityIds: ['c1'] }, record)).toBe(false);
    expect(canSeeContact({ userId: 'k2', role: 'committee', communityIds: ['c2'] }, record)).toBe(false);
    expect(canSeeContact({ userId: 'a', role: 'admin', communityIds: [] }, record)).toBe(false);
  });
});
