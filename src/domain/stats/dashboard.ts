import { z } from 'zod';
import { fixedText, freeText } from '../textFields';

/**
 * What a dashboard shows, whatever capability the figures come from: sections of figures, charts
 * and tables. A capability adds its figures by registering a section on the server
 * (cloudfunctions/lib/services/stats/sections.ts); the pages draw any section, so nothing here or
 * in the pages changes when one is added.
 */

/** How a value reads: `12件`, `95%`, `3.5天`, `4.6星`, `120小时`. */
export const figureUnits = ['件', '人', '人次', '次', '天', '个', '%', '星', '小时', '条'] as const;
export type FigureUnit = (typeof figureUnits)[number];
const unitSchema = z.enum(figureUnits);

/**
 * One figure: a number (null when it cannot be computed, e.g. a median of nothing: shown as —)
 * and the exact rule it counts by (口径), in plain Chinese, one tap away on the screen.
 */
export const figureSchema = z.object({
  key: fixedText(),
  label: fixedText(),
  value: z.number().nullable(),
  unit: unitSchema,
  rule: fixedText(),
});
export type Figure = z.infer<typeof figureSchema>;

const pointSchema = z.object({ key: fixedText(), label: fixedText(), value: z.number() });

/** `trend`: a value per month, in order; `share`: parts of a whole (by category), largest first. */
export const chartSchema = z.object({
  key: fixedText(),
  title: fixedText(),
  kind: z.enum(['trend', 'share']),
  unit: unitSchema,
  points: z.array(pointSchema),
});
export type Chart = z.infer<typeof chartSchema>;

/**
 * A table of rows (a department, a cadre, a category) by columns (figures). A row's label may be a
 * person's name as they typed it, so it is masked like any free text.
 */
export const tableSchema = z.object({
  key: fixedText(),
  title: fixedText(),
  columns: z.array(z.object({ key: fixedText(), label: fixedText(), unit: unitSchema })),
  rows: z.array(z.object({ key: fixedText(), label: freeText(), values: z.array(z.number().nullable()) })),
});
export type FigureTable = z.infer<typeof tableSchema>;

export const dashboardSectionSchema = z.object({
  key: fixedText(),
  title: fixedText(),
  figures: z.array(figureSchema),
  charts: z.array(chartSchema),
  tables: z.array(tableSchema),
});
export type DashboardSection = z.infer<typeof dashboardSectionSchema>;

/** Whose figures a dashboard shows. */
export const dashboardViews = ['community', 'street', 'cadre'] as const;
export type DashboardView = (typeof dashboardViews)[number];
