import { waitFor } from '@testing-library/react';
import CommitteeOrderForPage from '../../src/packages/committee/order-for/index';
import CommitteeServiceOrdersPage from '../../src/packages/committee/service-orders/index';
import CommitteeServiceSetupPage from '../../src/packages/committee/service-setup/index';
import CommitteeVolunteersPage from '../../src/packages/committee/volunteers/index';
import { seededBackend } from '../support/seededBackend';
import { resetTaroMock } from '../support/taroMock';
import { appears, click, text, typeInto } from './dom';
import { openCommitteePage } from './serviceStandIn';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());

const CHEN = 'u-committee-chen';

/** 东门 with the starter menu and 李明 an approved volunteer who does errands. */
async function community() {
  const server = await seededBackend();
  const { items } = await server.act('service', CHEN, 'adoptStarterMenu', { communityId: 'c-dongmen' });
  const { volunteer } = await server.act('service', 'u-resident-li', 'reportVolunteer', {
    partyMember: true,
    categories: ['errand'],
  });
  await server.act('service', CHEN, 'reviewVolunteer', { volunteerId: volunteer.id, decision: 'approve' });
  const papers = items.find((item: { name: string }) => item.name === '代办证件').id as string;
  return { server, papers };
}

describe('the committee’s service pages over the real services (jsdom, SQLite)', () => {
  it('红色代办 for an elder without an account shows 由陈秀英代办, and the committee assigns it to 李明', async () => {
    const { server, papers } = await community();
    const orderFor = openCommitteePage('order-for', CommitteeOrderForPage, server.as(CHEN));
    await appears(`#order-item-${papers}`);
    click('#resident-mode-named');
    typeInto('resident-name', '孙大爷');
    click('#order-consent-usual-0');
    click(`#order-item-${papers}`);
    typeInto('order-details', '帮孙大爷办理老年证');
    typeInto('order-address', '幸福小区5号楼101');
    typeInto('order-phone', '13900005678');
    click('#order-for-submit');
    await appears('#order-for-placed');
    const card = document.querySelector('#order-for-placed [id^="order-"][data-state]')!;
    const orderId = card.id.replace(/^order-/, '');
    expect(text(`#order-${orderId}-behalf`)).toBe('由陈秀英代办');
    expect(text(`#order-${orderId}`)).toContain('孙大爷');
    orderFor.unmount();

    openCommitteePage('service-orders', CommitteeServiceOrdersPage, server.as(CHEN));
    await appears(`#order-${orderId}`);
    expect(text(`#order-${orderId}-behalf`)).toBe('由陈秀英代办');
    click(`#order-${orderId}`);
    await appears('#order-step-assign');
    click('#order-step-assign');
    await appears('#assign-to-u-resident-li');
    expect(text('#assign-to-u-resident-li')).toContain('能做代办跑腿');
    click('#assign-to-u-resident-li');
    click('#assign-submit');
    await waitFor(() => expect(text('#sheet-order')).toContain('已接单'));
    expect(text('#sheet-order')).toContain('李明');
    const stored = await server.act('service', CHEN, 'order', { orderId });
    expect(stored.order).toMatchObject({ state: 'claimed', claimant: { id: 'u-resident-li' } });
  });

  it('approves a report into a grid, then adds honour hours that show in the volunteer’s hours', async () => {
    const server = await seededBackend();
    const { volunteer } = await server.act('service', 'u-resident-zhang', 'reportVolunteer', {
      partyMember: false,
      categories: ['meals'],
      skills: '做饭',
    });
    openCommitteePage('volunteers', CommitteeVolunteersPage, server.as(CHEN));
    await appears(`#approve-${volunteer.userId}`);
    expect(text(`#volunteer-${volunteer.userId}`)).toContain('助餐送餐');
    click(`#approve-${volunteer.userId}`);
    await appears('#approve-grid-g-dongmen-1');
    click('#approve-grid-g-dongmen-1');
    click('#approve-submit');
    await appears('#pending-none');
    await appears(`#volunteer-${volunteer.userId}-stars`);
    expect(text(`#volunteer-${volunteer.userId}-stars`)).toBe('未评星 · 0小时');

    click(`#volunteer-${volunteer.userId}`);
    await appears('#hours-honour');
    click('#hours-honour');
    typeInto('honour-hours', '2');
    click('#honour-usual-0');
    typeInto('honour-evidence', '12月3日活动签到表');
    click('#honour-submit');
    await waitFor(() => expect(text('#hours-total')).toBe('未评星 · 2小时'));
    expect(text('#hours-sheet')).toContain('荣誉时长+2小时');
    expect(text('#hours-sheet')).toContain('凭证：12月3日活动签到表');
  });

  it('sets up an empty community: the starter menu, a team taking an item, a station near a compound', async () => {
    const server = await seededBackend();
    openCommitteePage('service-setup', CommitteeServiceSetupPage, server.as(CHEN));
    await appears('#menu-adopt');
    click('#menu-adopt');
    await waitFor(() => expect(document.querySelectorAll('[id^="menu-item-"]').length).toBeGreaterThan(5));
    click('#team-add');
    typeInto('team-name', '红帆助老服务队');
    click('#team-save');
    await waitFor(() => expect(document.querySelector('[id^="team-"]:not(#team-add):not(#team-sheet)')).not.toBeNull());

    const first = document.querySelector('[id^="menu-item-"]')!;
    click(`#${first.id}`);
    await appears('#item-sheet');
    click('#item-taken-by-team');
    click('#item-taker-' + document.querySelector('[id^="item-taker-"]')!.id.replace('item-taker-', ''));
    click('#item-save');
    await waitFor(() => expect(text(`#${first.id}`)).toContain('红帆助老服务队接单'));

    click('#station-add');
    typeInto('station-name', '东门红帆驿站');
    typeInto('station-address', '东门路18号');
    typeInto('station-walk-p-xingfu', '5');
    click('#station-save');
    await waitFor(() => expect(document.querySelector('.ss-row[id^="station-"]')).not.toBeNull());
    const { stations } = await server.act('service', CHEN, 'serviceSetup', { communityId: 'c-dongmen' });
    expect(stations).toEqual([expect.objectContaining({ name: '东门红帆驿站', walkMinutes: { 'p-xingfu': 5 } })]);
  });

  it('a cadre finds 张桂兰 by name (phone masked) and orders for her', async () => {
    const { server, papers } = await community();
    openCommitteePage('order-for', CommitteeOrderForPage, server.as('u-cadre-liu'));
    await appears(`#order-item-${papers}`);
    typeInto('resident-search', '张桂兰');
    click('#resident-search-go');
    await appears('#resident-u-resident-zhang');
    expect(text('#resident-u-resident-zhang')).toMatch(/^张桂兰 · .*\d{3}\*{4}\d{4}$/);
    click('#resident-u-resident-zhang');
    click('#order-consent-usual-0');
    click(`#order-item-${papers}`);
    typeInto('order-details', '帮张奶奶办理老年证');
    typeInto('order-address', '幸福小区3号楼');
    typeInto('order-phone', '13900005678');
    click('#order-for-submit');
    await appears('#order-for-placed');
    expect(text('#order-for-placed')).toContain('由刘建国代办');
    expect(text('#order-for-done')).toContain('已为张桂兰代办下单');
  });

  it('settles a disputed order with the reason the committee gives', async () => {
    const { server, papers } = await community();
    const { order } = await server.act('service', 'u-resident-zhang', 'placeOrder', {
      itemId: papers,
      details: '帮我办理老年证',
      wantedDate: '2026-11-30',
      wantedPeriod: 'morning',
      address: '幸福小区3号楼',
      contactPhone: '13900005678',
    });
    for (const action of ['claimOrder', 'startOrder', 'finishOrder']) {
      await server.act('service', 'u-resident-li', action, { orderId: order.id });
    }
    await server.act('service', 'u-resident-zhang', 'disputeOrder', { orderId: order.id, reason: '证件还没拿到' });

    openCommitteePage('service-orders', CommitteeServiceOrdersPage, server.as(CHEN));
    await appears(`#order-${order.id}`);
    expect(text(`#order-${order.id}`)).toContain('有异议');
    expect(text(`#order-${order.id}`)).toContain('证件还没拿到');
    click(`#order-${order.id}`);
    await appears('#order-step-settle');
    click('#order-step-settle');
    click('#order-step-usual-0');
    click('#order-step-submit');
    await waitFor(() => expect(text('#sheet-order')).toContain('已完成'));
    await appears('#order-no-steps');
  });

  it('opens the order a link asked for (from the order’s own page) on arrival', async () => {
    const { server, papers } = await community();
    const { order } = await server.act('service', 'u-resident-zhang', 'placeOrder', {
      itemId: papers,
      details: '帮忙续办老年证',
      wantedDate: '2026-12-30',
      wantedPeriod: 'morning',
      address: '幸福小区3号楼2单元501',
      contactPhone: '13800138000',
    });
    openCommitteePage('service-orders', CommitteeServiceOrdersPage, server.as(CHEN), { orderId: order.id });
    await appears('#order-sheet');
    expect(text('#sheet-order')).toContain('代办证件');
    expect(document.querySelector('#order-step-assign')).not.toBeNull();
  });
});
