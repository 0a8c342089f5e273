import { serviceContract } from '@domain/contract/service';
import { cloudFunction } from '../lib/runtime/cloudbase';
import { serviceServices } from '../lib/services/service';

/** service: 群众点单 · 红色代办 · 双报到, bound to CloudBase (its own part of the contract only). */
export const main = cloudFunction('service', serviceContract, serviceServices);
