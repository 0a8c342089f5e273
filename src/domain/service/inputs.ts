import { z } from 'zod';
import { boundedText } from '../text';
import { idSchema } from '../ids';
import { lazySchema } from '../lazySchema';
import { shanghaiDateSchema } from '../dateSchema';
import { visitPhoneSchema } from '../visits/text';
import { MAX_RATING, MIN_RATING } from './orders';
import { serviceCategorySchema, serviceTakerSchema, wantedPeriodSchema } from './views';

/** What the resident needs done, in their words. */
export const orderDetailsSchema = boundedText(
  '请写下需要什么帮助，至少4个字',
  4,
  '请写下需要什么帮助，至少4个字',
  300,
  '最多300字',
);

/** Where the service happens (the home, usually). */
export const orderAddressSchema = boundedText('请填写地址', 2, '请填写地址', 60, '地址最多60个字');

/** Why an order is cancelled, given back, disputed or settled: the other side reads it. */
export const orderReasonSchema = boundedText('请填写原因', 2, '请填写原因', 100, '原因最多100字');

/** The resident's thanks with a confirmation: optional. */
export const thanksSchema = lazySchema(() => boundedText('', 0, '', 100, '感谢的话最多100字').default(''));

export const ratingSchema = lazySchema(() =>
  z.number().int('请选择评分').min(MIN_RATING, '请选择评分').max(MAX_RATING, '评分最多5星'),
);

export const orderFieldsShape = {
  itemId: idSchema,
  details: orderDetailsSchema,
  wantedDate: shanghaiDateSchema,
  wantedPeriod: wantedPeriodSchema,
  address: orderAddressSchema,
  contactPhone: visitPhoneSchema,
};

const shortText = (label: string, max: number) => boundedText(`请填写${label}`, 0, '', max, `${label}最多${max}字`);

export const volunteerReportShape = {
  partyMember: z.boolean(),
  workUnit: lazySchema(() => shortText('工作单位', 40).default('')),
  skills: lazySchema(() => shortText('特长', 100).default('')),
  categories: z.array(serviceCategorySchema).min(1, '请至少选择一项能提供的服务').max(8),
  availability: lazySchema(() => shortText('空闲时间', 40).default('')),
};

export const serviceItemInputShape = {
  /** Absent for a new item. */
  id: idSchema.optional(),
  name: boundedText('请填写服务名称', 2, '请填写服务名称', 20, '服务名称最多20字'),
  description: lazySchema(() => shortText('说明', 100).default('')),
  category: serviceCategorySchema,
  takenBy: serviceTakerSchema,
  takerId: idSchema.nullable().default(null),
  responseHours: z.number().int('响应时间须为整数小时').min(1, '响应时间至少1小时').max(168, '响应时间最多7天'),
  standardMinutes: z.number().int('标准时长须为整数分钟').min(10, '标准时长至少10分钟').max(480, '标准时长最多8小时'),
  active: z.boolean().default(true),
};

export const stationInputShape = {
  id: idSchema.optional(),
  name: boundedText('请填写驿站名称', 2, '请填写驿站名称', 30, '驿站名称最多30字'),
  address: boundedText('请填写地址', 2, '请填写地址', 60, '地址最多60字'),
  openingHours: boundedText('请填写开放时间', 2, '请填写开放时间', 40, '开放时间最多40字'),
  contactPhone: lazySchema(() =>
    z
      .string()
      .trim()
      .max(20, '电话最多20位')
      .regex(/^[\d-]*$/, '电话只能包含数字和横线')
      .default(''),
  ),
  itemIds: z.array(idSchema).max(40).default([]),
  walkMinutes: z
    .record(idSchema, z.number().int().min(1, '步行时间至少1分钟').max(60, '步行时间最多60分钟'))
    .default({}),
};
