import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { privacyGuideMarkdown } from '../src/domain/privacy/guide';

/**
 * `npm run privacy:guide`: writes docs/privacy-guide.md from the privacy registry: the lines to
 * paste into 用户隐私保护指引 in the WeChat console, and the full guide (the same words as the h5
 * page). tests/scripts/privacyGuide.test.ts fails when the file is older than the registry.
 */
const guideFile = path.resolve(__dirname, '..', 'docs', 'privacy-guide.md');

writeFileSync(guideFile, privacyGuideMarkdown());
console.log(`已生成 ${path.relative(process.cwd(), guideFile)}`);
