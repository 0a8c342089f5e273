import { describeBodyMembersContract } from '../functions/storage/bodyMembersContract';
import { describeRoutingContract } from '../functions/storage/routingContract';
import { storageOverTheWire } from './support/storageOverTheWire';

/**
 * The routing storage through node-sdk and HTTP: the map-entry updates (`_.set`, `_.remove`,
 * `_.exists` on a dotted path) cross the wire as a deployed function sends them, and every request
 * waits a random 0-5 ms at the endpoint (seeded), so concurrent saves on a new street interleave.
 */
const { open: openOverTheWire } = storageOverTheWire({ maxMs: 5, seed: 0x18 });

jest.setTimeout(60_000);

describeRoutingContract('cloudbase over the local endpoint (node-sdk, HTTP)', openOverTheWire);
describeBodyMembersContract('cloudbase over the local endpoint (node-sdk, HTTP)', openOverTheWire);
