import { z } from 'zod';
import { contactText, freeText } from '../textFields';
import { idSchema } from '../ids';
import { pageInputShape, pageOf } from '../pagination';
import { onBehalfShape } from '../onBehalf';
import {
  orderFieldsShape,
  orderReasonSchema,
  ratingSchema,
  serviceItemInputShape,
  stationInputShape,
  thanksSchema,
  volunteerReportShape,
} from '../service/inputs';
import {
  ledgerEntrySchema,
  orderSchema,
  orderStateSchema,
  serviceItemSchema,
  stationSchema,
  teamSchema,
  volunteerSchema,
  volunteerStateSchema,
} from '../service/views';
import { consentShape } from '../notifications/consentField';
import { ANY_USER, command, query } from './define';
import { serviceActivityContract } from './serviceActivities';

const resident = ['resident'] as const;
const committee = ['committee'] as const;
const staff = ['committee', 'cadre'] as const;
/** 红色代办: the committee, the cadres and the grid workers, who meet residents at their doors. */
const proxies = ['committee', 'cadre', 'gridWorker'] as const;
/** Order steps: residents (as the orderer or a volunteer), those who ordered for one, the committee; the service checks which. */
const orderParties = ['resident', 'committee', 'cadre', 'gridWorker'] as const;
/** Taking an order: volunteers (residents who reported) and, for the committee's own services, the committee. */
const takers = ['resident', 'committee'] as const;
const orderInput = z.strictObject({ orderId: idSchema });
const orderAnswer = z.object({ order: orderSchema });

/**
 * The `service` function: 群众点单 (residents order help from the community's service menu,
 * volunteers take the orders), 红色代办 (staff order for a resident without a phone), 双报到
 * (residents report as party members / volunteers), 红帆驿站 and each volunteer's hours.
 */
export const serviceContract = {
  catalogue: query(() => ({
    summary: '服务菜单和红帆驿站（离我家最近的在前），以及我的志愿者报到状态',
    roles: ANY_USER,
    input: z.strictObject({ communityId: idSchema.optional() }),
    output: z.object({
      communityId: idSchema,
      items: z.array(serviceItemSchema),
      stations: z.array(stationSchema),
      /** The caller's own volunteer report in this community, if any. */
      volunteer: z.object({ state: volunteerStateSchema, returnReason: freeText() }).nullable(),
    }),
  })),
  placeOrder: command(() => ({
    summary: '居民点单：选一项服务，写下需要什么、什么时候、在哪里',
    roles: resident,
    input: z.strictObject({ ...orderFieldsShape, ...consentShape }),
    output: orderAnswer,
  })),
  placeOrderFor: command(() => ({
    summary: '红色代办：社区工作人员、民情书记或网格员替没有手机的居民点单（记录居民如何同意）',
    roles: proxies,
    input: z.strictObject({ ...orderFieldsShape, ...onBehalfShape, communityId: idSchema.optional() }),
    output: orderAnswer,
  })),
  order: query(() => ({
    summary: '一张服务订单：进度、接单志愿者、我能做的操作',
    roles: orderParties,
    input: orderInput,
    output: orderAnswer,
  })),
  myOrders: query(() => ({
    summary: '我点的单（最新在前）',
    roles: resident,
    input: z.strictObject({ ...pageInputShape }),
    output: pageOf(orderSchema),
  })),
  orderHall: query(() => ({
    summary: '志愿者接单大厅：我能接的待接单订单（最新在前，超时未接的标红）',
    roles: takers,
    input: z.strictObject({ ...pageInputShape }),
    output: pageOf(orderSchema),
  })),
  myClaims: query(() => ({
    summary: '志愿者：我接的单',
    roles: takers,
    input: z.strictObject({ ...pageInputShape }),
    output: pageOf(orderSchema),
  })),
  communityOrders: query(() => ({
    summary: '居委会：本社区的服务订单（可按状态筛选，超时未接的标红）',
    roles: staff,
    input: z.strictObject({
      communityId: idSchema.optional(),
      states: z.array(orderStateSchema).max(7).optional(),
      ...pageInputShape,
    }),
    output: pageOf(orderSchema),
  })),
  claimOrder: command(() => ({
    summary: '志愿者接单（同一单只有一人能接到）',
    roles: takers,
    input: z.strictObject({ orderId: idSchema, ...consentShape }),
    output: orderAnswer,
  })),
  assignOrder: command(() => ({
    summary: '居委会：把待接单的订单指派给一位志愿者',
    roles: committee,
    input: z.strictObject({ orderId: idSchema, volunteerUserId: idSchema }),
    output: orderAnswer,
  })),
  releaseOrder: command(() => ({
    summary: '志愿者：开始服务前退回订单（写明原因，订单重新待接）',
    roles: takers,
    input: z.strictObject({ orderId: idSchema, reason: orderReasonSchema }),
    output: orderAnswer,
  })),
  startOrder: command(() => ({
    summary: '志愿者：开始服务',
    roles: takers,
    input: orderInput,
    output: orderAnswer,
  })),
  finishOrder: command(() => ({
    summary: '志愿者：服务完成，等居民确认',
    roles: takers,
    input: orderInput,
    output: orderAnswer,
  })),
  confirmOrder: command(() => ({
    summary: '居民确认完成并评价（代办的订单由代办人确认）',
    roles: orderParties,
    input: z.strictObject({ orderId: idSchema, rating: ratingSchema, thanks: thanksSchema }),
    output: orderAnswer,
  })),
  disputeOrder: command(() => ({
    summary: '居民对“已完成”提出异议（居委会核实）',
    roles: orderParties,
    input: z.strictObject({ orderId: idSchema, reason: orderReasonSchema }),
    output: orderAnswer,
  })),
  settleOrder: command(() => ({
    summary: '居委会：核实有异议的订单，确认完成或退回重做',
    roles: committee,
    input: z.strictObject({ orderId: idSchema, outcome: z.enum(['confirmed', 'reopened']), reason: orderReasonSchema }),
    output: orderAnswer,
  })),
  cancelOrder: command(() => ({
    summary: '开始服务前取消订单（写明原因）',
    roles: orderParties,
    input: z.strictObject({ orderId: idSchema, reason: orderReasonSchema }),
    output: orderAnswer,
  })),
  reportVolunteer: command(() => ({
    summary: '双报到：向所住社区报到为党员志愿者或志愿者',
    roles: resident,
    input: z.strictObject({ ...volunteerReportShape, ...consentShape }),
    output: z.object({ volunteer: volunteerSchema }),
  })),
  volunteers: query(() => ({
    summary: '居委会：志愿者名册和待审核的报到',
    roles: committee,
    input: z.strictObject({
      communityId: idSchema.optional(),
      state: volunteerStateSchema.optional(),
      ...pageInputShape,
    }),
    output: pageOf(volunteerSchema),
  })),
  reviewVolunteer: command(() => ({
    summary: '居委会：审核报到（通过并编入网格、服务队或驿站，或写明原因退回）',
    roles: committee,
    input: z.strictObject({
      volunteerId: idSchema,
      decision: z.enum(['approve', 'return']),
      reason: z.string().trim().max(100, '原因最多100字').default(''),
      gridId: idSchema.nullable().default(null),
      teamId: idSchema.nullable().default(null),
      stationId: idSchema.nullable().default(null),
    }),
    output: z.object({ volunteer: volunteerSchema }),
  })),
  hours: query(() => ({
    summary: '志愿时长：总时长、星级和明细（志愿者看自己的，居委会看本社区志愿者的）',
    roles: ['resident', 'committee'] as const,
    input: z.strictObject({ volunteerUserId: idSchema.optional(), ...pageInputShape }),
    output: z.object({
      volunteer: z.object({ userId: idSchema, name: freeText() }),
      totalMinutes: z.number().int(),
      stars: z.number().int(),
      /** Hours still needed for the next star, or null at five stars. */
      hoursToNextStar: z.number().nullable(),
      entries: pageOf(ledgerEntrySchema),
    }),
  })),
  addHonourHours: command(() => ({
    summary: '居委会：补录荣誉时长（写明原因和凭证，记入审计）',
    roles: committee,
    input: z.strictObject({
      volunteerUserId: idSchema,
      minutes: z
        .number()
        .int('时长须为整数分钟')
        .min(-6000, '一次最多扣减100小时')
        .max(6000, '一次最多补录100小时')
        .refine((m) => m !== 0, '时长不能为0'),
      reason: orderReasonSchema,
      evidence: z.string().trim().min(2, '请填写凭证（如活动照片、签到表）').max(200, '凭证最多200字'),
    }),
    output: z.object({ totalMinutes: z.number().int(), stars: z.number().int() }),
  })),
  serviceSetup: query(() => ({
    summary: '居委会：服务菜单（含停用的）、志愿服务队和红帆驿站',
    roles: committee,
    input: z.strictObject({ communityId: idSchema.optional() }),
    output: z.object({
      communityId: idSchema,
      items: z.array(serviceItemSchema),
      teams: z.array(teamSchema),
      stations: z.array(stationSchema),
    }),
  })),
  saveServiceItem: command(() => ({
    summary: '居委会：新增或修改一项服务（由谁接单、响应时间、标准时长）',
    roles: committee,
    input: z.strictObject({ communityId: idSchema.optional(), ...serviceItemInputShape }),
    output: z.object({ item: serviceItemSchema }),
  })),
  saveTeam: command(() => ({
    summary: '居委会：新增或改名志愿服务队',
    roles: committee,
    input: z.strictObject({
      communityId: idSchema.optional(),
      id: idSchema.optional(),
      name: z.string().trim().min(2, '队名至少2个字').max(20, '队名最多20字'),
    }),
    output: z.object({ team: teamSchema }),
  })),
  saveStation: command(() => ({
    summary: '居委会：新增或修改红帆驿站（开放时间、服务、离各小区的步行时间）',
    roles: committee,
    input: z.strictObject({ communityId: idSchema.optional(), ...stationInputShape }),
    output: z.object({ station: stationSchema }),
  })),
  adoptStarterMenu: command(() => ({
    summary: '居委会：一键导入常用服务菜单（代办证件、陪同就医、助餐送餐等，可再修改）',
    roles: committee,
    input: z.strictObject({ communityId: idSchema.optional() }),
    output: z.object({ items: z.array(serviceItemSchema) }),
  })),
  findResidents: query(() => ({
    summary: '红色代办：按姓名或手机尾号找本社区的居民（只显示打码电话）',
    roles: proxies,
    input: z.strictObject({
      communityId: idSchema.optional(),
      search: z.string().trim().min(1, '请输入姓名或手机尾号').max(20, '最多20个字'),
    }),
    output: z.object({
      items: z.array(z.object({ id: idSchema, name: freeText(), building: contactText(), phone: contactText() })),
    }),
  })),
  ...serviceActivityContract,
};
