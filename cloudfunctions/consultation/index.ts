import { cloudFunction } from '../lib/runtime/cloudbase';
import { consultationServices } from '../lib/services/consultation';

/** consultation: 居民说事, from raising a matter through moderation and consultation to its outcome. */
export const main = cloudFunction('consultation', consultationServices);
