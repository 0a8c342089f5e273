import { visitContract } from '@domain/contract/visit';
import { cloudFunction } from '../lib/runtime/cloudbase';
import { visitServices } from '../lib/services/visit';

/** visit: 民意5来听, visit days, slots, bookings with a waitlist, visit records and follow-ups. */
export const main = cloudFunction('visit', visitContract, visitServices);
