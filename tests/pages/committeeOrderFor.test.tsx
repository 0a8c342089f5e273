import { waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ServiceItemView } from '@domain/service/views';
import CommitteeOrderForPage from '../../src/packages/committee/order-for/index';
import { resetTaroMock } from '../support/taroMock';
import { $, appears, click, text, typeInto, valueOf } from './dom';
import { realBackend } from './realBackend';
import type { Backend } from './render';
import { orderView, Refusal, serviceStandIn, openCommitteePage } from './serviceStandIn';

beforeEach(() => resetTaroMock());

const open = (backend: Backend) => openCommitteePage('order-for', CommitteeOrderForPage, backend);

const item = (id: string, name: string, active = true): ServiceItemView => ({
  id,
  name,
  description: `${name}的说明`,
  category: 'errand',
  takenBy: 'volunteer',
  takerId: null,
  takerName: '',
  responseHours: 24,
  standardMinutes: 60,
  active,
});
const catalogue = (items: ServiceItemView[]) => () => ({
  communityId: 'c-dongmen',
  items,
  stations: [],
  volunteer: null,
});
const menu = [item('i-papers', '代办证件'), item('i-meals', '助餐送餐'), item('i-old', '停用的服务', false)];

/** Fills every field but whom it is for. */
function fillOrder() {
  click('#order-consent-usual-0');
  click('#order-item-i-papers');
  typeInto('order-details', '帮孙大爷办理老年证');
  click('#order-period-morning');
  typeInto('order-address', '东门小区5号楼101');
  typeInto('order-phone', '139 0000 5678');
}

describe('红色代办 (jsdom)', () => {
  it('orders for an elder without an account, and shows the order with 由陈秀英代办', async () => {
    const { backend, sent } = await serviceStandIn('u-committee-chen', {
      catalogue: catalogue(menu),
      placeOrderFor: (data) => ({
        order: orderView({ resident: { id: null, name: data.residentName }, onBehalfLine: '由陈秀英代办' }),
      }),
    });
    open(backend);
    await appears('#order-item-i-papers');
    expect(sent('catalogue')[0].data).toEqual({ communityId: 'c-dongmen' });
    expect(document.querySelector('#order-item-i-old')).toBeNull();

    click('#order-for-submit');
    await appears('#order-for-error');
    expect(text('#order-for-residentName')).toContain('请先找到居民，或填写没有账号的居民姓名');
    expect(text('#order-for-consent')).toContain('请写明居民如何同意');
    expect(text('#order-for-itemId')).toContain('请选择一项服务');
    expect(sent('placeOrderFor')).toHaveLength(0);

    click('#resident-mode-named');
    typeInto('resident-name', '孙大爷');
    fillOrder();
    await waitFor(() => expect(document.querySelector('#order-for-error')).toBeNull());
    click('#order-for-submit');
    await appears('#order-for-placed');
    expect(sent('placeOrderFor')[0].data).toEqual({
      communityId: 'c-dongmen',
      residentId: null,
      residentName: '孙大爷',
      familyId: null,
      consent: '本人口头同意',
      itemId: 'i-papers',
      details: '帮孙大爷办理老年证',
      wantedDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      wantedPeriod: 'morning',
      address: '东门小区5号楼101',
      contactPhone: '13900005678',
    });
    expect(text('#order-for-done')).toContain('已为孙大爷代办下单');
    expect(text('#order-o-1-behalf')).toBe('由陈秀英代办');

    click('#order-for-list');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/committee/service-orders/index' });
    click('#order-for-another');
    await appears('#order-item-i-papers');
  });

  it('finds a registered resident by phone tail (phones masked) and orders for them; a refusal is said', async () => {
    let refuse = true;
    const { backend, sent } = await serviceStandIn('u-cadre-liu', {
      catalogue: catalogue(menu),
      findResidents: ({ search }) => ({
        items:
          search === '1234'
            ? [{ id: 'u-resident-zhang', name: '张桂兰', building: '3号楼', phone: '138****1234' }]
            : [],
      }),
      placeOrderFor: () => {
        if (refuse) throw new Refusal('FORBIDDEN', '只能为本社区的居民代办');
        return { order: orderView({ onBehalfLine: '由刘建国代办' }) };
      },
    });
    open(backend);
    await appears('#order-item-i-papers');
    typeInto('resident-search', '9999');
    click('#resident-search-go');
    await appears('#resident-none');
    typeInto('resident-search', '1234');
    click('#resident-search-go');
    await appears('#resident-u-resident-zhang');
    expect(text('#resident-u-resident-zhang')).toBe('张桂兰 · 3号楼 · 138****1234');
    expect(sent('findResidents')[1].data).toEqual({ communityId: expect.any(String), search: '1234' });
    click('#resident-u-resident-zhang');
    fillOrder();
    click('#order-for-submit');
    await waitFor(() => expect(text('#order-for-error')).toBe('只能为本社区的居民代办'));
    refuse = false;
    click('#order-for-submit');
    await appears('#order-for-placed');
    const [first, retry] = sent('placeOrderFor');
    expect(first.data).toMatchObject({ residentId: 'u-resident-zhang', residentName: '张桂兰' });
    expect(retry.requestId).toBe(first.requestId);
    expect(text('#order-o-1-behalf')).toBe('由刘建国代办');
    // A cadre has no order list of the committee's.
    expect(document.querySelector('#order-for-list')).toBeNull();
  });

  it('names a family member to tell, found like a resident; another order for the same resident keeps who it is for', async () => {
    const { backend, sent } = await serviceStandIn('u-committee-chen', {
      catalogue: catalogue(menu),
      findResidents: ({ search }) => ({
        items:
          search === '张' ? [{ id: 'u-resident-zhang', name: '张桂兰', building: '3号楼', phone: '138****1234' }] : [],
      }),
      placeOrderFor: (data) => ({
        order: orderView({ resident: { id: null, name: data.residentName }, onBehalfLine: '由陈秀英代办' }),
      }),
    });
    open(backend);
    await appears('#order-item-i-papers');
    click('#resident-mode-named');
    typeInto('resident-name', '王桂芝');
    typeInto('family-search', '李');
    click('#family-search-go');
    await appears('#family-none');
    expect(text('#family-none')).toContain('进展请您电话告知');
    typeInto('family-search', '张');
    click('#family-search-go');
    await appears('#family-u-resident-zhang');
    click('#family-u-resident-zhang');
    await appears('#family-chosen');
    expect(text('#family-chosen')).toContain('张桂兰 · 3号楼 · 138****1234');
    fillOrder();
    click('#order-for-submit');
    await appears('#order-for-placed');
    expect(sent('placeOrderFor')[0].data).toMatchObject({ residentName: '王桂芝', familyId: 'u-resident-zhang' });

    click('#on-behalf-same');
    await appears('#order-item-i-papers');
    expect(valueOf('resident-name')).toBe('王桂芝');
    expect(text('#family-chosen')).toContain('张桂兰');
    click('#family-remove');
    await appears('#family-search');
    fillOrder();
    click('#order-for-submit');
    await appears('#order-for-placed');
    expect(sent('placeOrderFor')[1].data).toMatchObject({ residentName: '王桂芝', familyId: null });
    click('#order-for-another');
    await appears('#order-item-i-papers');
    expect(valueOf('resident-search')).toBe('');
  });

  it('says when the community has no service menu yet', async () => {
    const { backend } = await serviceStandIn('u-committee-chen', { catalogue: catalogue([]) });
    open(backend);
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('本社区还没有服务菜单');
  });

  it('is not for residents', async () => {
    const { backend } = await realBackend('u-resident-zhang');
    open(backend);
    await appears('#state-error');
    expect(text('#state-error')).toContain('仅社区居委会、民情书记、网格员可用');
    expect($('#state-error')).toBeTruthy();
  });
});
