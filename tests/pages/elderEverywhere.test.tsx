import { fireEvent, screen, waitFor } from '@testing-library/react';
import MinePage from '../../src/pages/mine/index';
import { ELDER_ROOT_CLASS } from '../../src/state/elderRoot';
import { resetTaroMock } from '../support/taroMock';
import { realBackend } from './realBackend';
import { renderPage, type Backend } from './render';

// NutUI's Toast.show reaches its <Toast> through Taro's event centre: a working one here.
jest.mock('@tarojs/taro', () => {
  const taro = jest.requireActual('../support/taroMock');
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const eventCenter = {
    on: (name: string, fn: (...args: unknown[]) => void) =>
      void listeners.set(name, (listeners.get(name) ?? new Set()).add(fn)),
    off: (name: string, fn?: (...args: unknown[]) => void) =>
      void (fn ? listeners.get(name)?.delete(fn) : listeners.delete(name)),
    trigger: (name: string, ...args: unknown[]) => listeners.get(name)?.forEach((fn) => fn(...args)),
  };
  Object.assign(taro.default, { eventCenter });
  return { ...taro, eventCenter };
});

beforeEach(() => resetTaroMock());
afterEach(() => document.documentElement.classList.remove(ELDER_ROOT_CLASS));

// 张桂兰 has elder mode on (host/seed.ts); 李明 has it off.
const ZHANG = 'u-resident-zhang';
const LI = 'u-resident-li';

const elderRoot = () => document.documentElement.classList.contains(ELDER_ROOT_CLASS);

describe('elder mode reaches what lies outside the page (jsdom, h5)', () => {
  it('marks <html> for Taro’s h5 tab bar while elder mode is on, and unmarks it when switched off', async () => {
    const { backend } = await realBackend(ZHANG);
    renderPage(<MinePage />, backend);
    expect(await screen.findByText('张桂兰')).toBeTruthy();
    await waitFor(() => expect(elderRoot()).toBe(true));

    fireEvent.click(document.querySelector('#elder-mode-off')!);
    await waitFor(() => expect(elderRoot()).toBe(false));
    fireEvent.click(document.querySelector('#elder-mode-on')!);
    await waitFor(() => expect(elderRoot()).toBe(true));
  });

  it('leaves <html> unmarked for someone without elder mode', async () => {
    const { backend } = await realBackend(LI);
    renderPage(<MinePage />, backend);
    expect(await screen.findByText('李明')).toBeTruthy();
    expect(elderRoot()).toBe(false);
  });

  it('draws a toast inside the elder screen, where its 18 px text is set (app.scss)', async () => {
    const { backend: real } = await realBackend(ZHANG);
    // Saving the choice fails: the page says so in a toast, still in elder mode.
    const backend: Backend = (fn, event) =>
      event.action === 'setPreferences'
        ? { ok: false, code: 'INTERNAL', message: '系统开小差了，请稍后再试' }
        : real(fn, event);
    renderPage(<MinePage />, backend);
    expect(await screen.findByText('张桂兰')).toBeTruthy();

    fireEvent.click(document.querySelector('#elder-mode-off')!);
    const toast = await screen.findByText(/系统开小差了/);
    expect(toast.closest('.nut-toast')).not.toBeNull();
    expect(toast.closest('.mq-screen.mq-elder')).not.toBeNull();
  });
});
