import { z } from 'zod';
import { AppError } from '../errors';
import { charCount } from '../text';
import { visitModeSchema, type VisitMode } from './views';
import { lazySchema } from '../lazySchema';

/** `HH:mm`, 00:00 to 23:59, wall-clock time in Shanghai. */
export const timeOfDaySchema = lazySchema(() =>
  z.string({ error: '请选择时间' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为“时:分”，如 09:30'),
);

/** A slot is one sitting: no longer than this. */
export const MAX_SLOT_MINUTES = 4 * 60;
export const MAX_SLOT_CAPACITY = 50;
export const MAX_PLACE_CHARS = 60;

/** Modes that happen somewhere other than the resident's home, so the place must be given. */
const modesNeedingPlace: readonly VisitMode[] = ['station', 'enterprise'];

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export const slotInputSchema = lazySchema(() =>
  z
    .object({
      start: timeOfDaySchema,
      end: timeOfDaySchema,
      mode: visitModeSchema,
      /** Where the talk happens (红帆驿站, the enterprise); may stay empty for home visits. */
      place: z
        .string({ error: '请填写地点' })
        .trim()
        .refine((v) => charCount(v) <= MAX_PLACE_CHARS, `地点最多${MAX_PLACE_CHARS}个字`)
        .default(''),
      capacity: z
        .number({ error: '请填写可接待人数' })
        .int('可接待人数须为整数')
        .min(1, '至少接待1人')
        .max(MAX_SLOT_CAPACITY, `每个时段最多接待${MAX_SLOT_CAPACITY}人`),
    })
    .superRefine((slot, ctx) => {
      const minutes = minutesOf(slot.end) - minutesOf(slot.start);
      if (minutes <= 0) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: '结束时间须晚于开始时间' });
      } else if (minutes > MAX_SLOT_MINUTES) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: '一个时段最长4小时' });
      }
      if (modesNeedingPlace.includes(slot.mode) && charCount(slot.place) < 2) {
        ctx.addIssue({ code: 'custom', path: ['place'], message: '请填写接访地点，至少2个字' });
      }
    }),
);
export type SlotInput = z.infer<typeof slotInputSchema>;

export interface TimeWindow {
  start: string;
  end: string;
}

/** Half-open windows: 09:00-10:00 and 10:00-11:00 follow each other, they do not overlap. */
export function overlaps(a: TimeWindow, b: TimeWindow): boolean {
  return minutesOf(a.start) < minutesOf(b.end) && minutesOf(b.start) < minutesOf(a.end);
}

export interface ExistingWindow extends TimeWindow {
  /** When an edited slot is checked, its own stored version is skipped by id. */
  id?: string;
  /** A cancelled slot frees its time. */
  state?: 'open' | 'cancelled';
}

function shown(window: TimeWindow): string {
  return `${window.start}-${window.end}`;
}

/**
 * One cadre cannot be in two places at once: the slots being published for a day may not overlap
 * the cadre's open slots that day (in any of their communities, any mode), nor each other.
 */
export function assertNoOverlap(
  newSlots: readonly (TimeWindow & { id?: string })[],
  existingSlots: readonly ExistingWindow[],
): void {
  newSlots.forEach((slot, index) => {
    const path = `slots.${index}`;
    const clash = existingSlots.find(
      (other) =>
        other.state !== 'cancelled' && (slot.id === undefined || other.id !== slot.id) && overlaps(slot, other),
    );
    if (clash) {
      const message = `与已发布的时段重叠：${shown(clash)}`;
      throw new AppError('BAD_INPUT', message, [{ path, message }]);
    }
    const sibling = newSlots.slice(0, index).find((other) => overlaps(slot, other));
    if (sibling) {
      const message = `所填的时段互相重叠：${shown(sibling)}与${shown(slot)}`;
      throw new AppError('BAD_INPUT', message, [{ path, message }]);
    }
  });
}
