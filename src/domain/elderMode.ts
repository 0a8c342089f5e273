import type { ElderMode } from './users';

/**
 * WeChat reports the phone's chosen font size in px (16 is the standard setting). At 18 and
 * above the user has asked for large text, and `auto` elder mode follows that choice.
 */
export const LARGE_SYSTEM_FONT_PX = 18;

export function isElderModeActive(preference: ElderMode, systemFontSizePx: number | null): boolean {
  if (preference === 'on') return true;
  if (preference === 'off') return false;
  return systemFontSizePx !== null && systemFontSizePx >= LARGE_SYSTEM_FONT_PX;
}

export const elderModeLabels: Record<ElderMode, string> = {
  auto: '跟随系统',
  on: '开启',
  off: '关闭',
};
