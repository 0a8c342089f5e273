import { isFollowUpOverdue } from '@domain/visits/followUpDue';

describe('a follow-up past its due date', () => {
  it('is overdue from the day after its due date while still open', () => {
    expect(isFollowUpOverdue({ state: 'open', dueDate: '2026-12-05' }, '2026-12-05')).toBe(false);
    expect(isFollowUpOverdue({ state: 'open', dueDate: '2026-12-05' }, '2026-12-06')).toBe(true);
  });

  it('is never overdue once closed', () => {
    expect(isFollowUpOverdue({ state: 'closed', dueDate: '2026-12-05' }, '2026-12-20')).toBe(false);
  });
});
