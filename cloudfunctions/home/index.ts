import { homeContract } from '@domain/contract/home';
import { cloudFunction } from '../lib/runtime/cloudbase';
import { homeServices } from '../lib/services/home';

/** home: Home actions, bound to CloudBase (its own part of the contract only). */
export const main = cloudFunction('home', homeContract, homeServices);
