import { deploymentTemplates } from '@domain/notifications/deploymentTemplates';
import { randomIds } from '../cloudfunctions/lib/adapters/system/ids';
import { localContentChecker } from '../cloudfunctions/lib/adapters/wechat/localContentCheck';
import { localSubscribeGateway } from '../cloudfunctions/lib/adapters/wechat/localSubscribeGateway';
import type { Deps } from '../cloudfunctions/lib/deps';
import { imageVerdictSink } from '../cloudfunctions/lib/services/matters/imageVerdicts';

/**
 * The services' dependencies in the host's own process, WeChat played locally (the keyword
 * checker, whose image verdicts come back to these same deps, and a gateway that only logs): the
 * SQLite backend's, and the demo seed's on the cloudbase-local backend.
 */
export function localDeps(
  parts: Pick<Deps, 'storage' | 'clock' | 'logger' | 'files' | 'exportFiles' | 'openDataFiles' | 'phoneNumbers'>,
): Deps {
  const deps: Deps = {
    ...parts,
    ids: randomIds,
    content: localContentChecker(() => imageVerdicts),
    gateway: localSubscribeGateway(parts.logger),
    templates: deploymentTemplates,
  };
  const imageVerdicts = imageVerdictSink(() => deps);
  return deps;
}
