import { z } from 'zod';

export const matterCategories = [
  'parking',
  'noise',
  'property',
  'environment',
  'safety',
  'facilities',
  'other',
] as const;
export type MatterCategory = (typeof matterCategories)[number];
export const matterCategorySchema = z.enum(matterCategories, { error: '请选择事项类别' });

export const categoryLabels: Record<MatterCategory, string> = {
  parking: '停车',
  noise: '噪音扰民',
  property: '物业',
  environment: '环境卫生',
  safety: '安全',
  facilities: '设施',
  other: '其他',
};
