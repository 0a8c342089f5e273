/** @jest-environment jsdom */
import { routes } from '@domain/routes';
import { seededBackend, type SeededBackend } from '../support/seededBackend';
import { servedBy, signedInBackend, userView, weappPageTests } from './fixtures';
import type { MiniPage } from './harness';

const COMMITTEE = 'u-committee-chen';
const BODY = [
  '3号楼前面的消防通道每天晚上都停满了私家车，',
  '救护车上个月进不来，耽误了老人送医。',
  '希望居委会出面协调，在通道两头装上隔离桩。',
  '物业贴过告示但没人管。',
].join('\n');

describe('moderation queue preview (real weapp build)', () => {
  const pages = weappPageTests();
  let server: SeededBackend;

  beforeEach(async () => {
    server = await seededBackend();
  });
  afterEach(() => server.storage.close());

  function openQueue(): MiniPage {
    const backend = servedBy(signedInBackend(pages.data, userView(pages.data, COMMITTEE)), server, COMMITTEE, 'matter');
    return pages.open(routes.moderation.path, { backend });
  }

  test('a queued matter shows its body, photos and author before anyone ticks it', async () => {
    const photos = ['local/weappphoto1.jpg', 'local/weappphoto2.jpg'];
    for (const fileId of photos) server.deps.uploads.record(fileId, 'u-resident-zhang');
    const { matter } = await server.act('matter', 'u-resident-zhang', 'raise', {
      title: '消防通道被占',
      body: BODY,
      category: 'parking',
      photos,
    });
    const p = openQueue();
    await p.waitForId(`queue-body-${matter.id}`);

    expect(p.text(`queue-body-${matter.id}`)).toBe(BODY);
    expect(p.text(`queue-body-toggle-${matter.id}`)).toBe('展开');
    expect(p.find(`queue-photo-${matter.id}-0`)).toBeDefined();
    expect(p.find(`queue-photo-${matter.id}-1`)).toBeDefined();
    const author = p.text(`queue-author-${matter.id}`);
    expect(author).toContain('张桂兰');
    expect(author).toContain('东门社区 · 幸福小区 · 3号楼2单元501');
    expect(author).toContain('手机已验证');
    expect(author).toContain('首次说事');
    expect(p.find('bulk-bar')).toBeDefined();

    p.tap(`queue-body-toggle-${matter.id}`);
    await p.waitFor(() => p.text(`queue-body-toggle-${matter.id}`) === '收起', '收起 after 展开');
    expect(p.wx.navigations).toEqual([]);
  });

  test('an empty queue says so and has no action bar', async () => {
    const p = openQueue();
    await p.waitForId('state-empty');
    expect(p.text('state-empty')).toContain('待审核说事都处理完了');
    expect(p.find('bulk-bar')).toBeUndefined();
  });
});
