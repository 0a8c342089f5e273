import { render } from '@testing-library/react';
import type { ConsultationView } from '@domain/matters/views';
import { ConsultationCard } from './ConsultationCard';

const meeting: ConsultationView = {
  id: 'c-1',
  matterId: 'm-1',
  scheduledAt: Date.UTC(2026, 10, 26, 11), // 2026-11-26 19:00 in Shanghai
  held: false,
  place: '东门社区党群服务中心二楼',
  agenda: '商量夜间停车办法',
  invitedResidentCount: 2,
  departments: ['物业公司'],
  cadreNames: ['刘建国'],
  minutes: '',
  actions: [],
  outcome: '',
  updatedAt: 0,
};

const rows = (container: HTMLElement) =>
  [...container.querySelectorAll('.mq-info-row')].map(
    (row) =>
      `${row.querySelector('.mq-info-row__label')!.textContent}:${row.querySelector('.mq-info-row__value')!.textContent}`,
  );

describe('ConsultationCard', () => {
  // The viewer's clock: 2026-11-25 in Shanghai, the day before the meeting.
  beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 10, 25, 2)));
  afterEach(() => jest.restoreAllMocks());

  it('shows residents when, where, what and who, leaving out what is not written yet', () => {
    const { container } = render(<ConsultationCard consultation={meeting} />);
    expect(rows(container)).toEqual([
      '时间:11月26日 19:00',
      '地点:东门社区党群服务中心二楼',
      '议程:商量夜间停车办法',
      '邀请居民:2人',
      '参加部门:物业公司',
      '民情书记:刘建国',
    ]);
  });

  it('tells the committee when the minutes are to be written', () => {
    const before = render(<ConsultationCard consultation={meeting} forCommittee />).container;
    expect(before.querySelector('#consultation-minutes-note')!.textContent).toBe('协商会开始后可记录纪要');
    const after = render(<ConsultationCard consultation={{ ...meeting, held: true }} forCommittee />).container;
    expect(after.querySelector('#consultation-minutes-note')!.textContent).toBe('会后请记录纪要');
  });

  it('lists the agreed actions with their state in a tag', () => {
    const action = {
      id: 'a-1',
      description: '划夜间停车位',
      owner: '物业公司',
      dueDate: '2026-12-05',
      state: 'doing' as const,
    };
    const { container } = render(
      <ConsultationCard consultation={{ ...meeting, held: true, minutes: '商定借用车位', actions: [action] }} />,
    );
    const item = container.querySelector('#action-a-1')!;
    expect(item.querySelector('.mq-tag--warn')!.textContent).toBe('办理中');
    expect(item.textContent).toContain('负责：物业公司 · 期限：12月5日');
    expect(container.querySelector('#consultation-minutes-note')).toBeNull();
  });
});
