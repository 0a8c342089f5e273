import { personalData, type DatumSource, type PersonalDatum } from './registry';
import { retentionRules } from './retention';

/**
 * The privacy guide in words, generated from the registry: the h5 guide page draws it and
 * `npm run privacy:guide` writes it (with the text for the WeChat console) to docs/privacy-guide.md.
 * Change the registry, not the words here.
 */
export const APP_NAME = '民情通';

export interface GuideEntry {
  key: string;
  title: string;
  lines: { label: string; text: string }[];
}

export interface GuideSection {
  title: string;
  paragraphs: string[];
  entries: GuideEntry[];
}

const sourceLabels: Record<DatumSource, string> = {
  typed: '你填写或选择',
  chosen: '你从相册或相机选择',
  platform: '微信或手机提供',
};

function entryOf(datum: PersonalDatum): GuideEntry {
  return {
    key: datum.key,
    title: datum.label,
    lines: [
      { label: '来源', text: sourceLabels[datum.source] },
      { label: '用途', text: datum.purpose },
      { label: '谁能看到', text: datum.seenBy },
      { label: '保存多久', text: retentionRules[datum.retention] },
    ],
  };
}

export function privacyGuide(): GuideSection[] {
  return [
    {
      title: '我们是谁',
      paragraphs: [
        `${APP_NAME}是社区居民说事、预约民情书记走访、向社区点单求助和做志愿服务的小程序，由所在社区居委会运营。本指引说明我们收集你的哪些信息、为什么收集、谁能看到、保存多久。`,
      ],
      entries: [],
    },
    {
      title: '我们收集的信息',
      paragraphs: ['只收集办事需要的信息。不填写可选的信息，也能使用其他功能。'],
      entries: personalData.map(entryOf),
    },
    {
      title: '你的权利',
      paragraphs: [
        '你可以随时在「我的」里查看和修改自己的资料。',
        '你可以导出我们保存的关于你的全部信息，也可以注销账号；注销后立即退出登录，你的姓名、电话、楼栋、住址和你上传的照片被删除或不可逆地匿名化，公开的说事和评论署名改为“已注销用户”；你点的服务订单只留下服务项目、状态、时间和评分，你的志愿者报到信息被删除。',
        '你可以拒绝同意本指引：不同意时仍可浏览说事和走访安排，只是不能使用需要这些信息的功能（如上传照片）。',
      ],
      entries: [],
    },
    {
      title: '我们不做的事',
      paragraphs: [
        '不把你的信息卖给或提供给社区工作以外的任何人；不用于广告；电话和住址只给为你服务的民情书记和本社区居委会看，其他居民看到的是遮挡后的号码。',
      ],
      entries: [],
    },
    {
      title: '联系我们',
      paragraphs: ['对本指引或你的信息有疑问，请联系所在社区居委会。'],
      entries: [],
    },
  ];
}

/**
 * One line per datum for 用户隐私保护指引 in the WeChat console, in its own form: "为了……，开发者将在获取
 * 你的明示同意后，收集你的……". Data used only on the phone is not collected and not listed.
 */
export function wechatConsoleLines(): string[] {
  return personalData
    .filter((datum) => datum.retention !== 'deviceOnly')
    .map((datum) => `为了${datum.purpose}，开发者将在获取你的明示同意后，收集${datum.label}。`);
}

/** Plain words as markdown text: `*` (a masked phone number) would start emphasis. */
const markdownText = (text: string) => text.replace(/([*_])/g, '\\$1');

/** The guide as markdown: what docs/privacy-guide.md holds. */
export function privacyGuideMarkdown(): string {
  const lines = [
    `# ${APP_NAME} 隐私保护指引`,
    '',
    '> 由 src/domain/privacy/registry.ts 生成（`npm run privacy:guide`），不要手改；测试检查它与登记表一致。',
    '',
    '## 填入微信公众平台「用户隐私保护指引」的内容',
    '',
    ...wechatConsoleLines().map((line) => `- ${markdownText(line)}`),
    '',
    ...privacyGuide().flatMap((section) => [
      `## ${section.title}`,
      '',
      ...section.paragraphs.flatMap((paragraph) => [markdownText(paragraph), '']),
      ...section.entries.flatMap((entry) => [
        `### ${entry.title}`,
        '',
        ...entry.lines.map((line) => `- ${line.label}：${markdownText(line.text)}`),
        '',
      ]),
    ]),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}
