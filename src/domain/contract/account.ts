import { z } from 'zod';
import { fixedText, freeJson, freeText } from '../textFields';
import { idSchema } from '../ids';
import { pageInputShape, pageOf } from '../pagination';
import { directorySchema } from '../places';
import { elderModeSchema, profileInputSchema, roleSchema, selfViewSchema, userSummarySchema } from '../users';
import { userSearchSchema } from '../userSearch';
import { ANY_USER, command, query } from './define';

const empty = z.strictObject({});

export const auditEntrySchema = z.object({
  id: idSchema,
  actorId: idSchema,
  actorName: freeText(),
  action: fixedText(),
  targetType: fixedText(),
  targetId: idSchema,
  communityId: idSchema.nullable(),
  /** Snapshots of what changed: they may quote someone's words (minutes, reasons), masked like free text. */
  before: z.record(z.string(), freeJson()).nullable(),
  after: z.record(z.string(), freeJson()).nullable(),
  at: z.number(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** One line of 审计记录: who did it to whom, when, what changed and why (src/domain/auditTrail.ts). */
export const auditTrailEntrySchema = z.object({
  id: idSchema,
  kind: z.enum(['roleChange', 'contactReveal', 'ledgerExport']),
  at: z.number(),
  actorName: freeText(),
  subjectName: freeText(),
  /** `居民 → 民情书记`, 查看电话和地址, or `导出居民说事台账（3条）`. */
  detail: fixedText(),
  /** Why: the visit a reveal was for, a ledger's period; empty for a role change (the admin gives none). */
  reason: fixedText(),
});
export type AuditTrailEntry = z.infer<typeof auditTrailEntrySchema>;

/** Exactly `true`, typed so. */
function onlyTrue(message: string) {
  return z.custom<true>((value) => value === true, { error: message });
}

/** The `account` function: who the caller is, their profile, the places directory, roles. */
export const accountContract = {
  login: command(() => ({
    summary: '登录：首次调用时按微信身份创建用户',
    roles: ['guest', ...ANY_USER],
    input: empty,
    output: z.object({ user: selfViewSchema, isNew: z.boolean() }),
  })),
  me: query(() => ({
    summary: '读取自己的资料',
    roles: ANY_USER,
    input: empty,
    output: z.object({ user: selfViewSchema }),
  })),
  updateProfile: command(() => ({
    summary: '修改个人资料（姓名、社区、网格/小区、楼栋、电话）',
    roles: ANY_USER,
    input: profileInputSchema,
    output: z.object({ user: selfViewSchema }),
  })),
  setPreferences: command(() => ({
    summary: '设置长辈模式',
    roles: ANY_USER,
    input: z.strictObject({ elderMode: elderModeSchema }),
    output: z.object({ user: selfViewSchema }),
  })),
  directory: query(() => ({
    summary: '区、街道、社区、网格和小区名录',
    roles: ['guest', ...ANY_USER],
    input: empty,
    output: directorySchema,
  })),
  listUsers: query(() => ({
    summary: '管理员：按角色或社区查看用户，可按姓名或手机尾号搜索',
    roles: ['admin'],
    input: z.strictObject({
      role: roleSchema.optional(),
      communityId: idSchema.optional(),
      search: userSearchSchema.optional(),
      ...pageInputShape,
    }),
    output: pageOf(userSummarySchema),
  })),
  assignRole: command(() => ({
    summary: '管理员：设置用户的角色和范围：社区，或网格员的网格、街道/区直部门/物业的所属单位（记入审计日志）',
    roles: ['admin'],
    input: z.strictObject({
      userId: idSchema,
      role: roleSchema,
      communityIds: z.array(idSchema).max(20, '最多指定20个社区'),
      gridIds: z.array(idSchema).max(20, '最多指定20个网格').optional(),
      /** The street, department or property company, by role (src/domain/roleScope.ts). */
      orgId: idSchema.nullable().optional(),
    }),
    output: z.object({ user: userSummarySchema }),
  })),
  listAudit: query(() => ({
    summary: '管理员：审计日志',
    roles: ['admin'],
    input: z.strictObject({ ...pageInputShape }),
    output: pageOf(auditEntrySchema),
  })),
  verifyPhone: command(() => ({
    summary: '验证手机号：用微信手机号快速验证的 code 换取号码（发布说事和评论前需要）',
    roles: ANY_USER,
    input: z.strictObject({
      code: z.string({ error: '请重新点击验证手机号' }).trim().min(1, '请重新点击验证手机号').max(200, '验证码无效'),
    }),
    output: z.object({ user: selfViewSchema }),
  })),
  exportMyData: command(() => ({
    summary: '导出我的个人数据（Excel 表格 .xlsx，每类记录一个工作表）',
    roles: ANY_USER,
    input: empty,
    // A command: it writes the file it answers with. The link works for its owner only, until expiresAt.
    output: z.object({
      fileName: fixedText(),
      url: fixedText(),
      expiresAt: z.number(),
      bytes: z.number().int().nonnegative(),
    }),
  })),
  deleteAccount: command(() => ({
    summary: '注销账号：立即结束登录并删除或匿名化个人数据',
    // Guests too: after the deletion the caller's openid finds no user, and a retry of the same
    // request must still reach its stored answer. A guest's own request is refused by the service.
    roles: ['guest', ...ANY_USER],
    // The client's confirmation step must have happened: only `confirm: true` is accepted. A
    // custom check rather than z.literal: refine already brings its class into every function
    // bundle, ZodLiteral would add its own (tests/scripts/functionBundleLocales.test.ts).
    input: z.strictObject({ confirm: onlyTrue('请先确认注销：注销后个人数据将被删除且无法恢复') }),
    output: z.object({ deleted: onlyTrue('注销未完成') }),
  })),
  auditTrail: query(() => ({
    summary: '管理员：角色变更和查看居民联系方式的记录（谁、对谁、何时、为何），新的在前',
    roles: ['admin'],
    input: z.strictObject({ ...pageInputShape }),
    output: pageOf(auditTrailEntrySchema),
  })),
};
