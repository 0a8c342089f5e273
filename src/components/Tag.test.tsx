import { render } from '@testing-library/react';
import { stateLabels, stateTones } from '@domain/matters/states';
import { Tag } from './Tag';

describe('Tag', () => {
  it('shows the word in the colour of its tone, the state kept for tests and scripts', () => {
    const { container } = render(
      <Tag tone={stateTones.consulting} state="consulting" id="matter-state">
        {stateLabels.consulting}
      </Tag>,
    );
    const tag = container.querySelector('#matter-state')!;
    expect(tag.textContent).toBe('协商中');
    expect(tag.className).toBe('mq-tag mq-tag--news');
    expect(tag.getAttribute('data-state')).toBe('consulting');
  });

  it('is quiet unless told otherwise', () => {
    const { container } = render(<Tag>对居民匿名</Tag>);
    expect(container.firstElementChild!.className).toBe('mq-tag mq-tag--quiet');
    expect(container.firstElementChild!.hasAttribute('data-state')).toBe(false);
  });
});
