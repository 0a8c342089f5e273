import { fireEvent, render } from '@testing-library/react';
import { SubmitBar } from './SubmitBar';

describe('SubmitBar', () => {
  it('says what stands in the way above the button, and sends on a tap', () => {
    const onSubmit = jest.fn();
    const { container } = render(
      <SubmitBar id="book-submit" errorId="book-error" error="请填写原因" busy={false} onSubmit={onSubmit}>
        确认预约
      </SubmitBar>,
    );
    expect(container.querySelector('#book-error')!.getAttribute('role')).toBe('alert');
    expect(container.querySelector('#book-error')!.textContent).toBe('请填写原因');
    fireEvent.click(container.querySelector('#book-submit')!);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('shows no box when nothing is wrong', () => {
    const { container } = render(
      <SubmitBar id="rate-submit" error="" busy={false} onSubmit={() => undefined}>
        提交评价
      </SubmitBar>,
    );
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});
