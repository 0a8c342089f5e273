import Taro from '@tarojs/taro';

/** A query parameter of the current page, decoded; undefined when absent. */
export function pageParam(name: string): string | undefined {
  const value = Taro.getCurrentInstance()?.router?.params?.[name];
  return value ? decodeURIComponent(value) : undefined;
}
