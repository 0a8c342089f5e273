import {
  auditPersonName,
  auditTrailKindOf,
  contactRevealReason,
  roleChangeDetail,
  roleChangeQuestion,
} from '@domain/auditTrail';
import { parseUserSearch } from '@domain/userSearch';

describe('审计记录 rules', () => {
  it('asks who becomes what and says what it grants', () => {
    expect(roleChangeQuestion('张三', 'cadre')).toEqual({
      title: '将 张三 设为 民情书记？',
      detail: '他将能发布接访时段，看到预约居民的联系方式',
    });
    expect(roleChangeQuestion('', 'resident').title).toBe('将 未填写姓名的用户 设为 居民？');
  });

  it('describes a role change from its snapshots, and a reveal by its visit', () => {
    expect(roleChangeDetail({ role: 'resident' }, { role: 'committee' })).toBe('居民 → 社区居委会');
    expect(roleChangeDetail(null, { role: 'nonsense' })).toBe('未知 → 未知');
    expect(contactRevealReason({ residentId: 'u', date: '2026-12-15', mode: 'home' })).toBe(
      '12月15日 周二 入户走访的预约，联系居民',
    );
    // Lines written before the visit was recorded on them.
    expect(contactRevealReason({ residentId: 'u' })).toBe('接访时联系预约的居民');
  });

  it('names the deleted 已注销用户 and knows only its two actions', () => {
    expect(auditPersonName(undefined)).toBe('已注销用户');
    expect(auditPersonName(' ')).toBe('已注销用户');
    expect(auditPersonName('李明')).toBe('李明');
    expect(auditTrailKindOf('account.assignRole')).toBe('roleChange');
    expect(auditTrailKindOf('visit.revealContact')).toBe('contactReveal');
    expect(auditTrailKindOf('matter.moderate')).toBeNull();
  });

  it('reads a search as a phone tail (1-4 digits) or part of a name', () => {
    expect(parseUserSearch(' 5678 ')).toEqual({ kind: 'phoneTail', digits: '5678' });
    expect(parseUserSearch('13805371234')).toEqual({ kind: 'name', text: '13805371234' });
    expect(parseUserSearch('张')).toEqual({ kind: 'name', text: '张' });
    expect(parseUserSearch('  ')).toBeNull();
    expect(parseUserSearch(undefined)).toBeNull();
  });
});
