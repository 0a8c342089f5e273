import { AppError } from '@domain/errors';
import { assertMeetingHeld, assertOpenItemsConfirmed, openActionItems } from '@domain/matters/conclusion';
import type { ActionItem } from '@domain/matters/views';
import { shanghaiWallClockToMs } from '@domain/time';

function caught(run: () => void): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
  }
  throw new Error('expected an AppError');
}

const item = (description: string, state: ActionItem['state'], dueDate = '2026-12-10'): ActionItem => ({
  id: description,
  description,
  owner: '物业',
  dueDate,
  state,
});

describe('assertMeetingHeld', () => {
  const meeting = shanghaiWallClockToMs('2026-12-31', '19:30');
  it('refuses before the scheduled minute, allows at it and after', () => {
    const error = caught(() => assertMeetingHeld(meeting, meeting - 1, '记录纪要'));
    expect(error.code).toBe('INVALID_STATE');
    expect(error.message).toBe('协商会定在12月31日 19:30，开始后才能记录纪要');
    expect(() => assertMeetingHeld(meeting, meeting, '记录纪要')).not.toThrow();
    expect(() => assertMeetingHeld(meeting, shanghaiWallClockToMs('2027-01-01', '00:00'), '记录纪要')).not.toThrow();
  });
});

describe('assertOpenItemsConfirmed', () => {
  it('passes when every item is done, or when there are none', () => {
    expect(() => assertOpenItemsConfirmed([item('通知车主', 'done')], false)).not.toThrow();
    expect(() => assertOpenItemsConfirmed([], false)).not.toThrow();
  });

  it('asks with CONFIRMATION_REQUIRED listing only the open items', () => {
    const actions = [item('施划禁停标线', 'todo'), item('安装提示牌', 'doing', '2027-01-05'), item('通知车主', 'done')];
    expect(openActionItems(actions).map((a) => a.description)).toEqual(['施划禁停标线', '安装提示牌']);
    const error = caught(() => assertOpenItemsConfirmed(actions, false));
    expect(error.code).toBe('CONFIRMATION_REQUIRED');
    expect(error.message).toBe(
      '还有2项议定事项未完成：施划禁停标线（物业，12月10日前）；安装提示牌（物业，1月5日前）。确定现在就结束这件说事吗？',
    );
  });

  it('passes open items once confirmed', () => {
    expect(() => assertOpenItemsConfirmed([item('施划禁停标线', 'todo')], true)).not.toThrow();
  });
});
