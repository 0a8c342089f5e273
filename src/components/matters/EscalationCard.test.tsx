import { render } from '@testing-library/react';
import type { EscalationView } from '@domain/matters/views';
import { EscalationCard } from './EscalationCard';

const escalation: EscalationView = {
  level: 'district',
  department: '任城区住建局',
  dueDate: '2026-12-01',
  note: '占道停车需要执法',
  escalatedAt: Date.UTC(2026, 10, 24, 2), // 2026-11-24 10:00 in Shanghai
  response: '',
  respondedAt: null,
  dueAt: null,
  overdue: true,
};

const text = (container: HTMLElement, selector: string) => container.querySelector(selector)?.textContent ?? null;

describe('EscalationCard', () => {
  // The viewer's clock: 2026-11-27 12:00 in Shanghai, the day the answer came.
  beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 10, 27, 4)));
  afterEach(() => jest.restoreAllMocks());

  it('tells residents an answer is late, and the committee to chase it', () => {
    const resident = render(<EscalationCard escalation={escalation} />).container;
    expect(text(resident, '#escalation-overdue')).toBe('已超过答复期限，部门尚未答复');
    expect(text(resident, '#escalation-response')).toBe('部门答复等待答复');
    const committee = render(<EscalationCard escalation={escalation} forCommittee />).container;
    expect(text(committee, '#escalation-overdue')).toBe('已超过答复期限，请催办');
    expect(committee.querySelector('#escalation')!.className).toContain('mq-escalation--overdue');
  });

  it('shows where it went and the answer once there is one', () => {
    const answered = {
      ...escalation,
      response: '下周二到现场查看',
      respondedAt: Date.UTC(2026, 10, 27, 1),
      overdue: false,
    };
    const { container } = render(<EscalationCard escalation={answered} forCommittee />);
    expect(container.querySelector('#escalation-overdue')).toBeNull();
    expect(text(container, '#escalation')).toContain('区直部门 · 任城区住建局');
    expect(text(container, '#escalation-response')).toBe('部门答复下周二到现场查看');
    expect(text(container, '#escalation')).toContain('答复时间今天 09:00');
  });

  it('names the holder and the due time of a case, not a level (街呼区应 down to the grid)', () => {
    const dispatched: EscalationView = {
      ...escalation,
      level: 'street',
      department: '幸福物业',
      dueAt: Date.UTC(2026, 10, 28, 9), // 2026-11-28 17:00 in Shanghai
      overdue: false,
    };
    const { container } = render(<EscalationCard escalation={dispatched} />);
    expect(text(container, '#escalation')).toContain('承办单位幸福物业');
    expect(text(container, '#escalation')).not.toContain('街道 · 幸福物业');
    expect(text(container, '#escalation-due')).toBe('答复期限11月28日17:00前');
    expect(text(container, '#escalation-response')).toBe('办理情况办理中，每一步见下方「办理进展」');
    const late = render(<EscalationCard escalation={{ ...dispatched, overdue: true }} />).container;
    expect(text(late, '#escalation-overdue')).toBe('已超过答复期限，社区正在督促承办单位');
    const done = render(<EscalationCard escalation={{ ...dispatched, respondedAt: Date.UTC(2026, 10, 27, 1) }} />);
    expect(text(done.container, '#escalation-response')).toBe('办理情况已核查办结');
  });
});
