import { openWithDb } from './cloudbaseRequests';
import { describeServiceContract } from './serviceContract';

describeServiceContract('cloudbase (query builder + mingo)', async () => (await openWithDb()).storage);

// With node-sdk's setThrowOnCode(false) failures come back as replies; duplicates must still be caught.
describeServiceContract(
  'cloudbase with throwOnCode off (query builder + mingo)',
  async () => (await openWithDb({ throwOnCode: false })).storage,
);
