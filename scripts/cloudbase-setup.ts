import { init as initCloudbase } from '@cloudbase/node-sdk';
import {
  cloudbaseCollectionSetup,
  collectionNames,
  ensureCloudbaseCollections,
  type CloudbaseDb,
} from '../cloudfunctions/lib/adapters/cloudbase';
import type { CollectionKey } from '../cloudfunctions/lib/adapters/cloudbase/collections';
import { readFileSync } from 'node:fs';
import { createCloudbaseStorage } from '../cloudfunctions/lib/adapters/cloudbase';
import { parsePlacesFile } from './placesFile';

/**
 * `npm run cloudbase:setup`: creates the collections of a CloudBase environment (safe to run
 * again) and prints the permission and indexes each one needs, which the SDK cannot set: set them
 * in the CloudBase console (数据库 > 集合 > 权限设置 / 索引管理).
 * Without credentials it only prints the list (`--print`).
 *
 * Bootstrap a new deployment with:
 *   --places docs/places.example.json   save the district/street/community/grid/compound tree,
 *                                        the departments and property companies (checked first)
 *   --admin-openid <OPENID>              make that user (who has opened the app once) the admin
 */
function printSetup(): void {
  const names = collectionNames();
  for (const [key, setup] of Object.entries(cloudbaseCollectionSetup) as [
    CollectionKey,
    (typeof cloudbaseCollectionSetup)[CollectionKey],
  ][]) {
    console.log(`\n${names[key]}  permission: ${setup.permission} (仅管理端可读写)  _id: ${setup.idHolds}`);
    for (const index of setup.indexes) {
      const fields = index.fields.map((f) => `${f.field} ${f.direction === 1 ? 'asc' : 'desc'}`).join(', ');
      console.log(`  index ${index.name}${index.unique ? ' (unique)' : ''}: ${fields}  — ${index.serves}`);
    }
  }
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

async function savePlaces(storage: ReturnType<typeof createCloudbaseStorage>, file: string): Promise<void> {
  // Checked whole before anything is saved: a wrong reference saves nothing.
  const places = parsePlacesFile(JSON.parse(readFileSync(file, 'utf8')));
  for (const d of places.districts) await storage.places.saveDistrict(d);
  for (const s of places.streets) await storage.places.saveStreet(s);
  for (const c of places.communities) await storage.places.saveCommunity(c);
  for (const g of places.grids) await storage.places.saveGrid(g);
  for (const c of places.compounds) await storage.places.saveCompound(c);
  for (const d of places.departments) await storage.places.saveDepartment(d);
  for (const p of places.propertyCompanies) await storage.places.savePropertyCompany(p);
  console.log(
    `saved ${places.communities.length} communities, ${places.departments.length} departments and ` +
      `${places.propertyCompanies.length} property companies from ${file}`,
  );
}

async function makeAdmin(storage: ReturnType<typeof createCloudbaseStorage>, openid: string): Promise<void> {
  const user = await storage.users.findByOpenid(openid);
  if (!user)
    throw new Error(`no user with openid ${openid}: open the mini-program once with that WeChat account first`);
  await storage.users.assignRole(user.id, { role: 'admin', communityIds: [], gridIds: [], orgId: null }, Date.now());
  console.log(`${user.name || user.id} is now the admin`);
}

async function main(): Promise<void> {
  const env = process.env.CLOUDBASE_ENV_ID;
  const secretId = process.env.TENCENTCLOUD_SECRETID;
  const secretKey = process.env.TENCENTCLOUD_SECRETKEY;
  if (process.argv.includes('--print') || !env || !secretId || !secretKey) {
    if (!process.argv.includes('--print')) {
      console.log('CLOUDBASE_ENV_ID, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY are not all set: printing only.');
    }
    printSetup();
    return;
  }
  const db = initCloudbase({ env, secretId, secretKey }).database() as unknown as CloudbaseDb;
  await ensureCloudbaseCollections(db);
  console.log(`collections ready in ${env}`);
  const storage = createCloudbaseStorage(db);
  const placesFile = argument('--places');
  if (placesFile) await savePlaces(storage, placesFile);
  const adminOpenid = argument('--admin-openid');
  if (adminOpenid) await makeAdmin(storage, adminOpenid);
  printSetup();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
