import { fireEvent, screen, waitFor } from '@testing-library/react';
import MinePage from '../../src/pages/mine/index';
import { resetTaroMock } from '../support/taroMock';
import { realBackend } from './realBackend';
import { renderPage } from './render';

beforeEach(() => resetTaroMock());

describe('mine page (jsdom, real services over SQLite)', () => {
  it('switches elder mode on and off, on screen and on the server', async () => {
    const { backend, storage } = await realBackend('u-resident-li');
    renderPage(<MinePage />, backend);
    expect(await screen.findByText('李明')).toBeTruthy();
    const root = () => document.querySelector('.mq-screen')!;
    expect(root().classList.contains('mq-elder')).toBe(false);

    fireEvent.click(document.querySelector('#elder-mode-on')!);
    await waitFor(() => expect(root().classList.contains('mq-elder')).toBe(true));
    expect((await storage.users.findById('u-resident-li'))?.elderMode).toBe('on');

    fireEvent.click(document.querySelector('#elder-mode-off')!);
    await waitFor(() => expect(root().classList.contains('mq-elder')).toBe(false));
    expect((await storage.users.findById('u-resident-li'))?.elderMode).toBe('off');
  });

  it('offers role management only to the admin', async () => {
    const resident = await realBackend('u-resident-li');
    const first = renderPage(<MinePage />, resident.backend);
    await screen.findByText('李明');
    expect(screen.queryByText('用户与角色')).toBeNull();
    first.unmount();

    const admin = await realBackend('u-admin');
    renderPage(<MinePage />, admin.backend);
    expect(await screen.findByText('用户与角色')).toBeTruthy();
    expect(screen.getByText('管理员')).toBeTruthy();
  });
});

describe('mine page for staff', () => {
  it('lists the communities a cadre serves', async () => {
    const cadre = await realBackend('u-cadre-liu');
    renderPage(<MinePage />, cadre.backend);
    expect(await screen.findByText('负责社区：东门社区、西门社区')).toBeTruthy();
  });
});
