// Only `templates`: the file's `$comment` (how to fill it in, for whoever deploys) stays out of the
// bundles.
import { templates } from '../../config/subscribeTemplates.json';
import type { TemplateConfig } from './templateConfig';

/**
 * The templates as the app is built with them, unchecked: the functions check the same file when
 * they start (deploymentTemplates.ts) and a test checks it on every run, so the client does not
 * carry the schema.
 */
export const bundledTemplates = { templates } as unknown as TemplateConfig;
