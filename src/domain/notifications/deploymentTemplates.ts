// Only `templates`: the file's `$comment` (how to fill it in, for whoever deploys) stays out of the
// bundles, where it cost the h5 first load some 200 bytes gzip.
import { templates } from '../../config/subscribeTemplates.json';
import { templateConfigSchema, type TemplateConfig } from './templates';

/**
 * This deployment's templates (src/config/subscribeTemplates.json), checked once on load: a
 * misconfigured deployment fails at start-up, not on the first send.
 */
export const deploymentTemplates: TemplateConfig = templateConfigSchema.parse({ templates });
