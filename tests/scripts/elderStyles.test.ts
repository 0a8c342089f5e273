import path from 'node:path';
import { compile } from 'sass';

/**
 * What elder mode does to text drawn outside our own components, read off the compiled styles (the
 * 750 design unit: 36 = 18 CSS px on a 375-wide screen). jsdom applies no stylesheet, so the page
 * tests check the classes (tests/pages/elderEverywhere.test.tsx) and this checks what they set.
 */
const css = (file: string) => compile(path.join(__dirname, '../../src', file)).css;

/** The declarations of the rule with exactly this selector. */
function rule(styles: string, selector: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return styles.match(new RegExp(`(?:^|\\n)${escaped} \\{([^}]*)\\}`))?.[1] ?? '';
}

describe('elder mode styles', () => {
  const app = css('app.scss');

  test('toasts: NutUI’s toast text at 18 px and its line height freed', () => {
    expect(rule(app, '.mq-screen.mq-elder')).toContain('--nutui-toast-text-font-size: 36px');
    expect(rule(app, '.mq-screen.mq-elder')).toContain('--nutui-toast-title-font-size: 40px');
    expect(rule(app, '.mq-elder .nut-toast-text,\n.mq-elder .nut-toast-title')).toContain('line-height: 1.5');
  });

  test('h5 tab bar: labels 18 px, icons 32 px and a taller bar while <html> is marked', () => {
    expect(rule(app, 'html.mq-elder-root .weui-tabbar__label')).toContain('font-size: 36px');
    expect(rule(app, 'html.mq-elder-root .weui-tabbar__icon')).toContain('width: 64px');
    expect(rule(app, 'html.mq-elder-root')).toContain('--taro-tabbar-height: 136px');
  });

  test('我的: the title and its extra share a line, the description has the whole row (MineCell)', () => {
    const mine = css('pages/mine/index.scss');
    expect(rule(mine, '.mine-cell .nut-cell-left')).toContain('align-items: stretch');
    expect(rule(mine, '.mine-cell__head')).toContain('justify-content: space-between');
    expect(rule(mine, '.mine-cell .nut-cell-title,\n.mine-cell .nut-cell-description')).toContain('line-height: 1.5');
  });
});
