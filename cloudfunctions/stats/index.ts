import { statsContract } from '@domain/contract/stats';
import { cloudFunction } from '../lib/runtime/cloudbase';
import { statsServices } from '../lib/services/stats';

/** stats: the figures committees, streets and cadres are asked for, and their ledgers (台账). */
export const main = cloudFunction('stats', statsContract, statsServices);
