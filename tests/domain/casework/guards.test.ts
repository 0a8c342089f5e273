import { AppError } from '@domain/errors';
import {
  assertCanRequestExtension,
  assertLongTermReview,
  assertVerifier,
  decideExtension,
  isVerifier,
  type ExtensionRequest,
} from '@domain/casework/guards';
import { startClock } from '@domain/casework/sla';
import { shanghaiWallClockToMs } from '@domain/time';

const at = (date: string, time: string) => shanghaiWallClockToMs(date, time);
const DAY = 24 * 3_600_000;

function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return `${(error as AppError).code}: ${(error as AppError).message}`;
  }
}

describe('extension requests', () => {
  const clock = startClock('general', at('2026-12-01', '17:00'));
  const pending: ExtensionRequest = {
    hours: 72,
    reason: '需协调供电公司',
    requestedAt: at('2026-12-03', '10:00'),
    requestedBy: 'u-cg-1',
    decision: 'pending',
    decidedAt: null,
    decidedBy: null,
  };

  it('may be asked once, before the due time, for up to the class length', () => {
    expect(codeOf(() => assertCanRequestExtension(clock, null, 72, at('2026-12-03', '10:00')))).toBe('ok');
    expect(codeOf(() => assertCanRequestExtension(clock, pending, 24, at('2026-12-03', '11:00')))).toBe(
      'INVALID_STATE: 本次派遣已申请过延期，每次派遣只能申请一次',
    );
    const refused = { ...pending, decision: 'refused' as const };
    expect(codeOf(() => assertCanRequestExtension(clock, refused, 24, at('2026-12-04', '11:00')))).toMatch(
      /^INVALID_STATE/,
    );
    expect(codeOf(() => assertCanRequestExtension(clock, null, 24, clock.dueAt))).toBe(
      'DEADLINE_PASSED: 答复期限（12月8日17:00）已过，不能再申请延期，请尽快处理反馈',
    );
    expect(codeOf(() => assertCanRequestExtension(clock, null, 200, at('2026-12-03', '10:00')))).toBe(
      'BAD_INPUT: 延期时长应为1至168小时的整数',
    );
  });

  it('moves the due time when the street approves, not when it refuses', () => {
    const approved = decideExtension(clock, pending, true, 'u-street', at('2026-12-03', '15:00'));
    expect(approved.clock.dueAt).toBe(at('2026-12-11', '17:00'));
    expect(approved.request).toMatchObject({ decision: 'approved', decidedBy: 'u-street' });
    const refused = decideExtension(clock, pending, false, 'u-street', at('2026-12-03', '15:00'));
    expect(refused.clock).toBe(clock);
    expect(refused.request.decision).toBe('refused');
  });

  it('has nothing to decide without a pending request', () => {
    expect(codeOf(() => decideExtension(clock, null, true, 's', 0))).toBe('INVALID_STATE: 没有待审批的延期申请');
    const done = { ...pending, decision: 'approved' as const };
    expect(codeOf(() => decideExtension(clock, done, true, 's', 0))).toBe('INVALID_STATE: 没有待审批的延期申请');
  });
});

describe('the verifier (核查)', () => {
  it('is a grid worker of the grid or a committee member, never the one who gave the feedback', () => {
    const worker = { userId: 'gw-2', gridWorkerOfMatterGrid: true, committeeOfCommunity: false };
    const committee = { userId: 'cm-1', gridWorkerOfMatterGrid: false, committeeOfCommunity: true };
    const outsider = { userId: 'cg-1', gridWorkerOfMatterGrid: false, committeeOfCommunity: false };
    expect(isVerifier(worker, 'gw-1')).toBe(true);
    expect(isVerifier(committee, 'gw-1')).toBe(true);
    expect(codeOf(() => assertVerifier(outsider, 'gw-1'))).toBe('FORBIDDEN: 只有本网格的网格员或本社区居委会可以核查');
    expect(codeOf(() => assertVerifier(worker, 'gw-2'))).toBe(
      'FORBIDDEN: 处理反馈的人不能核查自己办理的案件，请由其他网格员或社区居委会核查',
    );
    expect(isVerifier(committee, 'cm-1')).toBe(false);
  });
});

describe('挂账 review date', () => {
  const now = at('2026-12-06', '10:00');
  it('lies after now and within a year', () => {
    expect(codeOf(() => assertLongTermReview(now + 30 * DAY, now))).toBe('ok');
    expect(codeOf(() => assertLongTermReview(now + 365 * DAY, now))).toBe('ok');
    for (const bad of [now, now - DAY, now + 366 * DAY]) {
      expect(codeOf(() => assertLongTermReview(bad, now))).toBe('BAD_INPUT: 复查日期应在今天之后的365天内');
    }
  });
});
