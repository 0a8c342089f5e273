import { z } from 'zod';
import { fixedText, freeText } from '../textFields';
import { idSchema } from '../ids';
import { dashboardSectionSchema, dashboardViews } from '../stats/dashboard';
import { exportJobStates, ledgerKinds } from '../stats/ledgers';
import { periodChoiceSchema, periodKinds } from '../stats/period';
import { ANY_USER, command, query } from './define';

/** Who looks from above: a committee at its community, a street at its communities, a cadre at their own work. */
const overseers = ['committee', 'street', 'cadre'] as const;

const periodView = z.object({
  kind: z.enum(periodKinds),
  from: fixedText(),
  to: fixedText(),
  label: fixedText(),
});

const exportJobSchema = z.object({
  id: idSchema,
  ledger: z.enum(ledgerKinds),
  /** `居民说事台账` */
  title: fixedText(),
  /** The community whose ledger it is, or null for all of the caller's communities. */
  communityId: idSchema.nullable(),
  period: periodView,
  state: z.enum(exportJobStates),
  /** 0..100 */
  progress: z.number().int().min(0).max(100),
  /** Rows written so far (all of them when done). */
  rows: z.number().int().nonnegative(),
  /** When done: the file, fetched with the caller's session (h5) or downloaded (weapp). */
  fileName: fixedText().nullable(),
  url: fixedText().nullable(),
  expiresAt: z.number().nullable(),
  /** When failed: why, in Chinese. */
  error: fixedText().nullable(),
  createdAt: z.number(),
});

/**
 * The `stats` function: figures and ledgers (issue 16). Figures are computed by aggregation in
 * storage, never by reading rows into the function; each is defined once in src/domain/stats.
 */
export const statsContract = {
  dashboard: query(() => ({
    summary: '数据看板：居委会看本社区，街道看所辖社区，民情书记看本人',
    roles: overseers,
    input: z.strictObject({
      period: periodChoiceSchema,
      /** A street (or a committee of several communities) may look at one of its communities. */
      communityId: idSchema.optional(),
    }),
    output: z.object({
      view: z.enum(dashboardViews),
      /** `东门社区`, `古槐街道（8个社区）`, `刘建国`: whose figures these are (a cadre's name as typed: masked). */
      scopeLabel: freeText(),
      /** The communities the caller may choose among (a street's picker). */
      communities: z.array(z.object({ id: idSchema, name: fixedText() })),
      communityId: idSchema.nullable(),
      period: periodView,
      sections: z.array(dashboardSectionSchema),
      computedAt: z.number(),
    }),
  })),
  exportLedger: command(() => ({
    summary: '导出台账（Excel 表格 .xlsx，个人信息已脱敏）：大范围在后台生成，可查看进度',
    roles: overseers,
    input: z.strictObject({
      ledger: z.enum(ledgerKinds, { error: '台账类型无效' }),
      period: periodChoiceSchema,
      communityId: idSchema.optional(),
    }),
    output: z.object({ job: exportJobSchema }),
  })),
  exportJob: query(() => ({
    summary: '台账导出的进度与文件',
    roles: overseers,
    input: z.strictObject({ jobId: idSchema }),
    output: z.object({ job: exportJobSchema }),
  })),
  openData: query(() => ({
    summary: '社区公开数据：不含个人信息的说事与每月统计（CSV 压缩包，附数据说明）',
    roles: ['guest', ...ANY_USER],
    input: z.strictObject({ communityId: idSchema }),
    output: z.object({
      communityId: idSchema,
      communityName: fixedText(),
      /** The stable address of the community's ZIP of CSVs. */
      url: fixedText(),
      fileName: fixedText(),
      /** The files inside and what each column means (数据说明). */
      files: z.array(
        z.object({
          name: fixedText(),
          title: fixedText(),
          columns: z.array(z.object({ name: fixedText(), meaning: fixedText() })),
        }),
      ),
      updatedAt: z.number(),
    }),
  })),
};
