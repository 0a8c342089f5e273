import { fireEvent, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ProfilePage from '../../src/packages/resident/profile/index';
import { resetTaroMock } from '../support/taroMock';
import { realBackend } from './realBackend';
import { renderPage } from './render';
import { $, typeInto } from './dom';

beforeEach(() => resetTaroMock());

describe('profile page (jsdom, real services over SQLite)', () => {
  it('shows what the server has for the signed-in resident', async () => {
    const { backend } = await realBackend('u-resident-zhang');
    renderPage(<ProfilePage />, backend);
    await screen.findByText('所在社区');
    expect((document.querySelector('#profile-name input, input#profile-name') as HTMLInputElement).value).toBe(
      '张桂兰',
    );
    expect(document.querySelector('#community-c-dongmen')?.getAttribute('aria-checked')).toBe('true');
    expect(document.querySelector('#compound-p-xingfu')?.getAttribute('aria-checked')).toBe('true');
    // Only the chosen community's compounds are offered.
    expect(document.querySelector('#compound-p-yunhe')).toBeNull();
  });

  it('refuses to save without a community and says why, without calling the server', async () => {
    const { backend, storage } = await realBackend('u-resident-new');
    const { calls } = renderPage(<ProfilePage />, backend);
    await screen.findByText('所在社区');
    typeInto('profile-name', '孙大爷');
    const before = calls.length;
    fireEvent.click(document.querySelector('#profile-save')!);
    expect(await screen.findByText('请选择您所在的社区')).toBeTruthy();
    expect(calls.length).toBe(before);
    expect((await storage.users.findById('u-resident-new'))?.name).toBe('');
  });

  it('says every problem at once, scrolls to the first, and clears each as soon as it is fixed', async () => {
    const { backend } = await realBackend('u-resident-new');
    const { calls } = renderPage(<ProfilePage />, backend);
    await screen.findByText('所在社区');
    typeInto('profile-phone', '12345');
    const before = calls.length;
    fireEvent.click(document.querySelector('#profile-save')!);
    // Name, community and phone in one tap, not one per tap.
    await waitFor(() => expect($('#profile-field-communityId').textContent).toContain('请选择您所在的社区'));
    expect($('#profile-field-name').querySelector('[role="alert"]')).not.toBeNull();
    expect($('#profile-field-phone').textContent).toContain('请填写11位手机号码');
    await waitFor(() =>
      expect(Taro.pageScrollTo).toHaveBeenCalledWith({ selector: '#profile-field-name', duration: 300 }),
    );
    expect(calls.length).toBe(before);

    fireEvent.click(document.querySelector('#community-c-ximen')!);
    await waitFor(() => expect($('#profile-field-communityId').querySelector('[role="alert"]')).toBeNull());
    typeInto('profile-phone', '13912345678');
    await waitFor(() => expect($('#profile-field-phone').querySelector('[role="alert"]')).toBeNull());
    expect($('#profile-field-name').querySelector('[role="alert"]')).not.toBeNull();
    typeInto('profile-name', '孙大爷');
    await waitFor(() => expect(document.querySelectorAll('#profile-form [role="alert"]')).toHaveLength(0));
  });

  it('saves name, community, compound, building and phone, then goes back', async () => {
    const { backend, storage } = await realBackend('u-resident-new');
    const { calls } = renderPage(<ProfilePage />, backend);
    await screen.findByText('所在社区');
    typeInto('profile-name', '孙大爷');
    fireEvent.click(document.querySelector('#community-c-ximen')!);
    fireEvent.click(await waitFor(() => document.querySelector('#compound-p-taibai')!));
    typeInto('profile-building', '2号楼101');
    typeInto('profile-phone', '13912345678');
    fireEvent.click(document.querySelector('#profile-save')!);
    await waitFor(async () => expect((await storage.users.findById('u-resident-new'))?.name).toBe('孙大爷'));
    expect(await storage.users.findById('u-resident-new')).toMatchObject({
      communityId: 'c-ximen',
      gridId: 'g-ximen-2',
      compoundId: 'p-taibai',
      building: '2号楼101',
      phone: '13912345678',
    });
    const save = calls.find((c) => c.event.action === 'updateProfile');
    expect(save?.event.requestId).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
    // The page goes back 0.8 s after 已保存: wait for that, not for a fixed time that may end first.
    await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalled(), { timeout: 3000 });
  });

  it('shows the server refusal next to the field', async () => {
    const { backend } = await realBackend('u-committee-chen');
    renderPage(<ProfilePage />, backend);
    await screen.findByText('所在社区');
    // A committee member is offered only the assigned community.
    expect(document.querySelector('#community-c-ximen')).toBeNull();
    typeInto('profile-phone', '12345');
    fireEvent.click(document.querySelector('#profile-save')!);
    expect(await screen.findByText('请填写11位手机号码')).toBeTruthy();
  });

  it.each([
    ['u-grid-sun', ['c-dongmen']],
    ['u-street-zhou', ['c-dongmen', 'c-ximen']],
    ['u-property-zheng', ['c-dongmen']],
    ['u-dept-wu', ['c-dongmen', 'c-ximen']],
  ])('offers %s the communities of its scope (a department: any)', async (userId, offered) => {
    const { backend } = await realBackend(userId);
    renderPage(<ProfilePage />, backend);
    await screen.findByText('所在社区');
    const shown = [...document.querySelectorAll('[id^="community-c-"]')].map((el) => el.id.slice(10));
    expect(shown).toEqual(offered);
  });
});
