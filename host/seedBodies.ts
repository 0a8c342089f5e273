import type { Department, PropertyCompany } from '@domain/places';

/**
 * The bodies 街呼区应 calls on in the demo (docs/places.example.json holds the same): the
 * district's departments, and a property company managing two compounds of 东门社区.
 */
export const demoDepartments: Department[] = [
  { id: 'dep-chengguan', name: '区城管局', districtId: 'd-rencheng' },
  { id: 'dep-zhujian', name: '区住建局', districtId: 'd-rencheng' },
  { id: 'dep-jiaojing', name: '区公安分局交警大队', districtId: 'd-rencheng' },
  { id: 'dep-shichang', name: '区市场监管局', districtId: 'd-rencheng' },
];

export const demoPropertyCompanies: PropertyCompany[] = [
  { id: 'pc-xingfu', name: '幸福物业', districtId: 'd-rencheng', compoundIds: ['p-xingfu', 'p-huaiyin'] },
];
