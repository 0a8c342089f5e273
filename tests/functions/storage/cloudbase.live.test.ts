/**
 * The storage, matters and visits contracts against a real CloudBase environment. Runs only with credentials:
 *   CLOUDBASE_ENV_ID, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY
 * and optionally CLOUDBASE_TEST_PREFIX (default `mqtest_`).
 *
 * The test collections use a fixed prefix and are emptied before every test, rather than made
 * anew per run: an environment holds at most 100 collections, and the SDK cannot drop one.
 * They are left in place (empty) afterwards.
 */
import { init as initCloudbase } from '@cloudbase/node-sdk';
import {
  collectionNames,
  createCloudbaseStorage,
  DEFAULT_COLLECTION_PREFIX,
  ensureCloudbaseCollections,
  type CloudbaseDb,
} from '../../../cloudfunctions/lib/adapters/cloudbase';
import { countOf, succeeded } from '../../../cloudfunctions/lib/adapters/cloudbase/database';
import { describeBodyMembersContract } from './bodyMembersContract';
import { describeMattersContract } from './mattersContract';
import { describeRoutingContract } from './routingContract';
import { describeStorageContract } from './storageContract';
import { describeVisitsContract } from './visitsContract';

const SKIP_MESSAGE =
  'skipped: CloudBase credentials not set (CLOUDBASE_ENV_ID, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY)';

interface LiveSettings {
  env: string;
  secretId: string;
  secretKey: string;
  prefix: string;
}

function liveSettings(): LiveSettings | null {
  const env = process.env.CLOUDBASE_ENV_ID;
  const secretId = process.env.TENCENTCLOUD_SECRETID;
  const secretKey = process.env.TENCENTCLOUD_SECRETKEY;
  if (!env || !secretId || !secretKey) return null;
  const prefix = process.env.CLOUDBASE_TEST_PREFIX || 'mqtest_';
  if (prefix === DEFAULT_COLLECTION_PREFIX) {
    // Every test empties its collections: never point it at the production ones.
    throw new Error(`CLOUDBASE_TEST_PREFIX must not be the production prefix ${DEFAULT_COLLECTION_PREFIX}`);
  }
  return { env, secretId, secretKey, prefix };
}

/** Deletes every document of the test collections; repeats in case a delete is capped. */
async function emptyTestCollections(db: CloudbaseDb, prefix: string): Promise<void> {
  const _ = db.command;
  for (const name of Object.values(collectionNames(prefix))) {
    for (let round = 0; round < 10; round += 1) {
      const reply = await db
        .collection(name)
        .where({ _id: _.exists(true) })
        .remove();
      if (countOf(reply, 'deleted', `empty ${name}`) === 0) break;
    }
    const { total } = succeeded(await db.collection(name).count(), `count ${name}`) as { total: number };
    if (total !== 0) throw new Error(`could not empty ${name}: ${total} documents left`);
  }
}

const settings = liveSettings();

if (!settings) {
  console.info(SKIP_MESSAGE);
  describe('storage contract: cloudbase (live)', () => {
    it.skip(SKIP_MESSAGE, () => undefined);
  });
  describe('matters storage contract: cloudbase (live)', () => {
    it.skip(SKIP_MESSAGE, () => undefined);
  });
  describe('visits storage contract: cloudbase (live)', () => {
    it.skip(SKIP_MESSAGE, () => undefined);
  });
  describe('routing storage contract: cloudbase (live)', () => {
    it.skip(SKIP_MESSAGE, () => undefined);
  });
} else {
  jest.setTimeout(60_000);
  const { env, secretId, secretKey, prefix } = settings;
  const db = initCloudbase({ env, secretId, secretKey }).database();
  let collectionsReady = false;

  /** Creates the test collections on first use, then empties them: every test starts from nothing. */
  async function emptyEnvironment(): Promise<void> {
    if (!collectionsReady) {
      await ensureCloudbaseCollections(db, { prefix });
      collectionsReady = true;
    }
    await emptyTestCollections(db, prefix);
  }

  describeStorageContract(`cloudbase live (env ${env}, prefix ${prefix})`, async () => {
    await emptyEnvironment();
    return createCloudbaseStorage(db, { prefix });
  });

  describeMattersContract(`cloudbase live (env ${env}, prefix ${prefix})`, async () => {
    await emptyEnvironment();
    return createCloudbaseStorage(db, { prefix });
  });

  describeVisitsContract(`cloudbase live (env ${env}, prefix ${prefix})`, async () => {
    await emptyEnvironment();
    return createCloudbaseStorage(db, { prefix });
  });

  // 街呼区应: a street's table as one document of map entries, and the people of a body.
  describeRoutingContract(`cloudbase live (env ${env}, prefix ${prefix})`, async () => {
    await emptyEnvironment();
    return createCloudbaseStorage(db, { prefix });
  });

  describeBodyMembersContract(`cloudbase live (env ${env}, prefix ${prefix})`, async () => {
    await emptyEnvironment();
    return createCloudbaseStorage(db, { prefix });
  });
}
