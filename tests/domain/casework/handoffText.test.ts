import { formatDue, handoffText } from '@domain/casework/handoffText';
import { shanghaiWallClockToMs } from '@domain/time';

const at = (date: string, time: string) => shanghaiWallClockToMs(date, time);

describe('the public timeline words', () => {
  it.each([
    [
      { kind: 'dispatched', holderName: '区城管局', dueAt: at('2026-12-08', '17:00') },
      '已派至 区城管局，应于12月8日17:00前答复',
    ],
    [{ kind: 'accepted', holderName: '区城管局' }, '区城管局 已受理'],
    [
      { kind: 'returned', holderName: '区城管局', reason: '不属于本部门职责' },
      '区城管局 退单：不属于本部门职责，待街道改派',
    ],
    [
      { kind: 'rerouted', byName: '街道', holderName: '幸福物业', dueAt: at('2026-12-09', '10:00') },
      '街道 改派至 幸福物业，应于12月9日10:00前答复',
    ],
    [
      { kind: 'extended', dueAt: at('2026-12-12', '17:00'), reason: '需协调供电公司' },
      '延期至12月12日17:00（需协调供电公司）',
    ],
    [
      { kind: 'longTerm', plan: '列入明年道路改造计划', reviewAt: at('2027-03-01', '09:00') },
      '已挂账：列入明年道路改造计划，计划于3月1日复查',
    ],
    [{ kind: 'feedback', summary: '已更换灯泡', photoCount: 2 }, '处理反馈：已更换灯泡（附照片2张）'],
    [{ kind: 'feedback', summary: '已更换灯泡', photoCount: 0 }, '处理反馈：已更换灯泡'],
    [{ kind: 'passed' }, '核查通过'],
    [{ kind: 'sentBack', what: '3号楼门口仍不亮' }, '核查退回：3号楼门口仍不亮'],
    [{ kind: 'withdrawn', reason: '居民已自行解决' }, '社区已撤回：居民已自行解决'],
  ] as const)('%o -> %s', (event, words) => {
    expect(handoffText(event)).toBe(words);
  });

  it('shows Shanghai time at midnight and across the year, whatever the server zone', () => {
    expect(formatDue(at('2027-01-01', '00:30'))).toBe('1月1日00:30');
    expect(formatDue(Date.UTC(2026, 11, 31, 16, 0))).toBe('1月1日00:00');
  });

  it('never shows a phone number, an ID or a plate a handler wrote', () => {
    const text = handoffText({
      kind: 'returned',
      holderName: '区住建局',
      reason: '请联系张工 13812345678，车鲁H·12345 挡路',
    });
    expect(text).toBe('区住建局 退单：请联系张工 138****5678，车鲁H·***45 挡路，待街道改派');
    const feedback = handoffText({ kind: 'feedback', summary: '已处理\n如有问题打139-1234-5678', photoCount: 1 });
    expect(feedback).toBe('处理反馈：已处理 如有问题打139****5678（附照片1张）');
  });
});
