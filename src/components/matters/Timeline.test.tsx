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
  entry('t-convene', '召开协商会', at(26, 10), 'committee'),
  entry('t-approve', '审核通过并公开', at(24, 12), 'committee'),
];

const labels = (container: HTMLElement) =>
  [...container.querySelectorAll('.mq-timeline__label')].map((label) => label.textContent);
const classesOf = (container: HTMLElement, id: string) => container.querySelector(`#timeline-${id}`)!.className;

describe('Timeline', () => {
  it('tells the story oldest first for residents, each step with who and when, the latest marked', () => {
    const { container } = render(<Timeline entries={entries} />);
    expect(labels(container)).toEqual(['提出说事', '审核通过并公开', '召开协商会']);
    expect([...container.querySelectorAll('.mq-timeline__meta')].map((meta) => meta.textContent)).toEqual([
      '居民 · 2026-11-24 10:00',
      '社区居委会 · 2026-11-24 12:00',
      '社区居委会 · 2026-11-26 10:00',
    ]);
    expect(classesOf(container, 't-convene')).toContain('mq-timeline__entry--latest');
    expect(classesOf(container, 't-convene')).toContain('mq-timeline__entry--last');
    expect(classesOf(container, 't-raise')).not.toContain('mq-timeline__entry--latest');
  });

  it('puts the latest step on top for the committee', () => {
    const { container } = render(<Timeline entries={entries} newestFirst />);
    expect(labels(container)).toEqual(['召开协商会', '审核通过并公开', '提出说事']);
    expect(classesOf(container, 't-convene')).toContain('mq-timeline__entry--latest');
    expect(classesOf(container, 't-raise')).toContain('mq-timeline__entry--last');
  });
});
