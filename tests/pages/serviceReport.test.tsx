import { waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ServiceReportPage from '../../src/packages/service/report/index';
import { resetTaroMock } from '../support/taroMock';
import { appears, click, text, typeInto } from './dom';
import { renderPage } from './render';
import { COMMITTEE, RESIDENT, serviceBackend, VOLUNTEER } from './serviceBackend';

beforeEach(() => {
  resetTaroMock();
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: '/packages/service/report/index', params: {} },
    page: {},
  });
});

describe('志愿者报到 (jsdom, real services over SQLite)', () => {
  it('reports as a party member with a work unit, skills, kinds of service and free time', async () => {
    const scene = await serviceBackend();
    const { calls } = renderPage(<ServiceReportPage />, scene.as(RESIDENT));
    await appears('#report-form');
    // The work unit is asked of party members only.
    expect(document.querySelector('#report-work-unit')).toBeNull();
    click('#report-party');
    await appears('#report-work-unit');
    typeInto('report-work-unit', '市人民医院');
    click('#report-category-companion');
    click('#report-category-care');
    click('#report-category-care'); // ticked off again
    click('#report-category-advice');
    typeInto('report-skills', '当过护士，懂医保报销');
    typeInto('report-availability', '周末全天');
    click('#report-submit');
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('报到已提交');
    const sent = calls.find((c) => c.event.action === 'reportVolunteer')!;
    expect(sent.event.requestId).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
    expect(sent.event.data).toEqual({
      partyMember: true,
      workUnit: '市人民医院',
      skills: '当过护士，懂医保报销',
      categories: ['companion', 'advice'],
      availability: '周末全天',
    });
    const { items } = await scene.act<{ items: { userId: string; state: string }[] }>(COMMITTEE, 'volunteers', {
      state: 'pending',
    });
    expect(items.map((v) => v.userId)).toContain(RESIDENT);
  });

  it('asks for at least one kind of service and sends nothing without', async () => {
    const scene = await serviceBackend();
    const { calls } = renderPage(<ServiceReportPage />, scene.as(RESIDENT));
    await appears('#report-form');
    click('#report-submit');
    await waitFor(() => expect(text('#report-form')).toContain('请至少选择一项能提供的服务'));
    expect(calls.some((c) => c.event.action === 'reportVolunteer')).toBe(false);
  });

  it('shows why the last report was returned, and a report again replaces it', async () => {
    const scene = await serviceBackend();
    await scene.volunteer(RESIDENT, 'return', '请写明能提供的服务时间');
    renderPage(<ServiceReportPage />, scene.as(RESIDENT));
    await appears('#report-returned');
    expect(text('#report-returned')).toContain('请写明能提供的服务时间');
    click('#report-category-errand');
    typeInto('report-availability', '工作日晚上');
    click('#report-submit');
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('报到已提交');
  });

  it('tells an approved volunteer there is nothing to report', async () => {
    const scene = await serviceBackend();
    await scene.volunteer(VOLUNTEER, 'approve');
    renderPage(<ServiceReportPage />, scene.as(VOLUNTEER));
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('您已是本社区的报到志愿者');
  });
});
