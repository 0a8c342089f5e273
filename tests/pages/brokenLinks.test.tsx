import { screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ReactElement } from 'react';
import FollowUpsPage from '../../src/packages/cadre/followups/index';
import RecordPage from '../../src/packages/cadre/record/index';
import DaySheetPage from '../../src/packages/cadre/sheet/index';
import ManagePage from '../../src/packages/committee/manage/index';
import MatterPage from '../../src/packages/resident/matter/index';
import MessagesPage from '../../src/packages/resident/messages/index';
import MyVisitsPage from '../../src/packages/resident/my-visits/index';
import VisitDayPage from '../../src/packages/resident/visit-day/index';
import { resetTaroMock } from '../support/taroMock';
import { appears } from './dom';
import { realBackend } from './realBackend';
import { renderPage } from './render';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());

/** Opens a page with this query, as the platform hands it over (still URL-encoded). */
async function open(page: ReactElement, userId: string, params: Record<string, string>) {
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({ router: { path: '/pages/test/index', params }, page: {} });
  const { backend } = await realBackend(userId);
  return renderPage(page, backend);
}

/** A cut-off UTF-8 character: decodeURIComponent throws on it. */
const CUT = '%E4%';

describe('a broken link shows a plain error, never a crash (jsdom)', () => {
  it.each([
    ['说事', <MatterPage key="m" />, 'u-resident-zhang', { id: CUT }, '没有找到这件说事'],
    ['说事 without id', <MatterPage key="m" />, 'u-resident-zhang', {}, '没有找到这件说事'],
    ['接访日', <VisitDayPage key="v" />, 'u-resident-zhang', { date: CUT }, '没有找到这个接访日'],
    ['接访日 not a date', <VisitDayPage key="v" />, 'u-resident-zhang', { date: '2026-02-30' }, '没有找到这个接访日'],
    ['说事办理', <ManagePage key="c" />, 'u-committee-chen', { id: CUT }, '没有指定说事'],
    ['民情日记', <RecordPage key="r" />, 'u-cadre-liu', { bookingId: CUT, date: '2026-12-05' }, '没有指定预约'],
  ])('%s', async (_name, page, userId, params, title) => {
    await open(page, userId, params);
    await appears('#state-error');
    expect(screen.getByRole('alert').textContent).toContain(title);
  });

  it.each([
    ['我的约见', <MyVisitsPage key="mv" />, 'u-resident-zhang', { bookingId: CUT }, '#visits-when-upcoming'],
    ['我的消息', <MessagesPage key="ms" />, 'u-resident-zhang', { tab: CUT }, '#messages-tab-inbox'],
    ['待跟进', <FollowUpsPage key="f" />, 'u-cadre-liu', { recordId: CUT }, '#followups-page'],
    ['接访单', <DaySheetPage key="s" />, 'u-cadre-liu', { date: CUT }, '#sheet-page'],
  ])('%s opens as usual when its optional param is broken', async (_name, page, userId, params, selector) => {
    await open(page, userId, params);
    await appears(selector);
    expect(document.querySelector('#state-error')).toBeNull();
  });
});
