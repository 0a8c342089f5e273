import { z } from 'zod';
import { boundedText } from '../text';
import { idSchema } from '../ids';
import { lazySchema } from '../lazySchema';
import { MAX_HEADCOUNT } from './activities';

export const activityInputShape = {
  title: boundedText('请填写活动名称', 2, '活动名称至少2个字', 30, '活动名称最多30字'),
  description: lazySchema(() => boundedText('', 0, '', 300, '活动说明最多300字').default('')),
  place: boundedText('请填写活动地点', 2, '请填写活动地点', 60, '地点最多60字'),
  /** Held for a 红帆驿站 of the community, or null for the committee's own. */
  stationId: idSchema.nullable().default(null),
  /** Epoch ms; the client builds them from the date and times picked in Asia/Shanghai. */
  startAt: z.number().int('请选择开始时间'),
  endAt: z.number().int('请选择结束时间'),
  signUpClosesAt: z.number().int('请选择报名截止时间'),
  headcount: z.number().int('人数须为整数').min(1, '人数至少1人').max(MAX_HEADCOUNT, `人数最多${MAX_HEADCOUNT}人`),
};

/** The 6 digits typed at sign-in or sign-out. */
export const signInCodeInputSchema = lazySchema(() =>
  z
    .string()
    .trim()
    .regex(/^\d{6}$/, '请输入组织者手机上显示的6位签到码'),
);
