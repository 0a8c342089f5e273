import { bundledTemplates } from './bundledTemplates';
import { templateConfigSchema, type TemplateConfig } from './templateConfig';

/**
 * This deployment's templates (src/config/subscribeTemplates.json), checked once on load: a
 * misconfigured deployment fails at start-up, not on the first send.
 */
export const deploymentTemplates: TemplateConfig = templateConfigSchema.parse(bundledTemplates);
