import type { Community, Compound, Grid } from '@domain/places';
import { isCaseRole, type Role } from '@domain/users';
import type { Storage, UserRecord } from '../cloudfunctions/lib/ports/storage';
import { demoDepartments, demoPropertyCompanies } from './seedBodies';
import { seedDemoRouting } from './seedRouting';

/**
 * Demo data for the embedded default: one district, one street, two communities with grids
 * and compounds, and a user of every role. Written through the storage port, so the same seed
 * works on any adapter. Ids are stable so docs and tests can name them.
 */
const communities: Community[] = [
  {
    id: 'c-dongmen',
    name: '东门社区',
    streetId: 's-guhuai',
    officeAddress: '古槐路18号东门社区党群服务中心',
    officePhone: '0537-2201801',
    reviewMattersFirst: true,
  },
  {
    id: 'c-ximen',
    name: '西门社区',
    streetId: 's-guhuai',
    officeAddress: '西门大街66号西门社区红帆驿站',
    officePhone: '0537-2201802',
    // 西门 publishes at once (content still checked): both settings can be tried in the demo.
    reviewMattersFirst: false,
  },
];

const grids: Grid[] = [
  { id: 'g-dongmen-1', name: '东门第一网格', communityId: 'c-dongmen' },
  { id: 'g-dongmen-2', name: '东门第二网格', communityId: 'c-dongmen' },
  { id: 'g-ximen-1', name: '西门第一网格', communityId: 'c-ximen' },
  { id: 'g-ximen-2', name: '西门第二网格', communityId: 'c-ximen' },
];

const compounds: Compound[] = [
  { id: 'p-xingfu', name: '幸福小区', communityId: 'c-dongmen', gridId: 'g-dongmen-1' },
  { id: 'p-huaiyin', name: '槐荫苑', communityId: 'c-dongmen', gridId: 'g-dongmen-1' },
  { id: 'p-gulou', name: '鼓楼家园', communityId: 'c-dongmen', gridId: 'g-dongmen-2' },
  { id: 'p-yunhe', name: '运河花园', communityId: 'c-ximen', gridId: 'g-ximen-1' },
  { id: 'p-taibai', name: '太白小区', communityId: 'c-ximen', gridId: 'g-ximen-2' },
];

interface DemoUser {
  id: string;
  name: string;
  role: Role;
  communityIds: string[];
  /** The case roles' scope (docs/adr/0013), as account.assignRole derives it. */
  gridIds?: string[];
  orgId?: string;
  gridId: string | null;
  compoundId: string | null;
  building: string;
  phone: string;
  /** Shown on the dev-login page so a newcomer knows whom to pick. */
  note: string;
}

export const demoUsers: DemoUser[] = [
  {
    id: 'u-resident-zhang',
    name: '张桂兰',
    role: 'resident',
    communityIds: ['c-dongmen'],
    gridId: 'g-dongmen-1',
    compoundId: 'p-xingfu',
    building: '3号楼2单元501',
    phone: '13805371234',
    note: '东门社区居民，72岁，常用长辈模式',
  },
  {
    id: 'u-resident-li',
    name: '李明',
    role: 'resident',
    communityIds: ['c-dongmen'],
    gridId: 'g-dongmen-2',
    compoundId: 'p-gulou',
    building: '8号楼1单元302',
    phone: '13905372345',
    note: '东门社区居民',
  },
  {
    id: 'u-resident-wang',
    name: '王芳',
    role: 'resident',
    communityIds: ['c-ximen'],
    gridId: 'g-ximen-1',
    compoundId: 'p-yunhe',
    building: '12号楼3单元601',
    phone: '13705373456',
    note: '西门社区居民',
  },
  {
    id: 'u-resident-new',
    name: '',
    role: 'resident',
    communityIds: [],
    gridId: null,
    compoundId: null,
    building: '',
    phone: '',
    note: '新用户，资料未填写',
  },
  {
    id: 'u-cadre-liu',
    name: '刘建国',
    role: 'cadre',
    communityIds: ['c-dongmen', 'c-ximen'],
    gridId: null,
    compoundId: null,
    building: '',
    phone: '13605374567',
    note: '民情书记，联系东门、西门社区',
  },
  {
    id: 'u-committee-chen',
    name: '陈秀英',
    role: 'committee',
    communityIds: ['c-dongmen'],
    gridId: null,
    compoundId: null,
    building: '',
    phone: '13505375678',
    note: '东门社区居委会主任',
  },
  {
    id: 'u-committee-zhao',
    name: '赵磊',
    role: 'committee',
    communityIds: ['c-ximen'],
    gridId: null,
    compoundId: null,
    building: '',
    phone: '13405376789',
    note: '西门社区居委会委员',
  },
  {
    id: 'u-admin',
    name: '系统管理员',
    role: 'admin',
    communityIds: [],
    gridId: null,
    compoundId: null,
    building: '',
    phone: '',
    note: '设置社区、分配角色',
  },
  {
    id: 'u-grid-sun',
    name: '孙丽',
    role: 'gridWorker',
    communityIds: ['c-dongmen'],
    gridIds: ['g-dongmen-1'],
    gridId: null,
    compoundId: null,
    building: '',
    phone: '13305377890',
    note: '网格员，东门第一网格',
  },
  {
    id: 'u-street-zhou',
    name: '周涛',
    role: 'street',
    communityIds: ['c-dongmen', 'c-ximen'],
    orgId: 's-guhuai',
    gridId: null,
    compoundId: null,
    building: '',
    phone: '13205378901',
    note: '古槐街道工作人员',
  },
  {
    id: 'u-dept-wu',
    name: '吴强',
    role: 'department',
    communityIds: [],
    orgId: 'dep-chengguan',
    gridId: null,
    compoundId: null,
    building: '',
    phone: '13105379012',
    note: '区城管局工作人员',
  },
  {
    id: 'u-property-zheng',
    name: '郑红',
    role: 'property',
    communityIds: ['c-dongmen'],
    orgId: 'pc-xingfu',
    gridId: null,
    compoundId: null,
    building: '',
    phone: '15005370123',
    note: '幸福物业，管理幸福小区、槐荫苑',
  },
];

/** The openid the dev login vouches for; in production it is WeChat's. */
export function demoOpenid(userId: string): string {
  return `dev-openid-${userId}`;
}

export async function seedDemoData(storage: Storage, now: number): Promise<{ seeded: boolean }> {
  const existing = await storage.users.list({ after: null, limit: 1 });
  if (existing.items.length > 0) return { seeded: false };
  await storage.places.saveDistrict({ id: 'd-rencheng', name: '任城区' });
  await storage.places.saveStreet({ id: 's-guhuai', name: '古槐街道', districtId: 'd-rencheng' });
  for (const community of communities) await storage.places.saveCommunity(community);
  for (const grid of grids) await storage.places.saveGrid(grid);
  for (const compound of compounds) await storage.places.saveCompound(compound);
  for (const department of demoDepartments) await storage.places.saveDepartment(department);
  for (const company of demoPropertyCompanies) await storage.places.savePropertyCompany(company);
  await seedDemoRouting(storage, now);
  // Oldest first, a second apart, so "newest first" lists are stable. 街呼区应's people joined the
  // demo last but are seeded as its oldest users: the lists the docs and tests quote keep their order.
  const ordered = [...demoUsers.filter((u) => isCaseRole(u.role)), ...demoUsers.filter((u) => !isCaseRole(u.role))];
  for (const [index, demo] of ordered.entries()) {
    await storage.users.createIfAbsent(toRecord(demo, now - (ordered.length - index) * 1000));
  }
  return { seeded: true };
}

function toRecord(demo: DemoUser, createdAt: number): UserRecord {
  return {
    id: demo.id,
    openid: demoOpenid(demo.id),
    name: demo.name,
    role: demo.role,
    communityIds: demo.communityIds,
    communityId: demo.communityIds[0] ?? null,
    gridIds: demo.gridIds ?? [],
    orgId: demo.orgId ?? null,
    gridId: demo.gridId,
    compoundId: demo.compoundId,
    building: demo.building,
    phone: demo.phone,
    // The demo's numbers stand for ones WeChat vouched for; the newcomer has none yet.
    phoneVerifiedAt: demo.phone ? createdAt : null,
    elderMode: demo.id === 'u-resident-zhang' ? 'on' : 'auto',
    createdAt,
    updatedAt: createdAt,
  };
}
