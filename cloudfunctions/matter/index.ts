import { matterContract } from '@domain/contract/matter';
import { cloudFunction, productionDeps } from '../lib/runtime/cloudbase';
import { matterServices } from '../lib/services/matter';
import { imageVerdictSink } from '../lib/services/matters/imageVerdicts';
import { applyMediaCheckPush, isMediaCheckPush } from '../lib/services/matters/mediaCheckPush';

const handle = cloudFunction('matter', matterContract, matterServices);
const imageVerdicts = imageVerdictSink(productionDeps);

/**
 * matter: 居民说事, from raising a matter through moderation and consultation to its
 * outcome. The same function receives WeChat's image-check pushes (message push, event
 * `wxa_media_check`; configure it in the console), which reveal or keep hiding a photo.
 */
export async function main(event: unknown, context: unknown) {
  if (isMediaCheckPush(event)) return applyMediaCheckPush(productionDeps(), imageVerdicts, event);
  return handle(event, context);
}
