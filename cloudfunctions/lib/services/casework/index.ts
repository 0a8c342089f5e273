import type { ServiceMap } from '../../service';
import { dispatch, report } from './dispatch';
import { accept, feedback, markLongTerm, requestExtension, returnCase } from './holderSteps';
import { caseQuery, forMatter, inbox, toVerify } from './queries';
import { supervision } from './supervision';
import { routingServices } from './routing';
import { decideExtension, reroute } from './streetSteps';
import { supervisionFilters } from './supervisionFilters';
import { verify, withdraw } from './verifySteps';

/**
 * The `casework` function's actions (街呼区应 down to the grid, docs/adr/0012): the case loop's
 * steps and lists here, the routing table's (routing*.ts) spread in.
 */
export const caseworkServices: ServiceMap<'casework'> = {
  dispatch,
  report,
  case: caseQuery,
  forMatter,
  inbox,
  supervision,
  supervisionFilters,
  toVerify,
  accept,
  return: returnCase,
  reroute,
  requestExtension,
  decideExtension,
  markLongTerm,
  feedback,
  verify,
  withdraw,
  ...routingServices,
};
