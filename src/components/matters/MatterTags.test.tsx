import { render } from '@testing-library/react';
import { MatterTags } from './MatterTags';

const matter = { pinned: true, state: 'consulting', category: 'parking', anonymous: true } as const;
const tags = (container: HTMLElement) => [...container.querySelectorAll('.mq-tag')].map((tag) => tag.textContent);

describe('MatterTags', () => {
  it('shows 置顶, the state and the category the same way in every list', () => {
    const { container } = render(<MatterTags matter={matter} />);
    expect(tags(container)).toEqual(['置顶', '协商中', '停车']);
    expect(container.querySelector('.mq-matter-tags__state')!.className).toContain('mq-tag--news');
    expect(container.querySelector('#matter-state')).toBeNull();
  });

  it('tells the committee the matter is anonymous to residents, with the page’s own tags in between', () => {
    const { container } = render(
      <MatterTags matter={{ ...matter, pinned: false }} forCommittee onOwnPage>
        <span className="mq-tag">被举报 2 次</span>
      </MatterTags>,
    );
    expect(tags(container)).toEqual(['协商中', '停车', '被举报 2 次', '对居民匿名']);
    expect(container.querySelector('#matter-state')!.getAttribute('data-state')).toBe('consulting');
  });
});
