import raw from '../../config/subscribeTemplates.json';
import { templateConfigSchema, type TemplateConfig } from './templates';

/**
 * This deployment's templates (src/config/subscribeTemplates.json), checked once on load: a
 * misconfigured deployment fails at start-up, not on the first send.
 */
export const deploymentTemplates: TemplateConfig = templateConfigSchema.parse(raw);
