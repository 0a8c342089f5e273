import { z } from 'zod';
import { boundedText } from '../text';
import { idSchema } from '../ids';
import { shanghaiDateSchema } from '../dateSchema';
import { matterCategorySchema } from '../matters/categories';
import { caseHolderSchema } from './holders';

/*
 * What staff type into the casework steps. Every text is free text one person writes and another
 * reads: the service masks numbers in it before it reaches the public timeline (handoffText.ts).
 */

export const caseReasonSchema = boundedText('请写明原因，至少4个字', 4, '请写明原因，至少4个字', 300, '原因最多300字');

export const feedbackTextSchema = boundedText(
  '请写明做了什么，至少4个字',
  4,
  '请写明做了什么，至少4个字',
  1000,
  '处理反馈最多1000字',
);

export const longTermPlanSchema = boundedText(
  '请写明处理计划，至少4个字',
  4,
  '请写明处理计划，至少4个字',
  500,
  '计划最多500字',
);

export const verifyNoteSchema = z.string().trim().max(300, '核查说明最多300字').default('');

export const caseFileIdSchema = z.string().min(1, '图片编号不能为空').max(300, '图片编号过长');
export const casePhotosSchema = z.array(caseFileIdSchema).max(6, '最多上传6张照片');

export const extensionHoursSchema = z
  .number({ error: '请填写延期小时数' })
  .int('延期时长应为整数小时')
  .min(1, '延期时长至少1小时');

export const caseRef = { caseId: idSchema };

/** 派遣: the table's choice unless the committee names another body, then with a reason. */
export const dispatchShape = {
  matterId: idSchema,
  holder: caseHolderSchema.optional(),
  overrideReason: z.string().trim().max(300, '原因最多300字').default(''),
};

/** 信息采集: what a grid worker found on patrol, with photo and place. */
export const patrolReportShape = {
  title: boundedText('请填写标题，至少4个字', 4, '请填写标题，至少4个字', 40, '标题最多40字'),
  description: boundedText('请描述发现的问题，至少10个字', 10, '请描述发现的问题，至少10个字', 1000, '描述最多1000字'),
  category: matterCategorySchema,
  gridId: idSchema,
  compoundId: idSchema.optional(),
  location: z.string().trim().max(60, '位置最多60字').default(''),
  photos: z.array(caseFileIdSchema).min(1, '请至少拍一张现场照片').max(6, '最多上传6张照片'),
};

export const reviewDateSchema = shanghaiDateSchema;
