import { render } from '@testing-library/react';
import type { TimelineEntryView } from '@domain/matters/views';
import { Timeline } from './Timeline';

const at = (day: number, hour: number) => Date.UTC(2026, 10, day, hour - 8); // Shanghai wall clock
const entry = (
  id: string,
  label: string,
  ms: number,
  actorRole: TimelineEntryView['actorRole'],
): TimelineEntryView => ({
  id,
  at: ms,
  transition: id,
  label,
  fromState: null,
  toState: 'open',
  actorRole,
  note: '',
});
const entries = [
  entry('t-raise', '提出说事', at(24, 10), 'resident'),
  entry('t-convene', '安排协商会', at(26, 10), 'committee'),
  entry('t-approve', '审核通过并公开', at(24, 12), 'committee'),
];

const labels = (container: HTMLElement) =>
  [...container.querySelectorAll('.mq-timeline__label')].map((label) => label.textContent);
const classesOf = (container: HTMLElement, id: string) => container.querySelector(`#timeline-${id}`)!.className;

describe('Timeline', () => {
  // The viewer's clock: 2026-11-26 15:00 in Shanghai, so the last step was today.
  beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(at(26, 15)));
  afterEach(() => jest.restoreAllMocks());

  it('puts the latest step on top for everyone, each step with who and when, the latest marked', () => {
    const { container } = render(<Timeline entries={entries} />);
    expect(labels(container)).toEqual(['安排协商会', '审核通过并公开', '提出说事']);
    expect([...container.querySelectorAll('.mq-timeline__meta')].map((meta) => meta.textContent)).toEqual([
      '社区居委会 · 今天 10:00',
      '社区居委会 · 11月24日 12:00',
      '居民 · 11月24日 10:00',
    ]);
    expect(classesOf(container, 't-convene')).toContain('mq-timeline__entry--latest');
    expect(classesOf(container, 't-raise')).toContain('mq-timeline__entry--last');
    expect(classesOf(container, 't-raise')).not.toContain('mq-timeline__entry--latest');
    expect(classesOf(container, 't-convene')).not.toContain('mq-timeline__entry--last');
  });

  it('keeps the server order of steps taken in the same millisecond, reversed with the rest', () => {
    const same = at(25, 9);
    const { container } = render(
      <Timeline
        entries={[
          entry('t-a', '提出说事', same, 'resident'),
          entry('t-b', '审核通过并公开', same, 'committee'),
          entry('t-c', '安排协商会', at(26, 10), 'committee'),
        ]}
      />,
    );
    expect(labels(container)).toEqual(['安排协商会', '审核通过并公开', '提出说事']);
  });
});
