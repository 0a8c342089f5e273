import { z } from 'zod';
import { contactText, freeText } from './textFields';
import { idSchema } from './ids';
import { lazySchema } from './lazySchema';

export const roles = [
  'resident',
  'cadre',
  'committee',
  'admin',
  'gridWorker',
  'street',
  'department',
  'property',
] as const;
export type Role = (typeof roles)[number];
export const roleSchema = /* @__PURE__ */ lazySchema(() => z.enum(roles, { error: '角色无效' }));

/** A caller without a users row yet: may only log in and read the directory. */
export type CallerRole = Role | 'guest';

export const roleLabels: Record<Role, string> = {
  resident: '居民',
  cadre: '民情书记',
  committee: '社区居委会',
  admin: '管理员',
  gridWorker: '网格员',
  street: '街道',
  department: '区直部门',
  property: '物业',
};

/**
 * The roles of 街呼区应's other side (docs/adr/0013): each acts only within the scope an admin gave
 * it, a street / department / property company (`orgId`) or grids (`gridIds`).
 */
export const caseRoles = ['gridWorker', 'street', 'department', 'property'] as const;
export type CaseRole = (typeof caseRoles)[number];

export function isCaseRole(role: Role): role is CaseRole {
  return (caseRoles as readonly Role[]).includes(role);
}

/** Staff roles act only inside the communities an admin assigned them. */
export function isStaffRole(role: Role): boolean {
  return role === 'cadre' || role === 'committee';
}

/** 长辈模式: follow the phone's font setting, or forced on/off by the user. */
export const elderModes = ['auto', 'on', 'off'] as const;
export type ElderMode = (typeof elderModes)[number];
export const elderModeSchema = /* @__PURE__ */ lazySchema(() => z.enum(elderModes, { error: '长辈模式设置无效' }));

export const personNameSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .string({ error: '请填写姓名' })
    .trim()
    .min(1, '请填写姓名')
    .max(20, '姓名最多20个字')
    .refine((v) => !/[<>{}\\]/.test(v), '姓名不能包含特殊符号'),
);

/** Mainland mobile numbers: 11 digits starting with 1[3-9]. Empty means "not given". */
export const phoneSchema = /* @__PURE__ */ lazySchema(() =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || /^1[3-9]\d{9}$/.test(v), '请填写11位手机号码'),
);

export const buildingSchema = /* @__PURE__ */ lazySchema(() => z.string().trim().max(30, '楼栋门牌最多30个字'));

/** Who a user is, as every view of a user starts (a function: built with the view that uses it). */
function identityShape() {
  return {
    id: idSchema,
    name: freeText(),
    role: roleSchema,
    communityIds: z.array(idSchema),
    communityId: idSchema.nullable(),
    /** A grid worker's grids (else empty). */
    gridIds: z.array(idSchema),
    /** The street, department or property company a case role acts for (else null). */
    orgId: idSchema.nullable(),
  };
}

/** What a user sees of themselves: contact details in full. */
export const selfViewSchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    ...identityShape(),
    gridId: idSchema.nullable(),
    compoundId: idSchema.nullable(),
    building: contactText(),
    phone: contactText(),
    /** WeChat vouched for the phone (account.verifyPhone): a resident needs it to publish. */
    phoneVerified: z.boolean(),
    elderMode: elderModeSchema,
    profileComplete: z.boolean(),
    createdAt: z.number(),
  }),
);
export type SelfView = z.infer<typeof selfViewSchema>;

/** What others (an admin's list) see of a user: phone masked. */
export const userSummarySchema = /* @__PURE__ */ lazySchema(() =>
  z.object({
    ...identityShape(),
    maskedPhone: contactText(),
    createdAt: z.number(),
  }),
);
export type UserSummary = z.infer<typeof userSummarySchema>;

export const profileInputSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    name: personNameSchema,
    communityId: idSchema,
    gridId: idSchema.nullable().optional(),
    compoundId: idSchema.nullable().optional(),
    building: buildingSchema.optional(),
    phone: phoneSchema.optional(),
  }),
);
export type ProfileInput = z.input<typeof profileInputSchema>;

/** A profile is complete once the user has a name and a community: enough to take part. */
export function isProfileComplete(user: { name: string; communityId: string | null }): boolean {
  return user.name.trim().length > 0 && user.communityId !== null;
}
