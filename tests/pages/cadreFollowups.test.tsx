import { screen, waitFor } from '@testing-library/react';
import FollowUpsPage from '../../src/packages/cadre/followups/index';
import { resetTaroMock } from '../support/taroMock';
import { $, cadreBackend, click, home, openAt, station, text, typeInto } from './cadreBackend';
import { renderPage } from './render';
import { withDedupeKey } from '../support/testDeps';

const PATH = '/packages/cadre/followups/index';
const DAY = 24 * 60 * 60 * 1000;

/**
 * Two visits on 12月5日 with follow-ups: 李明's due 12月8日, 张桂兰's 12月20日. The page is opened
 * on 12月10日, when 李明's is overdue.
 */
async function openFollowUps(params: (records: { late: string; due: string }) => Record<string, string> = () => ({})) {
  const server = await cadreBackend();
  const [stationSlot, homeSlot] = await server.publish([station, home]);
  const zhang = await server.book('u-resident-zhang', homeSlot.id, '楼道灯坏了想当面说', '幸福小区3号楼2单元501');
  const li = await server.book('u-resident-li', stationSlot.id, '小区停车难');
  server.deps.clock.advance(8 * DAY); // 12月5日
  const { record: late } = await server.visit<{ record: { id: string } }>('u-cadre-liu', 'recordVisit', {
    bookingId: li.id,
    heard: '晚上停车位不够',
    solved: '承诺和物业商量划线',
    followUp: { dueDate: '2026-12-08', note: '和物业商量在西侧划停车线' },
  });
  const { record: due } = await server.visit<{ record: { id: string } }>('u-cadre-liu', 'recordVisit', {
    bookingId: zhang.id,
    heard: '楼道灯不亮',
    followUp: { dueDate: '2026-12-20', note: '督促物业修好楼道灯' },
  });
  server.deps.clock.advance(5 * DAY); // 12月10日
  openAt(server.deps.clock.now(), PATH, params({ late: late.id, due: due.id }));
  const page = renderPage(<FollowUpsPage />, server.as('u-cadre-liu'));
  await waitFor(() => $('#followups-page'));
  return { ...server, ...page, late, due };
}

beforeEach(() => resetTaroMock());
afterEach(() => jest.restoreAllMocks());

describe('待跟进事项 (jsdom, real services over SQLite)', () => {
  it('marks and scrolls to the follow-up a reminder was about (?recordId=)', async () => {
    const { due } = await openFollowUps((ids) => ({ recordId: ids.due }));
    expect($(`#followup-${due.id}`).dataset.highlight).toBe('yes');
    expect(document.querySelectorAll('[data-highlight="yes"]')).toHaveLength(1);
    const Taro = (await import('@tarojs/taro')).default;
    await waitFor(() =>
      expect(Taro.pageScrollTo).toHaveBeenCalledWith(expect.objectContaining({ selector: `#followup-${due.id}` })),
    );
  });

  it('lists open follow-ups due date first, overdue in red', async () => {
    const { late, due } = await openFollowUps();
    const order = [...document.querySelectorAll('.cd-followup')].map((c) => c.id);
    expect(order).toEqual([`followup-${late.id}`, `followup-${due.id}`]);
    expect(text('#followups-count')).toBe('待跟进 2 件，其中 1 件已逾期');
    expect($(`#followup-${late.id}`).className).toContain('cd-followup--overdue');
    expect(text(`#followup-overdue-${late.id}`)).toBe('已逾期');
    expect(text(`#followup-${late.id}`)).toContain('李明');
    expect(text(`#followup-${late.id}`)).toContain('和物业商量在西侧划停车线');
    expect(text(`#followup-due-${late.id}`)).toBe('期限：12月8日 周二');
    expect(document.querySelector(`#followup-overdue-${due.id}`)).toBeNull();
    expect(text(`#followup-${due.id}`)).toContain('张桂兰');
  });

  it('closes a follow-up with its outcome; the resident is told', async () => {
    const { late, due, storage, deps } = await openFollowUps();
    click(`#followup-close-${late.id}`);
    await waitFor(() => $('#close-followup-sheet'));
    expect(text('#close-followup-sheet')).toContain('李明：和物业商量在西侧划停车线');
    click('#followup-submit');
    expect(await screen.findByText('请填写跟进结果')).toBeTruthy();
    typeInto('followup-outcome', '物业已在西侧划出12个停车位');
    click('#followup-submit');
    await waitFor(() => expect(document.querySelector(`#followup-${late.id}`)).toBeNull());
    expect(text('#followups-result')).toContain('已完成对李明的跟进');
    expect(text('#followups-count')).toBe('待跟进 1 件');
    expect($(`#followup-${due.id}`)).toBeTruthy();
    const record = await storage.visitRecords.findById(late.id);
    expect(record?.followUp).toMatchObject({ state: 'closed', outcome: '物业已在西侧划出12个停车位' });
    expect(withDedupeKey(deps.notified, `followup_closed:${late.id}`)).toHaveLength(1);
  });
});
