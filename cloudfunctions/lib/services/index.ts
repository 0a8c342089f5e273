import type { FunctionName } from '@domain/contract';
import type { ServiceMap } from '../service';
import { accountServices } from './account';
import { matterServices } from './matter';
import { notificationServices } from './notification';
import { visitServices } from './visit';
import { homeServices } from './home';
import { serviceServices } from './service';
import { caseworkServices } from './casework';
import { statsServices } from './stats';

/** The services behind each cloud function, for runtimes that serve them all (the local host). */
export const servicesByFunction: { [F in FunctionName]: ServiceMap<F> } = {
  account: accountServices,
  matter: matterServices,
  visit: visitServices,
  notification: notificationServices,
  home: homeServices,
  service: serviceServices,
  casework: caseworkServices,
  stats: statsServices,
};
