import Taro from '@tarojs/taro';

export const SLOTS_PAGE = '/packages/cadre/slots/index';
export const SHEET_PAGE = '/packages/cadre/sheet/index';
export const RECORD_PAGE = '/packages/cadre/record/index';
export const FOLLOWUPS_PAGE = '/packages/cadre/followups/index';
export const MATTER_PAGE = '/pages/matter/index';

/** The day sheet of one visit day. */
export function sheetUrl(date: string): string {
  return `${SHEET_PAGE}?date=${encodeURIComponent(date)}`;
}

/** 写民情日记 for one booking; the date lets the page find the booking on that day's sheet. */
export function openRecord(bookingId: string, date: string): void {
  void Taro.navigateTo({
    url: `${RECORD_PAGE}?bookingId=${encodeURIComponent(bookingId)}&date=${encodeURIComponent(date)}`,
  });
}

export function openMatterPage(matterId: string): void {
  void Taro.navigateTo({ url: `${MATTER_PAGE}?id=${encodeURIComponent(matterId)}` });
}

/** A query parameter of the current page, decoded; undefined when absent. */
export function pageParam(name: string): string | undefined {
  const value = Taro.getCurrentInstance()?.router?.params?.[name];
  return value ? decodeURIComponent(value) : undefined;
}
