import { exportSheetNames } from '../../../cloudfunctions/lib/services/accounts/exportDocument';
import { readXlsx } from '../../support/readXlsx';
import { engines } from '../../support/storages';
import {
  A,
  A_FLAG_REASON,
  A_PHOTO,
  B,
  CADRE,
  compact,
  personOf,
  twoResidents,
  wordsOf,
  type Scene,
} from './twoResidents';

const DAY = 86_400_000;

/** The sheets of the workbook, in order: what the person sees as its tabs. */
const SHEETS = [
  '说明',
  '个人资料',
  '我的说事',
  '评价',
  '评论',
  '支持',
  '关注',
  '举报',
  '预约',
  '走访记录',
  '我点的服务',
  '我接的服务',
  '志愿者报到',
  '志愿时长',
  '志愿活动报名',
  '案件办理',
  '消息',
  '微信通知',
  '订阅授权',
  '审计记录',
];

type Section = keyof typeof exportSheetNames;
type Row = Record<string, unknown>;

/** The export the resident asked for, opened with a spreadsheet reader as the person would open it. */
async function exportOf(scene: Scene, who: string) {
  const answer = await scene.server.call('account', who, 'exportMyData', {});
  if (!answer.ok) throw new Error(JSON.stringify(answer));
  const saved = scene.server.deps.exportFiles.saved.get(answer.data.url);
  if (!saved) throw new Error(`no export stored at ${answer.data.url}`);
  const book = readXlsx(saved.bytes);
  const document = Object.fromEntries(
    Object.entries(exportSheetNames).map(([section, sheet]) => [section, book.sheets[sheet].rows]),
  ) as Record<Section, Row[]>;
  // Everything the file holds, markup included: what must never carry the other resident.
  const text = Object.values(book.parts).join('\n');
  return { answer: answer.data, saved, book, document, text };
}

describe.each(engines)('account.exportMyData on %s', (engine) => {
  it('holds every kind of row about the resident, and nothing of the other one', async () => {
    const scene = await twoResidents(engine);
    const { server, matterOf, bookingOf } = scene;
    // The visit day: the cadre records A's visit (民情日记).
    server.deps.clock.advance(8 * DAY);
    await server.act('visit', CADRE, 'recordVisit', {
      bookingId: bookingOf[A],
      seen: '楼道灯确实不亮',
      heard: '希望尽快修好',
      solved: '已联系物业',
      suggested: '',
    });
    const { answer, saved, book, document, text } = await exportOf(scene, A);

    expect(answer).toMatchObject({ fileName: expect.stringMatching(/^minqing-my-data-\d{8}-\d{4}\.xlsx$/) });
    expect(answer.bytes).toBe(saved.bytes.length);
    expect(answer.expiresAt).toBe(server.deps.clock.now() + 3_600_000);
    expect(saved.userId).toBe(A);
    expect(book.sheetNames).toEqual(SHEETS);

    const { name, phone, building } = personOf[A];
    expect(document.profile).toEqual([
      expect.objectContaining({ 用户编号: A, 姓名: name, 手机号: phone, 楼栋门牌: building }),
    ]);
    expect(book.sheets['个人资料'].header.join()).not.toMatch(/openid/i);
    const { openid } = (await server.storage.users.findById(A))!;
    expect(text).not.toContain(openid);
    expect(document.matters.map((m) => m['说事编号'])).toEqual([matterOf[A]]);
    expect(document.matters[0]).toMatchObject({ 标题: wordsOf[A].title, 楼栋门牌: personOf[A].building });
    expect(JSON.parse(String(document.matters[0]['照片']))).toEqual([expect.objectContaining({ fileId: A_PHOTO })]);
    expect(document.ratings).toEqual([expect.objectContaining({ 说事编号: matterOf[A], 评分: 4 })]);
    expect(document.comments).toEqual([expect.objectContaining({ 说事编号: matterOf[B], 内容: wordsOf[A].comment })]);
    expect(document.supports).toEqual([{ 说事编号: matterOf[B] }]);
    expect(document.flags).toEqual([expect.objectContaining({ 举报对象: '评论', 举报理由: A_FLAG_REASON })]);
    expect(document.follows).toEqual(expect.arrayContaining([{ 说事编号: matterOf[B] }]));
    expect(document.bookings).toEqual([
      expect.objectContaining({ 预约编号: bookingOf[A], 上门地址: personOf[A].address, 联系电话: personOf[A].phone }),
    ]);
    expect(document.visitRecords).toEqual([
      expect.objectContaining({ 预约编号: bookingOf[A], 听到的: '希望尽快修好' }),
    ]);
    expect(document.inbox.length).toBeGreaterThan(0);
    expect(document.inbox.every((entry) => entry['收件人编号'] === A)).toBe(true);
    expect(document.wechatNotifications.length).toBe(document.inbox.length);
    expect(document.consentCredits).toEqual([{ 订阅消息模板: 'tmpl-booking', 剩余可发次数: 1 }]);
    expect(document.audit).toEqual([expect.objectContaining({ 操作: 'account.assignRole', 对象编号: A })]);

    for (const value of Object.values(personOf[B])) expect(text).not.toContain(value);
    expect(compact(text)).not.toContain(personOf[B].phone);
    for (const value of [wordsOf[B].title, wordsOf[B].body, wordsOf[B].comment, wordsOf[B].topic]) {
      expect(text).not.toContain(value);
    }
    expect(text).not.toContain(B);
  });

  it('writes a sheet a person can read: Chinese headers for every field, times in Beijing time, nested values as JSON', async () => {
    const scene = await twoResidents(engine);
    const { book, document } = await exportOf(scene, A);
    for (const sheet of SHEETS) {
      // A field the export did not declare would be headed by its English key (recordSheet).
      for (const header of book.sheets[sheet].header) expect(header).toMatch(/^[\u4e00-\u9fff（）]+$/);
    }
    const registered = (await scene.server.storage.users.findById(A))!.createdAt;
    const beijing = new Date(registered + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    expect(document.profile[0]['注册时间']).toBe(beijing);
    expect(document.matters[0]).toMatchObject({ 类别: '设施', 状态: '已办结', 匿名: '否' });
    expect(JSON.parse(String(document.matters[0]['我的评价']))).toMatchObject({ score: 4, comment: wordsOf[A].rating });
  });

  it('answers each request once: a retry with the same request id gives the same link', async () => {
    const { server } = await twoResidents(engine);
    const first = await server.call('account', A, 'exportMyData', {}, 'export-once');
    const again = await server.call('account', A, 'exportMyData', {}, 'export-once');
    expect(again).toEqual(first);
    expect(server.deps.exportFiles.saved.size).toBe(1);
  });

  it('exports for staff too (their own profile)', async () => {
    const scene = await twoResidents(engine);
    const { book, document, text } = await exportOf(scene, CADRE);
    expect(document.profile).toEqual([expect.objectContaining({ 用户编号: CADRE, 姓名: '刘建国' })]);
    expect(text).not.toContain(personOf[A].phone);
    // Every sheet is there for someone with nothing in it: its header, and no rows.
    expect(book.sheetNames).toEqual(SHEETS);
    expect(book.sheets['我的说事']).toEqual({ header: expect.arrayContaining(['说事编号', '标题']), rows: [] });
  });

  it('refuses a guest and a field the contract does not know, storing nothing', async () => {
    const { server } = await twoResidents(engine);
    expect(await server.call('account', { openid: 'wx-unregistered' }, 'exportMyData', {})).toMatchObject({
      ok: false,
      code: 'NOT_REGISTERED',
    });
    expect(await server.call('account', A, 'exportMyData', { unexpected: '13912345678' })).toMatchObject({
      ok: false,
      code: 'BAD_INPUT',
    });
    expect(server.deps.exportFiles.saved.size).toBe(0);
  });
});
