import { z } from 'zod';
import { fixedText } from '../textFields';
import { idSchema } from '../ids';
import { dashboardSectionSchema, dashboardViews } from '../stats/dashboard';
import { periodChoiceSchema, periodKinds } from '../stats/period';
import { query } from './define';

/** Who looks from above: a committee at its community, a street at its communities, a cadre at their own work. */
const overseers = ['committee', 'street', 'cadre'] as const;

const periodView = z.object({
  kind: z.enum(periodKinds),
  from: fixedText(),
  to: fixedText(),
  label: fixedText(),
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
      /** `东门社区`, `古槐街道（8个社区）`, `刘建国`: whose figures these are. */
      scopeLabel: fixedText(),
      /** The communities the caller may choose among (a street's picker). */
      communities: z.array(z.object({ id: idSchema, name: fixedText() })),
      communityId: idSchema.nullable(),
      period: periodView,
      sections: z.array(dashboardSectionSchema),
      computedAt: z.number(),
    }),
  })),
};
