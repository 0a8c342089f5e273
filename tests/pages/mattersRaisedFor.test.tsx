import MatterPage from '../../src/packages/resident/matter/index';
import { resetTaroMock } from '../support/taroMock';
import { mattersBackend } from './mattersBackend';
import { setRouterParams } from './mattersTaroMock';
import { renderPage } from './render';
import { appears, text } from './dom';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());

/** 陈秀英 raises a 说事 for 张桂兰 at the door (红色代办) and publishes it; the page opens as `userId`. */
async function openRaisedFor(userId: string) {
  const server = await mattersBackend();
  const { matter } = await server.act<{ matter: { id: string } }>('u-committee-chen', 'raiseFor', {
    title: '3号楼楼道灯坏了',
    body: '楼道灯坏了一个月，老人晚上不敢下楼。',
    category: 'facilities',
    residentId: 'u-resident-zhang',
    residentName: '张阿姨',
    consent: '本人在居委会口头同意',
  });
  await server.act('u-committee-chen', 'moderate', {
    targetType: 'matter',
    targetIds: [matter.id],
    decision: 'approve',
  });
  setRouterParams({ id: matter.id });
  renderPage(<MatterPage />, server.as(userId));
  await appears('#matter-detail');
}

describe('a 说事 raised on a resident’s behalf (jsdom, real services over SQLite)', () => {
  it('is hers: 由陈秀英代办 on the page and the timeline, how she agreed, and her anonymity choice', async () => {
    await openRaisedFor('u-resident-zhang');
    expect(text('#matter-detail-author')).toContain('张桂兰 · 由陈秀英代办');
    expect(text('#matter-detail-consent')).toBe('居民如何同意：本人在居委会口头同意');
    expect(text('#timeline')).toContain('由陈秀英代办');
    expect(text('#matter-anonymity-state')).toBe('其他居民能看到您的姓名。这是陈秀英代您提出时，按您的意思选的。');
  });

  it('shows other residents who raised it for her, not how she agreed', async () => {
    await openRaisedFor('u-resident-li');
    expect(text('#matter-detail-author')).toContain('张桂兰 · 由陈秀英代办');
    expect(document.querySelector('#matter-detail-consent')).toBeNull();
    expect(document.querySelector('#matter-anonymity-state')).toBeNull();
  });
});
