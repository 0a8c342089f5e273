import { z } from 'zod';
import type { FieldIssue } from '@domain/errors';
import { assertActivityTimes } from '@domain/service/activities';
import { activityInputShape } from '@domain/service/activityInputs';
import { shanghaiWallClockToMs, type ShanghaiDate } from '@domain/time';
import { toFieldIssues } from '@domain/validation';
import { addDays } from '../../../components/staff/dates';

/** When sign-up closes, counted back from the start in Asia/Shanghai. */
export const deadlineChoices = [
  { id: 'hour', label: '开始前1小时' },
  { id: 'day', label: '开始前1天' },
  { id: 'twoDays', label: '开始前2天' },
] as const;
export type DeadlineChoice = (typeof deadlineChoices)[number]['id'];

export interface ActivityDraft {
  title: string;
  description: string;
  place: string;
  stationId: string | null;
  date: ShanghaiDate;
  /** `HH:mm`, Shanghai wall clock. */
  start: string;
  end: string;
  headcount: string;
  deadline: DeadlineChoice;
}

/** An end earlier than the start is on the next day (a night patrol 22:00-02:00). */
export function endsNextDay(draft: Pick<ActivityDraft, 'start' | 'end'>): boolean {
  return draft.end < draft.start;
}

/**
 * The draft's times as the contract takes them, epoch ms: the start on the chosen Shanghai date,
 * the end on that date or the next, sign-up closing 1 hour, or 1 or 2 Shanghai days, before the start.
 */
export function activityTimes(draft: Pick<ActivityDraft, 'date' | 'start' | 'end' | 'deadline'>) {
  const startAt = shanghaiWallClockToMs(draft.date, draft.start);
  const endAt = shanghaiWallClockToMs(endsNextDay(draft) ? addDays(draft.date, 1) : draft.date, draft.end);
  const closes: Record<DeadlineChoice, number> = {
    hour: startAt - 60 * 60_000,
    day: shanghaiWallClockToMs(addDays(draft.date, -1), draft.start),
    twoDays: shanghaiWallClockToMs(addDays(draft.date, -2), draft.start),
  };
  return { startAt, endAt, signUpClosesAt: closes[draft.deadline] };
}

const publishSchema = z.object(activityInputShape);
export type PublishInput = z.output<typeof publishSchema>;

/** Where the time rule's refusal is said: under the deadline, the end time, or else the date and start. */
function timesPath(message: string): string {
  if (message.includes('报名截止')) return 'signUpClosesAt';
  if (message.includes('结束') || message.includes('最长')) return 'endAt';
  return 'startAt';
}

/** The input of publishActivity from the form, or every field's complaint (the contract's own words). */
export function checkActivity(
  draft: ActivityDraft,
  now: number,
): { ok: true; input: PublishInput } | { ok: false; issues: FieldIssue[] } {
  const times = activityTimes(draft);
  const headcount = /^\d+$/.test(draft.headcount.trim()) ? Number(draft.headcount.trim()) : Number.NaN;
  const parsed = publishSchema.safeParse({
    title: draft.title,
    description: draft.description,
    place: draft.place,
    stationId: draft.stationId,
    ...times,
    headcount,
  });
  const issues = parsed.success ? [] : toFieldIssues(parsed.error).map((issue) => withBlankMessage(issue, draft));
  const timeIssue = timesIssue(times, now);
  if (timeIssue) issues.push(timeIssue);
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, input: parsed.data };
}

function timesIssue(times: ReturnType<typeof activityTimes>, now: number): FieldIssue | null {
  try {
    assertActivityTimes(times, now);
    return null;
  } catch (caught) {
    const message = caught instanceof Error ? caught.message : '请检查活动时间';
    return { path: timesPath(message), message };
  }
}

/** What a blank field is told: to fill it in, not that it is too short or not a number. */
const blankMessages: Partial<Record<keyof ActivityDraft, string>> = {
  title: '请填写活动名称',
  place: '请填写活动地点',
  headcount: '请填写需要的人数',
};

function withBlankMessage(issue: FieldIssue, draft: ActivityDraft): FieldIssue {
  const path = issue.path as keyof ActivityDraft;
  const blank = blankMessages[path];
  if (blank && String(draft[path] ?? '').trim() === '') return { path: issue.path, message: blank };
  // Letters in the headcount: say what to type, not how a number failed to parse.
  if (path === 'headcount' && !/人/.test(issue.message)) return { path: issue.path, message: '人数请填整数，如 10' };
  return issue;
}
