import { slaClassOf, type RoutingRule } from '@domain/casework';
import { matterCategories } from '@domain/matters/categories';
import type { Directory } from '@domain/places';
import type { ActionContext } from '../../service';
import { requireUser } from '../requireUser';
import { holderName, placeName, streetBodies, streetPlaces } from './routingBodies';
import { routingStreetFor } from './routingScope';

export function ruleView(directory: Directory, rule: RoutingRule) {
  return {
    id: rule.id,
    category: rule.category,
    place: rule.place ? { ...rule.place, name: placeName(directory, rule.place) } : null,
    holder: { ...rule.holder, name: holderName(directory, rule.holder) },
  };
}

/**
 * casework.routingTable: the street's rules with names, the SLA class of every category (the
 * default shown as such), and what a rule may name (the street's places and bodies).
 */
export async function routingTable({ caller, deps }: ActionContext, input: { streetId?: string }) {
  const user = requireUser(caller);
  const directory = await deps.storage.places.directory();
  const street = routingStreetFor(user, directory, input.streetId, 'read');
  const table = await deps.storage.routing.table(street.id);
  return {
    streetId: street.id,
    streetName: street.name,
    rules: table.rules.map((rule) => ruleView(directory, rule)),
    slaClasses: matterCategories.map((category) => ({ category, slaClass: slaClassOf(table, category) })),
    holders: streetBodies(directory, street.id),
    places: streetPlaces(directory, street.id),
  };
}
