import Taro from '@tarojs/taro';
import { createElement, type ComponentType } from 'react';
import { renderPage, type Backend } from './render';

/** Renders an activity page as Taro opens it at `/packages/<path>/index?<params>`, over `backend`. */
export function openActivityPage(
  path: string,
  Page: ComponentType,
  backend: Backend,
  params: Record<string, string> = {},
) {
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: `/packages/${path}/index`, params },
    page: {},
  });
  return renderPage(createElement(Page), backend);
}

/** The url of the last page opened with navigateTo (or redirectTo). */
export function lastOpened(how: 'navigateTo' | 'redirectTo' = 'navigateTo'): string {
  const calls = (Taro[how] as jest.Mock).mock.calls;
  return (calls[calls.length - 1]?.[0] as { url: string } | undefined)?.url ?? '';
}
