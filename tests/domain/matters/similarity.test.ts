import {
  findSimilarMatters,
  normalizeTitle,
  SIMILARITY_THRESHOLD,
  titleSearchTerms,
  titleSimilarity,
} from '@domain/matters/similarity';

describe('titleSimilarity', () => {
  it('normalizes width, case, punctuation and spaces', () => {
    expect(normalizeTitle(' ３号楼  电梯，又坏了！！ＡＢ ')).toBe('3号楼电梯又坏了ab');
    expect(titleSimilarity('3号楼电梯坏了', '３号楼 电梯坏了。')).toBe(1);
  });

  it('is symmetric and within [0, 1]', () => {
    const pairs: [string, string][] = [
      ['小区门口乱停车', '小区门口车辆乱停'],
      ['楼道堆放杂物', '楼下广场舞噪音'],
      ['a', 'abc'],
    ];
    for (const [a, b] of pairs) {
      const s = titleSimilarity(a, b);
      expect(s).toBe(titleSimilarity(b, a));
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });

  it('scores by shared character pairs (Dice)', () => {
    // 6 and 7 bigrams, 4 shared (小区 区门 门口 乱停): 8 / 13.
    expect(titleSimilarity('小区门口乱停车', '小区门口车辆乱停')).toBeCloseTo(8 / 13, 10);
    // 6 and 7 bigrams, 5 shared: 10 / 13.
    expect(titleSimilarity('3号楼电梯坏了', '3号楼电梯又坏了')).toBeCloseTo(10 / 13, 10);
    expect(titleSimilarity('楼道堆放杂物', '楼下广场舞噪音')).toBe(0);
  });

  it('counts repeated pairs only as often as both sides have them', () => {
    // 哈哈哈哈 has 哈哈 three times, 哈哈 once: 2 * 1 / (3 + 1).
    expect(titleSimilarity('哈哈哈哈', '哈哈')).toBeCloseTo(0.5, 10);
  });

  it('handles empty and one-character titles', () => {
    expect(titleSimilarity('', '')).toBe(0);
    expect(titleSimilarity('！！', '停车')).toBe(0);
    expect(titleSimilarity('车', '车')).toBe(1);
    expect(titleSimilarity('车', '停车')).toBe(0);
  });
});

describe('the threshold, chosen from real-looking pairs', () => {
  const match = (a: string, b: string) => titleSimilarity(a, b) >= SIMILARITY_THRESHOLD;

  it.each([
    ['小区门口乱停车', '小区门口车辆乱停'],
    ['3号楼电梯坏了', '3号楼电梯又坏了'],
    ['小区门口乱停车', '小区门口乱停车现象严重'],
    ['晚上广场舞噪音太大', '广场舞噪音扰民'],
  ])('%s ~ %s', (a, b) => {
    expect(match(a, b)).toBe(true);
  });

  it.each([
    ['楼道堆放杂物', '楼下广场舞噪音'],
    ['楼道堆放杂物', '楼道灯坏了'],
    ['小区门口乱停车', '小区门口垃圾堆放'],
    ['3号楼电梯坏了', '3号楼楼顶漏水'],
  ])('%s !~ %s', (a, b) => {
    expect(match(a, b)).toBe(false);
  });
});

describe('findSimilarMatters', () => {
  const m = (id: string, title: string, category = 'parking', state = 'open') => ({ id, title, category, state });

  it('finds an active matter in the same category', () => {
    const found = findSimilarMatters([m('a', '小区门口车辆乱停')], { title: '小区门口乱停车', category: 'parking' });
    expect(found).toEqual([{ ...m('a', '小区门口车辆乱停'), similarity: 8 / 13 }]);
  });

  it('ignores other categories and matters that are not active', () => {
    const title = '小区门口乱停车';
    const candidates = [
      m('cat', title, 'safety'),
      m('pending', title, 'parking', 'pending_review'),
      m('resolved', title, 'parking', 'resolved'),
      m('closed', title, 'parking', 'closed'),
      m('hidden', title, 'parking', 'hidden'),
      m('rejected', title, 'parking', 'rejected'),
      m('open', title, 'parking', 'open'),
      m('consulting', title, 'parking', 'consulting'),
      m('escalated', title, 'parking', 'escalated'),
    ];
    expect(findSimilarMatters(candidates, { title, category: 'parking' }).map((c) => c.id)).toEqual([
      'consulting',
      'escalated',
      'open',
    ]);
  });

  it('sorts by similarity, then id, and returns at most five', () => {
    const candidates = [
      m('z', '小区门口乱停车'),
      m('b', '小区门口车辆乱停'),
      m('y', '小区门口乱停车'),
      m('c', '小区门口乱停车现象严重'),
      m('x', '小区门口乱停车'),
      m('w', '小区门口乱停车'),
      m('far', '楼道堆放杂物'),
    ];
    const found = findSimilarMatters(candidates, { title: '小区门口乱停车', category: 'parking' });
    expect(found.map((c) => c.id)).toEqual(['w', 'x', 'y', 'z', 'c']);
    expect(found[0].similarity).toBe(1);
    expect(findSimilarMatters(candidates, { title: '小区门口乱停车', category: 'parking' }, { limit: 2 })).toHaveLength(
      2,
    );
  });

  it('takes a caller threshold', () => {
    const candidates = [m('a', '小区门口车辆乱停')];
    const draft = { title: '小区门口乱停车', category: 'parking' };
    expect(findSimilarMatters(candidates, draft, { threshold: 0.7 })).toEqual([]);
    expect(findSimilarMatters(candidates, draft, { threshold: 0.6 })).toHaveLength(1);
  });

  it('never matches titles of two characters or fewer', () => {
    expect(findSimilarMatters([m('a', '停车')], { title: '停车', category: 'parking' })).toEqual([]);
    expect(findSimilarMatters([m('a', '停车')], { title: '停车！！', category: 'parking' })).toEqual([]);
    expect(findSimilarMatters([m('a', '停车难')], { title: '停车难', category: 'parking' })).toHaveLength(1);
  });

  it('returns nothing when there is nothing to compare', () => {
    expect(findSimilarMatters([], { title: '小区门口乱停车', category: 'parking' })).toEqual([]);
  });
});

describe('titleSearchTerms', () => {
  it('splits on spaces and punctuation, Chinese or ASCII', () => {
    expect(titleSearchTerms('  电梯 ， 3号楼、噪音;停车  ')).toEqual(['电梯', '3号楼', '噪音', '停车']);
  });

  it('drops duplicates and keeps at most five terms', () => {
    expect(titleSearchTerms('a b a c d e f g')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('cuts a long term to 20 characters', () => {
    const long = '停'.repeat(25);
    expect(titleSearchTerms(long)).toEqual(['停'.repeat(20)]);
  });

  it('leaves no regex syntax in a term', () => {
    expect(titleSearchTerms('.*(电梯)+[a-z]|^$')).toEqual(['电梯', 'a', 'z']);
  });

  it('returns nothing for a blank or all-punctuation query', () => {
    expect(titleSearchTerms('')).toEqual([]);
    expect(titleSearchTerms(' ，。！？ ')).toEqual([]);
  });
});
