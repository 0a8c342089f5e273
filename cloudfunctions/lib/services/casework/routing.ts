import type { ServiceMap } from '../../service';
import { routeSuggestion } from './routeSuggestion';
import { deleteRoutingRule, saveRoutingRule, setSlaClass } from './routingCommands';
import { routingTable } from './routingTable';

/** The casework function's routing actions (街呼区应's table per street), spread into its services. */
export const routingServices: Pick<
  ServiceMap<'casework'>,
  'routingTable' | 'saveRoutingRule' | 'deleteRoutingRule' | 'setSlaClass' | 'routeSuggestion'
> = {
  routingTable,
  saveRoutingRule,
  deleteRoutingRule,
  setSlaClass,
  routeSuggestion,
};
