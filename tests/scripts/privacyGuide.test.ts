import { readFileSync } from 'node:fs';
import path from 'node:path';
import { personalData } from '@domain/privacy/registry';
import { privacyGuideMarkdown, wechatConsoleLines } from '@domain/privacy/guide';

/** docs/privacy-guide.md is what goes into the WeChat console: it must say what the registry says. */
describe('docs/privacy-guide.md', () => {
  const file = path.resolve(__dirname, '..', '..', 'docs', 'privacy-guide.md');

  it('is generated from the current registry (run `npm run privacy:guide` after changing it)', () => {
    expect(readFileSync(file, 'utf8')).toBe(privacyGuideMarkdown());
  });

  it('names every collected datum in the console text and in the guide', () => {
    const markdown = privacyGuideMarkdown();
    for (const datum of personalData) expect(markdown).toContain(`### ${datum.label}`);
    const collected = personalData.filter((datum) => datum.retention !== 'deviceOnly');
    expect(wechatConsoleLines()).toHaveLength(collected.length);
  });
});
