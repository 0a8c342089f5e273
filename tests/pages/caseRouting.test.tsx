import { screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import RoutingPage from '../../src/packages/cases/routing/index';
import { resetTaroMock } from '../support/taroMock';
import { caseworkStandIn, CHENGGUAN, GRID, openCasePage, PROPERTY } from './caseworkStandIn';
import { appears, click, text } from './dom';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());

function routingScene(userId: string) {
  const rules = [
    {
      id: 'r1',
      category: 'facilities' as const,
      place: { kind: 'compound' as const, id: 'p-xingfu', name: '幸福小区' },
      holder: PROPERTY,
    },
    { id: 'r2', category: '*' as const, place: null, holder: CHENGGUAN },
  ];
  return caseworkStandIn(userId, {
    answers: {
      routingTable: () => ({
        streetId: 's-guhuai',
        streetName: '古槐街道',
        rules,
        slaClasses: [{ category: 'safety', slaClass: 'urgent' }],
        holders: [GRID, PROPERTY, CHENGGUAN],
        places: [
          { kind: 'community', id: 'c-dongmen', name: '东门社区' },
          { kind: 'compound', id: 'p-xingfu', name: '幸福小区' },
        ],
      }),
      saveRoutingRule: () => ({ ruleId: 'r3' }),
      deleteRoutingRule: () => ({ deleted: true }),
      setSlaClass: (input) => input,
    },
  });
}

describe('路由表 (jsdom)', () => {
  it('reads each rule in words and each category’s time limit', async () => {
    const scene = await routingScene('u-street-zhou');
    openCasePage('cases/routing', RoutingPage, scene.backend);
    await appears('#rule-r1');
    expect(text('#rule-r1')).toContain('设施 · 幸福小区 → 幸福物业');
    expect(text('#rule-r2')).toContain('全部类别 · 全街道 → 区城管局');
    expect(text('#sla-safety')).toContain('紧急（2小时）');
    // Without a class of its own a category is 一般.
    expect(text('#sla-parking')).toContain('一般（7天）');
  });

  it('the street adds a rule, deletes one after confirming, and changes a time limit', async () => {
    const scene = await routingScene('u-street-zhou');
    openCasePage('cases/routing', RoutingPage, scene.backend);
    await appears('#rule-add');
    click('#rule-add');
    await appears('#rule-sheet');
    click('#rule-submit');
    expect(await screen.findAllByText('请选择事项类别')).not.toHaveLength(0);
    click('#rule-category-all');
    click('#rule-place-community-c-dongmen');
    click('#rule-holder-grid-g-dongmen-1');
    click('#rule-submit');
    await waitFor(() => expect(document.querySelector('#rule-sheet')).toBeNull());
    expect(scene.sent('saveRoutingRule').map((c) => c.data)).toEqual([
      { category: '*', place: { kind: 'community', id: 'c-dongmen' }, holder: { kind: 'grid', id: 'g-dongmen-1' } },
    ]);

    click('#rule-edit-r1');
    await appears('#rule-sheet');
    click('#rule-holder-department-dep-chengguan');
    click('#rule-submit');
    await waitFor(() => expect(scene.sent('saveRoutingRule')).toHaveLength(2));
    expect(scene.sent('saveRoutingRule')[1].data).toEqual({
      ruleId: 'r1',
      category: 'facilities',
      place: { kind: 'compound', id: 'p-xingfu' },
      holder: { kind: 'department', id: 'dep-chengguan' },
    });

    click('#rule-delete-r2');
    await waitFor(() => expect(scene.sent('deleteRoutingRule').map((c) => c.data)).toEqual([{ ruleId: 'r2' }]));
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '删除规则' }));

    click('#sla-parking');
    await appears('#sla-sheet');
    click('#sla-class-utilities');
    click('#sla-submit');
    await waitFor(() =>
      expect(scene.sent('setSlaClass').map((c) => c.data)).toEqual([{ category: 'parking', slaClass: 'utilities' }]),
    );
  });

  it('a declined confirmation deletes nothing', async () => {
    const scene = await routingScene('u-street-zhou');
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true });
    openCasePage('cases/routing', RoutingPage, scene.backend);
    await appears('#rule-delete-r1');
    click('#rule-delete-r1');
    await waitFor(() => expect(Taro.showModal).toHaveBeenCalled());
    expect(scene.sent('deleteRoutingRule')).toEqual([]);
  });

  it('the committee reads it without buttons', async () => {
    const scene = await routingScene('u-committee-chen');
    openCasePage('cases/routing', RoutingPage, scene.backend);
    await appears('#rule-r1');
    expect(document.querySelector('#rule-add, #rule-edit-r1, #rule-delete-r1')).toBeNull();
    click('#sla-parking');
    expect(document.querySelector('#sla-sheet')).toBeNull();
    expect(text('#routing-page')).toContain('路由表由街道维护');
  });
});
