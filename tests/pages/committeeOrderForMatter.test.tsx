import { waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import CommitteeOrderForPage from '../../src/packages/committee/order-for/index';
import { resetTaroMock } from '../support/taroMock';
import { appears, click, text, typeInto } from './dom';
import { realBackend } from './realBackend';
import type { Backend } from './render';
import { openCommitteePage } from './serviceStandIn';

beforeEach(() => resetTaroMock());

const open = (backend: Backend) => openCommitteePage('order-for', CommitteeOrderForPage, backend);

/** The page, switched to 说事 once the first mode has drawn. */
async function openRaiseFor(backend: Backend) {
  open(backend);
  await appears('#on-behalf-mode-matter');
  click('#on-behalf-mode-matter');
  await appears('#matter-title');
}

function fillMatter() {
  click('#order-consent-usual-0');
  click('#category-parking');
  typeInto('matter-title', '楼前晚上乱停车');
  typeInto('matter-body', '每天晚上楼前停满了车，老人出门很不方便，电话13812345678。');
}

describe('红色代办: 说事 for a resident (jsdom, real server)', () => {
  it('raises for an elder without an account and shows the matter as everyone will see it', async () => {
    const { storage, backend } = await realBackend('u-committee-chen');
    await openRaiseFor(backend);

    click('#order-for-submit');
    await appears('#order-for-error');
    expect(text('#order-for-residentName')).toContain('请先找到居民，或填写没有账号的居民姓名');
    expect(text('#order-for-consent')).toContain('请写明居民如何同意');
    expect(text('#order-for-category')).toContain('请选择事项类别');
    expect(text('#order-for-title')).not.toBe('');

    click('#resident-mode-named');
    typeInto('resident-name', '孙大爷');
    fillMatter();
    click('#raise-for-anonymous-anonymous');
    await waitFor(() => expect(document.querySelector('#order-for-error')).toBeNull());
    click('#order-for-submit');
    await appears('#raise-for-done');

    expect(text('#raise-for-done-line')).toContain('已为孙大爷提出说事，社区居委会审核后公开');
    expect(text('#raise-for-done-line')).toContain('内容里的手机号已自动隐藏');
    expect(text('#raise-for-done-line')).not.toContain('会收到通知');
    expect(text('#raise-for-consent')).toBe('居民如何同意：本人口头同意');
    const [stored] = (await storage.matters.recentInCategory('c-dongmen', 'parking', ['pending_review'], 5)).filter(
      (m) => m.onBehalf !== null,
    );
    expect(stored).toMatchObject({ authorId: 'u-committee-chen', raisedById: 'u-committee-chen', anonymous: true });
    expect(stored.onBehalf).toMatchObject({ residentName: '孙大爷', consent: '本人口头同意' });
    expect(stored.body).not.toContain('13812345678');
    expect(text(`#matter-card-${stored.id}`)).toContain('孙大爷（对居民匿名） · 由陈秀英代办');

    click('#raise-for-open');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/resident/matter/index?id=${stored.id}` });
    click('#on-behalf-same');
    await appears('#on-behalf-mode-matter');
  });

  it('raises for a registered resident found by name, telling them and their family', async () => {
    const { storage, backend } = await realBackend('u-cadre-liu');
    await openRaiseFor(backend);
    typeInto('resident-search', '张桂兰');
    click('#resident-search-go');
    await appears('#resident-u-resident-zhang');
    click('#resident-u-resident-zhang');
    typeInto('family-search', '李明');
    click('#family-search-go');
    await appears('#family-u-resident-li');
    click('#family-u-resident-li');
    fillMatter();
    click('#order-for-submit');
    await appears('#raise-for-done');

    expect(text('#raise-for-done-line')).toContain('已为张桂兰提出说事');
    expect(text('#raise-for-done-line')).toContain('居民和家属会收到通知');
    const mine = await storage.matters.listByUser('u-resident-zhang', 'raised', null, 10);
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0].onBehalf).toMatchObject({ staffName: '刘建国', familyId: 'u-resident-li' });
    expect(text(`#matter-card-${mine.items[0].id}`)).toContain('张桂兰 · 由刘建国代办');
  });
});
