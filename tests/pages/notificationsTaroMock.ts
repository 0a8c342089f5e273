/**
 * The Taro stand-in for the notification page tests: the 说事 mock (page hooks, media) plus the tab
 * bar badge, WeChat's consent dialog, page show/hide and pageScrollTo.
 *
 *   jest.mock('@tarojs/taro', () => require('./notificationsTaroMock').taroWithNotifications());
 *
 * `requestSubscribeMessage` behaves as WeChat does: it refuses to open outside the synchronous part
 * of a tap. Tests tap with `tap(selector)`, which marks the tap while the click is dispatched, and
 * set what the "user" answers with `consent.answer`.
 */
import { act, fireEvent } from '@testing-library/react';

type Callback = () => unknown;
/** `later`: the dialog stays open until the test calls `consent.answerLater`. */
export type ConsentAnswerMode = Record<string, string> | 'fail' | 'pending' | 'later';

export const gesture = { inTap: false };

/** What the user does in WeChat's dialog, and what the dialog saw. */
export const consent: {
  answer: ConsentAnswerMode;
  outsideTap: number;
  answerLater: (answer: Record<string, string>) => void;
} = { answer: {}, outsideTap: 0, answerLater: () => undefined };

const shows = new Set<Callback>();
const hides = new Set<Callback>();

function lifecycleHook(listeners: Set<Callback>) {
  return (fn: Callback) => {
    const React = jest.requireActual('react') as typeof import('react');
    const latest = React.useRef(fn);
    latest.current = fn;
    React.useEffect(() => {
      const listener = () => latest.current();
      listeners.add(listener);
      return () => void listeners.delete(listener);
    }, []);
  };
}

function requestSubscribeMessage(options: { tmplIds: string[] }) {
  if (!gesture.inTap) {
    consent.outsideTap += 1;
    return Promise.reject({ errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.' });
  }
  const { answer } = consent;
  if (answer === 'pending') return new Promise(() => undefined);
  if (answer === 'later') {
    return new Promise((resolve) => {
      consent.answerLater = (late) => resolve({ errMsg: 'requestSubscribeMessage:ok', ...late });
    });
  }
  if (answer === 'fail') return Promise.reject({ errMsg: 'requestSubscribeMessage:fail 20004', errCode: 20004 });
  const result: Record<string, string> = { errMsg: 'requestSubscribeMessage:ok' };
  for (const id of options.tmplIds) result[id] = answer[id] ?? 'reject';
  return Promise.resolve(result);
}

export function taroWithNotifications() {
  const base = require('./mattersTaroMock').taroWithPageHooks();
  const extra = {
    useDidShow: jest.fn(lifecycleHook(shows)),
    useDidHide: jest.fn(lifecycleHook(hides)),
    setTabBarBadge: jest.fn(async () => ({})),
    removeTabBarBadge: jest.fn(async () => ({})),
    requestSubscribeMessage: jest.fn(requestSubscribeMessage),
    pageScrollTo: jest.fn(async () => ({})),
  };
  Object.assign(base.default, extra);
  return { ...base, ...extra };
}

/** The user taps: WeChat allows the consent dialog only during this. */
export function tap(selector: string): void {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`no ${selector} on the page`);
  gesture.inTap = true;
  try {
    fireEvent.click(element);
  } finally {
    gesture.inTap = false;
  }
}

/** The page comes into view again (back from another page, a tab chosen). */
export function showPage(): void {
  act(() => shows.forEach((listener) => void listener()));
}

/** The page goes out of view (another page opened over it). */
export function hidePage(): void {
  act(() => hides.forEach((listener) => void listener()));
}

export function resetNotificationsMock(): void {
  consent.answer = {};
  consent.outsideTap = 0;
  consent.answerLater = () => undefined;
  gesture.inTap = false;
}
