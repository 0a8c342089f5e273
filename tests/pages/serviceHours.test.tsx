import Taro from '@tarojs/taro';
import ServiceHoursPage from '../../src/packages/service/hours/index';
import { resetTaroMock } from '../support/taroMock';
import { appears, click, text } from './dom';
import { renderPage } from './render';
import { COMMITTEE, RESIDENT, serviceBackend, VOLUNTEER } from './serviceBackend';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => {
  resetTaroMock();
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: '/packages/service/hours/index', params: {} },
    page: {},
  });
});

const listed = () => [...document.querySelectorAll('#ledger-list .sv-ledger')].map((el) => el.id);
/** Ledger ids carry a colon (`order:…`): found by id, not by a CSS selector. */
const byId = (id: string) => document.getElementById(id)?.textContent ?? '';

describe('志愿时长 (jsdom, real services over SQLite)', () => {
  it('shows total hours, stars, hours to the next star and the ledger newest first', async () => {
    const scene = await serviceBackend();
    const item = scene.itemNamed(await scene.menu(), '代办证件'); // 120 standard minutes
    await scene.volunteer(VOLUNTEER);
    const order = await scene.order(item.id);
    for (const action of ['claimOrder', 'startOrder', 'finishOrder']) await scene.step(order.id, VOLUNTEER, action);
    await scene.step(order.id, RESIDENT, 'confirmOrder', { rating: 5, thanks: '谢谢' });
    scene.deps.clock.advance(60_000);
    await scene.act(COMMITTEE, 'addHonourHours', {
      volunteerUserId: VOLUNTEER,
      minutes: 6000,
      reason: '疫情期间连续值守社区卡口',
      evidence: '街道表彰文件2026第3号',
    });

    renderPage(<ServiceHoursPage />, scene.as(VOLUNTEER));
    await appears('#hours-summary');
    expect(text('#hours-total')).toContain('102');
    expect(text('#hours-stars')).toContain('★☆☆☆☆');
    expect(text('#hours-stars')).toContain('1星志愿者');
    expect(text('#hours-next')).toBe('再服务198小时可升到2星');
    await appears('#ledger-list');
    const [honour, served] = listed();
    expect(byId(honour)).toContain('荣誉时长');
    expect(byId(`${honour}-hours`)).toBe('+100小时');
    expect(byId(honour)).toContain('街道表彰文件2026第3号');
    expect(byId(served)).toContain('群众点单');
    expect(byId(`${served}-hours`)).toBe('+2小时');
  });

  it('says how hours are earned while there are none, and opens the order hall', async () => {
    const scene = await serviceBackend();
    await scene.volunteer(VOLUNTEER);
    renderPage(<ServiceHoursPage />, scene.as(VOLUNTEER));
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('还没有志愿时长');
    expect(text('#hours-total')).toContain('0');
    expect(text('#hours-next')).toBe('再服务100小时可升到1星');
    click('#state-empty .mq-state__action');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/service/orders/index?list=hall' });
  });
});
