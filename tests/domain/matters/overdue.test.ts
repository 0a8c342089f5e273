import { isEscalationOverdue } from '@domain/matters/overdue';

describe('逾期未办: an escalation past its answer date', () => {
  const due = { dueDate: '2026-12-05', respondedAt: null };

  it('is not overdue on its due date, and is from the next day on', () => {
    expect(isEscalationOverdue(due, '2026-12-05')).toBe(false);
    expect(isEscalationOverdue(due, '2026-12-06')).toBe(true);
  });

  it('is never overdue once answered', () => {
    expect(isEscalationOverdue({ ...due, respondedAt: 1 }, '2027-01-01')).toBe(false);
  });
});
