import { waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import CommitteeVolunteersPage from '../../src/packages/committee/volunteers/index';
import { resetTaroMock } from '../support/taroMock';
import { appears, click, text, typeInto } from './dom';
import { realBackend } from './realBackend';
import type { Backend } from './render';
import { page, Refusal, serviceStandIn, volunteerView, openCommitteePage } from './serviceStandIn';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());

const open = (backend: Backend) => openCommitteePage('volunteers', CommitteeVolunteersPage, backend);

const wang = volunteerView({
  id: 'c-dongmen:u-resident-wang',
  userId: 'u-resident-wang',
  name: '王芳',
  state: 'pending',
  partyMember: false,
  workUnit: '',
  categories: ['meals', 'care'],
});
const li = volunteerView({ name: '李明', teamName: '红帆服务队', totalMinutes: 6030, stars: 1 });
const setup = () => ({
  communityId: 'c-dongmen',
  items: [],
  teams: [{ id: 't-1', name: '红帆服务队' }],
  stations: [
    {
      id: 's-1',
      name: '东门红帆驿站',
      address: '东门路1号',
      openingHours: '8:00-20:00',
      contactPhone: '',
      walk: '',
      items: [],
      walkMinutes: {},
      upcomingActivities: [],
    },
  ],
});

describe('志愿者 for the committee (jsdom)', () => {
  it('shows pending reports first, and approves one into a grid, team and station', async () => {
    let reviewed = false;
    const { backend, sent } = await serviceStandIn('u-committee-chen', {
      volunteers: ({ state }) =>
        page(state === 'pending' ? (reviewed ? [] : [wang]) : reviewed ? [li, { ...wang, state: 'approved' }] : [li]),
      serviceSetup: setup,
      reviewVolunteer: () => {
        reviewed = true;
        return { volunteer: { ...wang, state: 'approved' } };
      },
    });
    open(backend);
    await appears('#volunteer-u-resident-wang');
    expect(text('#pending-title')).toBe('待审核的报到（1）');
    expect(text('#volunteer-u-resident-wang')).toContain('助餐送餐、关爱探访');
    expect(text('#volunteer-u-resident-wang')).toContain('待审核');
    expect(text('#volunteer-u-resident-li-stars')).toBe('★ 1星 · 100.5小时');
    expect(
      sent('volunteers')
        .map((c) => c.data.state)
        .sort(),
    ).toEqual(['approved', 'pending']);

    click('#approve-u-resident-wang');
    await appears('#approve-team-t-1');
    click('#approve-grid-g-dongmen-1');
    click('#approve-team-t-1');
    click('#approve-station-s-1');
    click('#approve-submit');
    await appears('#pending-none');
    expect(sent('reviewVolunteer')[0].data).toEqual({
      volunteerId: 'c-dongmen:u-resident-wang',
      decision: 'approve',
      gridId: 'g-dongmen-1',
      teamId: 't-1',
      stationId: 's-1',
    });
  });

  it('returns a report with a reason, and shows a refusal in Chinese', async () => {
    let refuse = true;
    const { backend, sent } = await serviceStandIn('u-committee-chen', {
      volunteers: ({ state }) => page(state === 'pending' ? [wang] : []),
      reviewVolunteer: () => {
        if (refuse) throw new Refusal('INVALID_STATE', '报到当前为「已通过」，不能再审核');
        refuse = true;
        return { volunteer: { ...wang, state: 'returned', returnReason: '请填写工作单位' } };
      },
    });
    open(backend);
    await appears('#return-u-resident-wang');
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('还没有审核通过的志愿者');
    click('#return-u-resident-wang');
    click('#return-report-submit');
    await waitFor(() => expect(text('#return-report')).toContain('请填写原因'));
    click('#return-report-usual-2');
    click('#return-report-submit');
    await waitFor(() => expect(text('#return-report-error')).toBe('报到当前为「已通过」，不能再审核'));
    expect(sent('reviewVolunteer')[0].data).toEqual({
      volunteerId: 'c-dongmen:u-resident-wang',
      decision: 'return',
      reason: '请填写工作单位',
    });
  });

  it('opens a volunteer’s hours and adds honour hours with a reason and evidence', async () => {
    let total = 6030;
    const { backend, sent } = await serviceStandIn('u-committee-chen', {
      volunteers: ({ state }) => page(state === 'pending' ? [] : [li]),
      hours: () => ({
        volunteer: { userId: 'u-resident-li', name: '李明' },
        totalMinutes: total,
        stars: 1,
        hoursToNextStar: 199.5,
        entries: page([
          { id: 'e-1', kind: 'order', minutes: 120, note: '代办证件', evidence: '', at: Date.UTC(2026, 10, 20) },
          {
            id: 'e-2',
            kind: 'correction',
            minutes: -30,
            note: '多记了半小时',
            evidence: '服务单',
            at: Date.UTC(2026, 10, 21),
          },
        ]),
      }),
      addHonourHours: ({ minutes }) => {
        total += minutes;
        return { totalMinutes: total, stars: 1 };
      },
    });
    open(backend);
    await appears('#volunteer-u-resident-li');
    click('#volunteer-u-resident-li');
    await appears('#hours-total');
    expect(text('#hours-total')).toBe('★ 1星 · 100.5小时');
    expect(text('#hours-next')).toBe('再服务199.5小时升到2星');
    expect(text('#hours-entry-e-1')).toContain('群众点单+2小时');
    expect(text('#hours-entry-e-2')).toContain('更正-0.5小时');
    expect(text('#hours-entry-e-2')).toContain('凭证：服务单');
    expect(sent('hours')[0].data).toEqual({ volunteerUserId: 'u-resident-li', limit: 50 });

    click('#hours-honour');
    await appears('#honour-sheet');
    typeInto('honour-hours', '两小时');
    click('#honour-submit');
    await waitFor(() => expect(text('#honour-sheet')).toContain('请填写时长，如 2 或 1.5'));
    typeInto('honour-hours', '1.5');
    expect(text('#honour-minutes')).toBe('记入 1.5 小时（90分钟）');
    click('#honour-usual-0');
    click('#honour-submit');
    // The contract wants evidence: said at its field, as the server would.
    await waitFor(() => expect(text('#honour-sheet')).toContain('请填写凭证'));
    typeInto('honour-evidence', '12月3日活动签到表');
    click('#honour-submit');
    await appears('#hours-sheet');
    expect(sent('addHonourHours').at(-1)!.data).toEqual({
      volunteerUserId: 'u-resident-li',
      minutes: 90,
      reason: '参加社区集中志愿活动，未签到',
      evidence: '12月3日活动签到表',
    });
    await waitFor(() => expect(text('#hours-total')).toBe('★ 1星 · 102小时'));
  });

  it('leads to 志愿活动, where the committee publishes and runs activities', async () => {
    const { backend } = await serviceStandIn('u-committee-chen', { volunteers: () => page([]) });
    open(backend);
    await appears('#volunteers-activities');
    click('#volunteers-activities');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/service/activities/index' });
  });

  it('is only for the committee', async () => {
    const { backend } = await realBackend('u-cadre-liu');
    open(backend);
    await appears('#state-error');
    expect(text('#state-error')).toContain('仅社区居委会可用');
  });
});
