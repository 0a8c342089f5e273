import { engines } from '../../support/storages';
import {
  CADRE,
  COMMITTEE,
  DECEMBER,
  DONGMEN,
  OTHER_COMMITTEE,
  RESIDENT,
  STREET,
  WHOLE_PHONE,
  XIMEN,
  exportLedger,
  ledgerBackend,
  openLedger,
} from './ledgerScene';

describe.each(engines)('stats.exportLedger on %s', (engine) => {
  it('居民说事台账: exactly the matters raised in the period, masked, with their consultation and rating', async () => {
    const { backend, expected } = await ledgerBackend(engine);
    const job = await exportLedger(backend, COMMITTEE, { ledger: 'matters', period: DECEMBER });
    expect(job).toMatchObject({ state: 'done', progress: 100, rows: 3, title: '居民说事台账', communityId: DONGMEN });
    const { sheet, text, userId, fileName } = openLedger(backend, job);
    expect(userId).toBe(COMMITTEE);
    expect(fileName).toBe('居民说事台账-2026-12-01至2026-12-31.xlsx');
    expect(sheet.titles?.[0]).toBe('东门社区 居民说事台账');
    expect(sheet.titles?.[1]).toMatch(
      /^周期：2026年12月1日至12月31日（2026-12-01 至 2026-12-31）\s+导出人：陈\S*\s+导出时间：2027-01-10/,
    );
    expect(sheet.header).toEqual([
      '编号',
      '日期',
      '提出人(已脱敏)',
      '类别',
      '议题',
      '协商时间',
      '参与人员',
      '协商结果',
      '落实情况',
      '满意度',
    ]);
    expect(sheet.rows.map((row) => row['编号'])).toEqual(expected.matters);
    expect(sheet.rows.map((row) => row['日期'])).toEqual(['2026-12-01', '2026-12-11', '2026-12-31']);
    const [anonymous, consulted, last] = sheet.rows;
    expect(anonymous['提出人(已脱敏)']).toBe('匿名居民');
    expect(anonymous['满意度']).toBe('未评价');
    expect(consulted).toMatchObject({ '提出人(已脱敏)': '孙**', 满意度: '4星', 协商时间: '2026-12-13 00:00' });
    expect(consulted['参与人员']).toContain('王**');
    expect(consulted['参与人员']).toContain('刘建国');
    expect(consulted['协商结果']).toContain('同意划线');
    expect(consulted['落实情况']).toMatch(/划停车位.*已完成.*当前状态：已解决/);
    expect(last['提出人(已脱敏)']).toBe('王**');
    expect(text).not.toMatch(WHOLE_PHONE);
    expect(text).not.toContain('孙桂兰');
    expect(text).not.toContain('王建华');
  });

  it('民情日记台账 and 接访登记台账: the period’s visit days; a cadre gets their own only', async () => {
    const { backend, expected } = await ledgerBackend(engine);
    const diary = openLedger(
      backend,
      await exportLedger(backend, COMMITTEE, { ledger: 'visitDiary', period: DECEMBER }),
    );
    expect(diary.sheet.rows.map((row) => row['日期'])).toEqual(expected.visitDiary);
    expect(diary.sheet.rows[0]).toMatchObject({ 民情书记: '刘建国', '居民(已脱敏)': '孙**', 方式: '红帆驿站' });
    expect(diary.sheet.rows[0]['察民情']).toContain('察');
    expect(diary.sheet.rows[0]['办结情况']).toMatch(/^已办结：办结/);
    expect(diary.text).not.toMatch(WHOLE_PHONE);

    const receptions = openLedger(
      backend,
      await exportLedger(backend, COMMITTEE, { ledger: 'receptions', period: DECEMBER }),
    );
    expect(receptions.sheet.header).toEqual([
      '日期',
      '时段',
      '方式/地点',
      '民情书记',
      '居民(已脱敏)',
      '联系电话(已脱敏)',
      '事由',
      '到场情况',
    ]);
    expect(receptions.sheet.rows).toHaveLength(expected.receptions.length);
    expect(receptions.sheet.rows.map((row) => row['联系电话(已脱敏)'])).toEqual([
      '138****5678',
      '138****5678',
      '138****5678',
    ]);
    expect(receptions.sheet.rows.map((row) => row['到场情况']).sort()).toEqual(['已接访', '已预约', '已预约']);
    expect(receptions.sheet.rows.some((row) => String(row['居民(已脱敏)']).endsWith('（现场登记）'))).toBe(true);
    expect(receptions.text).not.toMatch(WHOLE_PHONE);
    expect(receptions.text).not.toContain('赵大爷');

    const own = openLedger(backend, await exportLedger(backend, CADRE, { ledger: 'visitDiary', period: DECEMBER }));
    // 刘建国 visited in both communities: his 东门 record of 12-01 and his 西门 one, never 李书记's.
    expect(own.sheet.rows.map((row) => row['日期'])).toEqual(['2026-12-01', '2026-12-15']);
    const ownDongmen = await exportLedger(backend, CADRE, {
      ledger: 'receptions',
      period: DECEMBER,
      communityId: DONGMEN,
    });
    expect(openLedger(backend, ownDongmen).sheet.rows).toHaveLength(2);
  });

  it('志愿服务时长台账: the entries of the period, hours as numbers', async () => {
    const { backend } = await ledgerBackend(engine);
    const { sheet, text } = openLedger(
      backend,
      await exportLedger(backend, COMMITTEE, { ledger: 'volunteerHours', period: DECEMBER }),
    );
    expect(sheet.rows).toEqual([
      {
        日期: '2026-12-01',
        '志愿者(已脱敏)': '王**',
        '服务/活动': expect.stringContaining('代办证件'),
        '时长(小时)': 1.5,
        来源: '群众点单',
      },
      {
        日期: '2026-12-31',
        '志愿者(已脱敏)': '王**',
        '服务/活动': expect.stringContaining('代办证件'),
        '时长(小时)': 1.5,
        来源: '群众点单',
      },
    ]);
    expect(text).not.toMatch(WHOLE_PHONE);
  });

  it('a street exports all its communities in one file, or one of them', async () => {
    const { backend } = await ledgerBackend(engine);
    const all = openLedger(backend, await exportLedger(backend, STREET, { ledger: 'matters', period: DECEMBER }));
    expect(all.job.communityId).toBeNull();
    expect(all.sheet.rows.map((row) => row['编号']).sort()).toEqual([
      'm-dec-end',
      'm-dec-mid',
      'm-dec-start',
      'm-ximen',
    ]);
    const one = openLedger(
      backend,
      await exportLedger(backend, STREET, { ledger: 'matters', period: DECEMBER, communityId: XIMEN }),
    );
    expect(one.sheet.rows.map((row) => row['编号'])).toEqual(['m-ximen']);
  });

  it('refuses another community, a cadre asking for matters or hours, a resident, and another person’s job', async () => {
    const { backend } = await ledgerBackend(engine);
    const refused = async (caller: string, input: object) => {
      const answer = await backend.call('stats', caller, 'exportLedger', input);
      if (answer.ok) throw new Error(`exportLedger ${JSON.stringify(input)} as ${caller} was not refused`);
      return answer.code;
    };
    expect(await refused(OTHER_COMMITTEE, { ledger: 'matters', period: DECEMBER, communityId: DONGMEN })).toBe(
      'NOT_FOUND',
    );
    expect(await refused(CADRE, { ledger: 'matters', period: DECEMBER })).toBe('FORBIDDEN');
    expect(await refused(CADRE, { ledger: 'volunteerHours', period: DECEMBER })).toBe('FORBIDDEN');
    expect(await refused(RESIDENT, { ledger: 'visitDiary', period: DECEMBER })).toBe('FORBIDDEN');
    expect(await backend.storage.exportJobs.listUnfinished(10)).toEqual([]);

    const job = await exportLedger(backend, COMMITTEE, { ledger: 'matters', period: DECEMBER });
    const peek = await backend.call('stats', OTHER_COMMITTEE, 'exportJob', { jobId: job.id });
    expect(peek).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('writes an audit line per export: who, which ledger, community, period, rows', async () => {
    const { backend } = await ledgerBackend(engine);
    const job = await exportLedger(backend, COMMITTEE, { ledger: 'matters', period: DECEMBER });
    const { items } = await backend.storage.audit.listByActions(['stats.exportLedger'], { after: null, limit: 10 });
    expect(items).toEqual([
      expect.objectContaining({
        actorId: COMMITTEE,
        action: 'stats.exportLedger',
        targetType: 'ledger',
        targetId: job.id,
        communityId: DONGMEN,
        after: expect.objectContaining({ ledger: '居民说事台账', period: '2026-12-01 至 2026-12-31', rows: 3 }),
        at: backend.deps.clock.now(),
      }),
    ]);
  });
});
