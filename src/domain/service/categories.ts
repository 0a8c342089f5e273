/**
 * The kinds of service a volunteer offers and a menu item belongs to (the "39项为民服务事项"
 * grouped): a volunteer reporting to the community ticks the kinds they can do.
 */
export const serviceCategories = [
  'errand',
  'companion',
  'meals',
  'repair',
  'grooming',
  'advice',
  'care',
  'other',
] as const;
export type ServiceCategory = (typeof serviceCategories)[number];

export const serviceCategoryLabels: Record<ServiceCategory, string> = {
  errand: '代办跑腿',
  companion: '陪诊陪伴',
  meals: '助餐送餐',
  repair: '家电小修',
  grooming: '理发保洁',
  advice: '政策法律咨询',
  care: '关爱探访',
  other: '其他',
};
