import Taro from '@tarojs/taro';

export const MANAGE_PAGE = '/packages/committee/manage/index';

/** Opens the committee's control panel for one matter. */
export function openManage(matterId: string, replace = false): void {
  const url = `${MANAGE_PAGE}?id=${encodeURIComponent(matterId)}`;
  void (replace ? Taro.redirectTo({ url }) : Taro.navigateTo({ url }));
}

export const DELIVERIES_PAGE = '/packages/committee/deliveries/index';

/** Opens the WeChat notices that could not be delivered in the committee's communities. */
export function openDeliveries(): void {
  void Taro.navigateTo({ url: DELIVERIES_PAGE });
}
