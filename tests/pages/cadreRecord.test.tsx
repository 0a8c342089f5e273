import { screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import RecordPage from '../../src/packages/cadre/record/index';
import { resetTaroMock } from '../support/taroMock';
import { $, cadreBackend, click, home, openAt, text, typeInto, VISIT_DAY } from './cadreBackend';
import { renderPage } from './render';

const PATH = '/packages/cadre/record/index';

/** 张桂兰 booked 刘建国's home visit on 12月5日; the page is opened on her booking. */
async function openRecord(
  params: (bookingId: string) => Record<string, string> = (id) => ({ bookingId: id, date: VISIT_DAY }),
) {
  const server = await cadreBackend();
  const [slot] = await server.publish([home]);
  const booking = await server.book('u-resident-zhang', slot.id, '楼道灯坏了想当面说', '幸福小区3号楼2单元501');
  server.toVisitDay();
  openAt(server.deps.clock.now(), PATH, params(booking.id));
  const page = renderPage(<RecordPage />, server.as('u-cadre-liu'));
  await waitFor(() => $('#record-form'));
  return { ...server, ...page, booking };
}

beforeEach(() => resetTaroMock());
afterEach(() => jest.restoreAllMocks());

describe('民情日记 (jsdom, real services over SQLite)', () => {
  it('shows whom the visit is with, and asks for at least one part', async () => {
    const { calls } = await openRecord();
    expect(text('#record-booking')).toContain('张桂兰');
    expect(text('#record-booking')).toContain('12月5日 周六 14:00-16:00 入户走访');
    expect(text('#record-booking')).toContain('楼道灯坏了想当面说');
    click('#record-save');
    expect(await screen.findByText('察民情、听民意、解民忧、汇民智至少填写一项')).toBeTruthy();
    expect(calls.some((c) => c.event.action === 'recordVisit')).toBe(false);
  });

  it('records a visit with a follow-up, then turns it into a 说事 linked both ways', async () => {
    const { booking, storage, calls, deps } = await openRecord();
    typeInto('record-seen', '3号楼2单元楼道声控灯不亮，楼梯较暗');
    typeInto('record-heard', '老人晚上上下楼怕摔，希望尽快修好');
    typeInto('record-solved', '已联系物业，承诺一周内修好');
    expect(document.querySelector('#followup-fields')).toBeNull();
    click('#followup-switch');
    await waitFor(() => $('#followup-fields'));
    // A week after the visit day unless changed.
    expect($('#followup-due').getAttribute('data-value')).toBe('2026-12-12');
    click('#record-save');
    expect(await screen.findByText('请写明要跟进的事，至少2个字')).toBeTruthy();
    typeInto('followup-note', '一周后回访，确认楼道灯已修好');
    click('#record-save');
    await waitFor(() => $('#record-saved'));
    expect(text('#record-saved')).toContain('已通知居民跟进事项');

    const [record] = await storage.visitRecords.findByBookingIds([booking.id]);
    expect(record).toMatchObject({
      seen: '3号楼2单元楼道声控灯不亮，楼梯较暗',
      heard: '老人晚上上下楼怕摔，希望尽快修好',
      solved: '已联系物业，承诺一周内修好',
      suggested: '',
      followUp: { dueDate: '2026-12-12', note: '一周后回访，确认楼道灯已修好', state: 'open' },
    });
    expect((await storage.bookings.findById(booking.id))?.state).toBe('attended');
    expect(deps.notified.some((e) => e.kind === 'followup_recorded')).toBe(true);

    click('#open-matter');
    await waitFor(() => $('#open-matter-sheet'));
    typeInto('matter-title', '3号楼楼道灯不亮');
    click('#matter-submit');
    expect(await screen.findByText('请选择事项类别')).toBeTruthy();
    click('#matter-category-facilities');
    click('#matter-submit');
    // The cadre must ask the resident: no default either way.
    expect(await screen.findByText('请问一下居民是否匿名')).toBeTruthy();
    expect(text('#open-matter-sheet')).toContain('居民是否匿名');
    click('#matter-anonymity-anonymous');
    click('#matter-submit');
    await waitFor(() => $('#matter-link'));
    // 东门 reviews first: the cadre is told it is not public yet and that the resident was told.
    expect(text('#matter-opened')).toBe('社区审核通过后公开，已通知居民。');
    const linked = await storage.visitRecords.findById(record.id);
    expect(linked?.matterId).toBeTruthy();
    const matter = await storage.matters.findById(linked!.matterId!);
    expect(matter).toMatchObject({
      title: '3号楼楼道灯不亮',
      category: 'facilities',
      authorId: 'u-resident-zhang',
      raisedById: 'u-cadre-liu',
      anonymous: true,
      state: 'pending_review',
    });
    click('#matter-link');
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/packages/resident/matter/index?id=${linked!.matterId}` });
    // The missing category and anonymity were said before calling: one call.
    const open = calls.filter((c) => c.event.action === 'openMatter');
    expect(open).toHaveLength(1);
    expect(open[0].event.requestId).toMatch(/^[a-z0-9]+-[a-z0-9]+$/);
  });

  it('finds the booking without a date and edits the saved record', async () => {
    const server = await cadreBackend();
    const [slot] = await server.publish([home]);
    const booking = await server.book('u-resident-zhang', slot.id, '楼道灯坏了想当面说', '幸福小区3号楼2单元501');
    server.toVisitDay();
    await server.visit('u-cadre-liu', 'recordVisit', { bookingId: booking.id, heard: '希望修好楼道灯' });
    openAt(server.deps.clock.now(), PATH, { bookingId: booking.id });
    renderPage(<RecordPage />, server.as('u-cadre-liu'));
    await waitFor(() => $('#record-form'));
    expect(($('#record-heard').querySelector('textarea') as HTMLTextAreaElement).value).toBe('希望修好楼道灯');
    expect(text('#record-save')).toContain('保存修改');
    expect($('#open-matter')).toBeTruthy();
    typeInto('record-suggested', '建议换成太阳能感应灯');
    click('#record-save');
    await waitFor(() => $('#record-saved'));
    const [record] = await server.storage.visitRecords.findByBookingIds([booking.id]);
    expect(record).toMatchObject({ heard: '希望修好楼道灯', suggested: '建议换成太阳能感应灯', followUp: null });
  });

  it('is only for cadres', async () => {
    const server = await cadreBackend();
    openAt(server.deps.clock.now(), PATH, { bookingId: 'b1' });
    renderPage(<RecordPage />, server.as('u-resident-li'));
    expect(await screen.findByText('仅民情书记可用')).toBeTruthy();
  });
});
