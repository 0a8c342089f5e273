import { z } from 'zod';
import { fieldSources, templateKeys } from './templates';

/**
 * The shape of src/config/subscribeTemplates.json, checked where a wrong file must stop things:
 * the functions at start-up (deploymentTemplates.ts) and the tests. The client takes the file as
 * built (bundledTemplates.ts), so this schema stays out of the app's first load.
 */
const fieldKey = z
  .string()
  .regex(/^(thing|phrase|time|date|name|short_thing|character_string)\d+$/, '模板字段须形如 thing1、time2');

const templateSchema = z.object({
  key: z.enum(templateKeys),
  /** The template id from the WeChat console; `local-*` ids are the local host's stand-ins. */
  id: z.string().min(1).max(128),
  title: z.string().min(1),
  fields: z.record(fieldKey, z.enum(fieldSources)),
});
export type SubscribeTemplate = z.infer<typeof templateSchema>;

export const templateConfigSchema = z
  .object({ templates: z.array(templateSchema) })
  .refine((c) => templateKeys.every((k) => c.templates.filter((t) => t.key === k).length === 1), {
    message: '每种模板须且仅须配置一次',
  })
  .refine((c) => new Set(c.templates.map((t) => t.id)).size === c.templates.length, { message: '模板 id 不能重复' });
export type TemplateConfig = z.infer<typeof templateConfigSchema>;
