import { render } from '@testing-library/react';
import { InfoRow } from './InfoRow';

describe('InfoRow', () => {
  it('shows a label and its value', () => {
    const { container } = render(<InfoRow label="地点">东门社区红帆驿站</InfoRow>);
    expect(container.querySelector('.mq-info-row__label')!.textContent).toBe('地点');
    expect(container.querySelector('.mq-info-row__value')!.textContent).toBe('东门社区红帆驿站');
  });

  it('leaves out a row with nothing to say', () => {
    for (const nothing of ['', null, undefined]) {
      const { container } = render(<InfoRow label="说明">{nothing}</InfoRow>);
      expect(container.innerHTML).toBe('');
    }
  });
});
