import { waitFor } from '@testing-library/react';
import type { ServiceItemView, StationView } from '@domain/service/views';
import { starterMenu } from '@domain/service/menu';
import CommitteeServiceSetupPage from '../../src/packages/committee/service-setup/index';
import { resetTaroMock } from '../support/taroMock';
import { appears, click, text, typeInto } from './dom';
import { realBackend } from './realBackend';
import type { Backend } from './render';
import { serviceStandIn, openCommitteePage } from './serviceStandIn';

beforeEach(() => resetTaroMock());

const open = (backend: Backend) => openCommitteePage('service-setup', CommitteeServiceSetupPage, backend);

/** A community's setup kept in memory, changed by the save actions as the server would. */
function community() {
  const state = {
    items: [] as ServiceItemView[],
    teams: [] as { id: string; name: string }[],
    stations: [] as StationView[],
  };
  const answers = {
    serviceSetup: () => ({ communityId: 'c-dongmen', ...state }),
    adoptStarterMenu: () => {
      state.items = starterMenu.map((fields, n) => ({ ...fields, id: `i-${n}`, takerName: '' }));
      return { items: state.items };
    },
    saveServiceItem: (data: any) => {
      const { communityId: _, ...fields } = data;
      const item = {
        ...fields,
        id: data.id ?? `i-${state.items.length}`,
        takerName: state.teams.find((t) => t.id === data.takerId)?.name ?? '',
      };
      state.items = [...state.items.filter((i) => i.id !== item.id), item];
      return { item };
    },
    saveTeam: (data: any) => {
      const team = { id: data.id ?? `t-${state.teams.length + 1}`, name: data.name };
      state.teams = [...state.teams.filter((t) => t.id !== team.id), team];
      return { team };
    },
    saveStation: (data: any) => {
      const station: StationView = {
        id: data.id ?? `s-${state.stations.length + 1}`,
        name: data.name,
        address: data.address,
        openingHours: data.openingHours,
        contactPhone: data.contactPhone,
        walk: '',
        items: state.items.filter((i) => data.itemIds.includes(i.id)).map(({ id, name }) => ({ id, name })),
        walkMinutes: data.walkMinutes,
        upcomingActivities: [],
      };
      state.stations = [...state.stations.filter((s) => s.id !== station.id), station];
      return { station };
    },
  };
  return { state, answers };
}

describe('服务设置 for the committee (jsdom)', () => {
  it('starts an empty community from the starter menu, then edits an item to be taken by a team', async () => {
    const { answers } = community();
    const { backend, sent } = await serviceStandIn('u-committee-chen', answers);
    open(backend);
    await appears('#menu-empty');
    click('#menu-adopt');
    await appears('#menu-item-i-0');
    expect(sent('adoptStarterMenu')[0].data).toEqual({ communityId: 'c-dongmen' });
    expect(text('#menu-item-i-0')).toContain('代办证件');
    expect(text('#menu-item-i-0')).toContain('代办跑腿 · 志愿者接单 · 24小时内响应 · 记120分钟');

    click('#team-add');
    typeInto('team-name', '红帆助老服务队');
    click('#team-save');
    await appears('#team-t-1');

    click('#menu-item-i-0');
    await appears('#item-sheet');
    click('#item-taken-by-team');
    click('#item-save');
    await waitFor(() => expect(text('#item-sheet')).toContain('请选择由哪支服务队接单'));
    click('#item-taker-t-1');
    typeInto('item-response-hours', '一天');
    click('#item-save');
    await waitFor(() => expect(text('#item-sheet')).toContain('响应时间请填整数小时'));
    typeInto('item-response-hours', '200');
    click('#item-save');
    // The contract's own limit, said at the field as the server says it.
    await waitFor(() => expect(text('#item-sheet')).toContain('响应时间最多7天'));
    typeInto('item-response-hours', '48');
    click('#item-active-off');
    click('#item-save');
    await waitFor(() => expect(text('#menu-item-i-0')).toContain('红帆助老服务队接单 · 48小时内响应'));
    expect(text('#menu-item-i-0')).toContain('已停用');
    expect(sent('saveServiceItem').at(-1)!.data).toEqual({
      communityId: 'c-dongmen',
      id: 'i-0',
      name: '代办证件',
      description: '身份证、社保卡、老年证等证件的代办和咨询',
      category: 'errand',
      takenBy: 'team',
      takerId: 't-1',
      responseHours: 48,
      standardMinutes: 120,
      active: false,
    });
  });

  it('adds a 红帆驿站 with its services and the walk from each compound', async () => {
    const { answers } = community();
    answers.adoptStarterMenu();
    const { backend, sent } = await serviceStandIn('u-committee-chen', answers);
    open(backend);
    await appears('#menu-item-i-1');
    click('#station-add');
    await appears('#station-sheet');
    typeInto('station-name', '东门红帆驿站');
    typeInto('station-address', '东门路18号');
    typeInto('station-phone', '0537-1234567');
    click('#station-item-i-0');
    click('#station-item-i-4');
    typeInto('station-walk-p-xingfu', '5');
    typeInto('station-walk-p-gulou', '十');
    click('#station-save');
    await waitFor(() => expect(text('#station-sheet')).toContain('的步行时间请填整数分钟'));
    typeInto('station-walk-p-gulou', '');
    click('#station-save');
    await appears('#station-s-1');
    expect(sent('saveStation')[0].data).toEqual({
      communityId: 'c-dongmen',
      name: '东门红帆驿站',
      address: '东门路18号',
      openingHours: '每天 8:00-20:00',
      contactPhone: '0537-1234567',
      itemIds: ['i-0', 'i-4'],
      walkMinutes: { 'p-xingfu': 5 },
    });
    expect(text('#station-s-1')).toContain('接单：代办证件、助餐送餐');
  });

  it('is only for the committee', async () => {
    const { backend } = await realBackend('u-resident-li');
    open(backend);
    await appears('#state-error');
    expect(text('#state-error')).toContain('仅社区居委会可用');
  });
});
