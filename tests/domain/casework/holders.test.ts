import { caseHolderSchema, holderKey, holderKindLabels, sameHolder } from '@domain/casework/holders';

describe('case holders', () => {
  it('are a grid, a property company, a department or the street', () => {
    expect(holderKindLabels).toEqual({ grid: '网格', property: '物业', department: '区直部门', street: '街道' });
  });

  it('compare and key by kind and id', () => {
    expect(sameHolder({ kind: 'department', id: 'cg' }, { kind: 'department', id: 'cg' })).toBe(true);
    expect(sameHolder({ kind: 'department', id: 'cg' }, { kind: 'property', id: 'cg' })).toBe(false);
    expect(holderKey({ kind: 'grid', id: 'g3' })).toBe('grid:g3');
  });

  it('parse from input, refusing an unknown kind or an empty id in Chinese', () => {
    expect(caseHolderSchema.parse({ kind: 'street', id: ' s1 ' })).toEqual({ kind: 'street', id: 's1' });
    const bad = caseHolderSchema.safeParse({ kind: 'police', id: '' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.message)).toEqual(['请选择承办单位类型', '请选择承办单位']);
  });
});
