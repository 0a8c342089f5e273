import { caseworkContract } from '@domain/contract/casework';
import { cloudFunction } from '../lib/runtime/cloudbase';
import { caseworkServices } from '../lib/services/casework';

/** casework: 街呼区应 down to the grid (dispatch, the holder's steps, the street's supervision, the check), bound to CloudBase. */
export const main = cloudFunction('casework', caseworkContract, caseworkServices);
