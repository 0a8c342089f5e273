import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { NavBar } from '../../src/components/NavBar.h5';
import { resetTaroMock } from '../support/taroMock';

const instance = Taro.getCurrentInstance as jest.Mock;
const pages = Taro.getCurrentPages as jest.Mock;

/** The h5 router hands pages their path with a stamp query. */
function onPage(path: string) {
  instance.mockReturnValue({ router: { path: `/${path}?stamp=AB`, params: {} }, page: {} });
}

beforeEach(() => {
  resetTaroMock();
  instance.mockReset();
  pages.mockReset();
  pages.mockReturnValue([{ route: 'pages/matters/index' }, { route: 'packages/resident/matter/index' }]);
});

describe('the h5 navigation bar (NavBar.h5.tsx)', () => {
  it('shows the page title and a 返回 button, by that name, on a page that is not a tab', () => {
    onPage('packages/resident/matter/index');
    render(<NavBar />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('说事详情');
    const back = screen.getByRole('button', { name: '返回' });
    fireEvent.click(back);
    expect(Taro.navigateBack).toHaveBeenCalledTimes(1);
  });

  it('shows only the title on a tab page', () => {
    onPage('pages/matters/index');
    render(<NavBar />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('居民说事');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('with no page to go back to (a link or a reload opened it), 返回 goes to the page it belongs under', async () => {
    pages.mockReturnValue([{ route: 'packages/cadre/record/index' }]);
    onPage('packages/cadre/record/index');
    render(<NavBar />);
    fireEvent.click(screen.getByRole('button', { name: '返回' }));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/cadre/sheet/index' }));
    expect(Taro.navigateBack).not.toHaveBeenCalled();

    // Under a tab: the tab is switched to.
    pages.mockReturnValue([{ route: 'packages/resident/matter/index' }]);
    onPage('packages/resident/matter/index');
    render(<NavBar />);
    fireEvent.click(screen.getAllByRole('button', { name: '返回' })[1]);
    await waitFor(() => expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/matters/index' }));
  });

  it('draws nothing on a page it does not know', () => {
    onPage('pages/unknown/index');
    const { container } = render(<NavBar />);
    expect(container.innerHTML).toBe('');
  });
});
