import { z } from 'zod';
import { fixedText } from '../textFields';
import { idSchema } from '../ids';
import { pageInputShape, pageOf } from '../pagination';
import { caseHolderSchema, holderKinds } from '../casework/holders';
import { matterCategorySchema } from '../matters/categories';
import {
  caseDetailSchema,
  caseSummarySchema,
  holderViewSchema,
  routingRuleViewSchema,
  ruleCategorySchema,
  slaClassSchema,
} from '../casework/views';
import {
  caseReasonSchema,
  caseRef,
  casePhotosSchema,
  dispatchShape,
  extensionHoursSchema,
  feedbackTextSchema,
  longTermPlanSchema,
  patrolReportShape,
  reviewDateSchema,
  verifyNoteSchema,
} from '../casework/inputs';
import { command, query } from './define';

/** The bodies that hold cases: their users act on the cases their body holds. */
const holders = ['gridWorker', 'property', 'department', 'street'] as const;
/** Who may open a case page: its parties; the service checks which case each may read. */
const caseReaders = ['gridWorker', 'property', 'department', 'street', 'committee', 'cadre'] as const;
const committee = ['committee'] as const;
const street = ['street'] as const;
/** 核查: a grid worker of the matter's grid or the community's committee, never the handler. */
const verifiers = ['gridWorker', 'committee'] as const;
const caseAnswer = z.object({ case: caseDetailSchema });
const caseInput = z.strictObject(caseRef);

/**
 * The `casework` function (街呼区应 down to the grid): the committee dispatches a matter to the body
 * the street's routing table names, the holder accepts or returns it, the street re-routes and
 * decides extensions, the holder feeds back, a grid worker or the committee checks on site.
 * docs/adr/0012-casework-loop.md; the states in src/domain/casework/transitions.ts.
 */
export const caseworkContract = {
  routeSuggestion: query(() => ({
    summary: '派遣前：路由表建议的承办单位、办理时限，以及可改派的单位',
    roles: committee,
    input: z.strictObject({ matterId: idSchema }),
    output: z.object({
      suggested: holderViewSchema,
      /** Null when no rule matched and the case falls to the street (首接负责). */
      ruleId: idSchema.nullable(),
      slaClass: slaClassSchema,
      /** The due time if dispatched now. */
      dueAt: z.number(),
      /** Every body the committee may choose instead (with a reason). */
      choices: z.array(holderViewSchema),
    }),
  })),
  dispatch: command(() => ({
    summary: '居委会派遣：按路由表派给承办单位（改选其他单位须写明原因），开始计时',
    roles: committee,
    input: z.strictObject(dispatchShape),
    output: caseAnswer,
  })),
  report: command(() => ({
    summary: '网格员信息采集：巡查发现的问题（照片、位置），按路由表直接派遣',
    roles: ['gridWorker'],
    input: z.strictObject(patrolReportShape),
    output: caseAnswer,
  })),
  case: query(() => ({
    summary: '一件案件：事项、承办单位、答复期限、经过和我能做的操作',
    roles: caseReaders,
    input: caseInput,
    output: caseAnswer,
  })),
  forMatter: query(() => ({
    summary: '一件说事的案件（当前和以往），居委会在说事页查看',
    roles: ['committee', 'cadre'],
    input: z.strictObject({ matterId: idSchema }),
    output: z.object({ current: caseDetailSchema.nullable(), past: z.array(caseSummarySchema) }),
  })),
  inbox: query(() => ({
    summary: '承办单位的案件：待受理、办理中、已反馈（最急的在前）',
    roles: holders,
    input: z.strictObject({ tab: z.enum(['waiting', 'doing', 'done']), ...pageInputShape }),
    output: pageOf(caseSummarySchema),
  })),
  supervision: query(() => ({
    summary: '街道督办：本街道所有未结案件，按社区、承办单位筛选，超期标红',
    roles: street,
    input: z.strictObject({
      communityId: idSchema.optional(),
      holderKind: z.enum(holderKinds).optional(),
      holderId: idSchema.optional(),
      overdueOnly: z.boolean().default(false),
      ...pageInputShape,
    }),
    output: pageOf(caseSummarySchema),
  })),
  supervisionFilters: query(() => ({
    summary: '督办筛选项：本街道的社区和承办单位，及各自超期数',
    roles: street,
    input: z.strictObject({}),
    output: z.object({
      // Place names come from the directory (configuration), not from anyone's words.
      communities: z.array(z.object({ id: idSchema, name: fixedText(), open: z.number(), overdue: z.number() })),
      holders: z.array(holderViewSchema),
    }),
  })),
  toVerify: query(() => ({
    summary: '待我核查：已反馈、由我所在网格或社区核查的案件',
    roles: verifiers,
    input: z.strictObject({ ...pageInputShape }),
    output: pageOf(caseSummarySchema),
  })),
  accept: command(() => ({
    summary: '承办单位受理',
    roles: holders,
    input: caseInput,
    output: caseAnswer,
  })),
  return: command(() => ({
    summary: '承办单位退单：派遣后2个工作小时内、写明原因，由街道改派',
    roles: holders,
    input: z.strictObject({ ...caseRef, reason: caseReasonSchema }),
    output: caseAnswer,
  })),
  reroute: command(() => ({
    summary: '街道改派：把退回或派错的案件派给另一个承办单位，重新计时',
    roles: street,
    input: z.strictObject({ ...caseRef, holder: caseHolderSchema, reason: caseReasonSchema }),
    output: caseAnswer,
  })),
  requestExtension: command(() => ({
    summary: '承办单位申请延期（每次派遣一次，写明原因），由街道审批',
    roles: holders,
    input: z.strictObject({ ...caseRef, hours: extensionHoursSchema, reason: caseReasonSchema }),
    output: caseAnswer,
  })),
  decideExtension: command(() => ({
    summary: '街道审批延期：同意则顺延答复期限',
    roles: street,
    input: z.strictObject({ ...caseRef, approve: z.boolean() }),
    output: caseAnswer,
  })),
  markLongTerm: command(() => ({
    summary: '承办单位挂账：一时解决不了的，写明计划和复查日期',
    roles: holders,
    input: z.strictObject({ ...caseRef, plan: longTermPlanSchema, reviewDate: reviewDateSchema }),
    output: caseAnswer,
  })),
  feedback: command(() => ({
    summary: '承办单位处理反馈：做了什么，附现场照片',
    roles: holders,
    input: z.strictObject({ ...caseRef, text: feedbackTextSchema, photos: casePhotosSchema.default([]) }),
    output: caseAnswer,
  })),
  verify: command(() => ({
    summary: '核查：现场查看后通过（居民随后评价），或退回承办单位并写明还有什么问题',
    roles: verifiers,
    input: z.strictObject({ ...caseRef, outcome: z.enum(['passed', 'sentBack']), note: verifyNoteSchema }),
    output: caseAnswer,
  })),
  withdraw: command(() => ({
    summary: '居委会撤回案件（已在社区解决、重复派遣等），写明原因',
    roles: committee,
    input: z.strictObject({ ...caseRef, reason: caseReasonSchema }),
    output: caseAnswer,
  })),
  routingTable: query(() => ({
    summary: '街道路由表：哪类事项、哪个地方由谁承办，以及各类事项的办理时限',
    roles: ['street', 'committee', 'admin'],
    input: z.strictObject({ streetId: idSchema.optional() }),
    output: z.object({
      streetId: idSchema,
      streetName: fixedText(),
      rules: z.array(routingRuleViewSchema),
      slaClasses: z.array(z.object({ category: matterCategorySchema, slaClass: slaClassSchema })),
      /** The bodies and places the street may name in a rule. */
      holders: z.array(holderViewSchema),
      places: z.array(z.object({ kind: z.enum(['community', 'grid', 'compound']), id: idSchema, name: fixedText() })),
    }),
  })),
  saveRoutingRule: command(() => ({
    summary: '街道新增或修改一条路由规则',
    roles: ['street', 'admin'],
    input: z.strictObject({
      streetId: idSchema.optional(),
      /** Absent: a new rule (its id comes from the request id). */
      ruleId: idSchema.optional(),
      category: ruleCategorySchema,
      place: z.object({ kind: z.enum(['community', 'grid', 'compound']), id: idSchema }).nullable(),
      holder: caseHolderSchema,
    }),
    output: z.object({ ruleId: idSchema }),
  })),
  deleteRoutingRule: command(() => ({
    summary: '街道删除一条路由规则',
    roles: ['street', 'admin'],
    input: z.strictObject({ streetId: idSchema.optional(), ruleId: idSchema }),
    output: z.object({ deleted: z.boolean() }),
  })),
  setSlaClass: command(() => ({
    summary: '街道设定一类事项的办理时限类别（紧急2小时、水电气暖24小时、一般7天、疑难复杂15天）',
    roles: ['street', 'admin'],
    input: z.strictObject({ streetId: idSchema.optional(), category: matterCategorySchema, slaClass: slaClassSchema }),
    output: z.object({ category: matterCategorySchema, slaClass: slaClassSchema }),
  })),
};
