import Taro from '@tarojs/taro';

/**
 * Hands over the community's open data ZIP: h5 downloads it; in WeChat, whose document viewer
 * opens no ZIP, the address is copied for a browser or a computer.
 */
export async function takeOpenData(url: string): Promise<'downloaded' | 'copied'> {
  if (process.env.TARO_ENV !== 'weapp') {
    window.location.assign(url);
    return 'downloaded';
  }
  await Taro.setClipboardData({ data: url });
  return 'copied';
}

/** The address as a person can type it elsewhere: the host's own origin before a relative one. */
export function absoluteAddress(url: string): string {
  if (process.env.TARO_ENV === 'weapp' || !url.startsWith('/')) return url;
  return `${window.location.origin}${url}`;
}
