import { describeCasesContract } from './casesContract';
import { openWithDb } from './cloudbaseRequests';

describeCasesContract('cloudbase (query builder + mingo)', async () => (await openWithDb()).storage);
