import { readFileSync } from 'node:fs';
import path from 'node:path';
import { directoryProblems } from '@domain/placeDirectoryCheck';
import { departmentsOf, propertyCompanyOf, type Directory } from '@domain/places';
import { parsePlacesFile } from '../../scripts/placesFile';
import { demoDepartments, demoPropertyCompanies } from '../../host/seedBodies';

const exampleFile = path.resolve(__dirname, '../../docs/places.example.json');
const example = () => JSON.parse(readFileSync(exampleFile, 'utf8')) as Record<string, unknown[]>;

describe('the places directory: departments and property companies', () => {
  const directory = parsePlacesFile(example());

  it('loads the example file whole, with the four departments and 幸福物业 over two of 东门’s compounds', () => {
    expect(departmentsOf(directory, 'd-rencheng').map((d) => d.name)).toEqual([
      '区城管局',
      '区住建局',
      '区公安分局交警大队',
      '区市场监管局',
    ]);
    const company = directory.propertyCompanies[0];
    expect(company).toMatchObject({ name: '幸福物业', compoundIds: ['p-xingfu', 'p-huaiyin'] });
    for (const id of company.compoundIds) {
      expect(directory.compounds.find((c) => c.id === id)?.communityId).toBe('c-dongmen');
    }
    expect(directoryProblems(directory)).toEqual([]);
  });

  it('holds the same bodies as the demo seed', () => {
    expect(directory.departments).toEqual(demoDepartments);
    expect(directory.propertyCompanies).toEqual(demoPropertyCompanies);
  });

  it('finds the company managing a compound, and none for a compound nobody manages', () => {
    expect(propertyCompanyOf(directory, 'p-huaiyin')?.id).toBe('pc-xingfu');
    expect(propertyCompanyOf(directory, 'p-gulou')).toBeUndefined();
    expect(departmentsOf(directory, 'd-elsewhere')).toEqual([]);
    expect(departmentsOf(directory)).toHaveLength(4);
  });

  it('reads a places file written before departments existed', () => {
    const { departments: _d, propertyCompanies: _p, ...older } = example();
    const loaded = parsePlacesFile(older);
    expect(loaded.departments).toEqual([]);
    expect(loaded.propertyCompanies).toEqual([]);
  });

  it('refuses a company managing a compound that does not exist, naming it, and a compound managed twice', () => {
    const file = example();
    file.propertyCompanies = [
      { id: 'pc-a', name: '甲物业', compoundIds: ['p-xingfu', 'p-nowhere'] },
      { id: 'pc-b', name: '乙物业', compoundIds: ['p-xingfu'] },
    ];
    expect(() => parsePlacesFile(file)).toThrow('物业 甲物业 管理的小区不存在：p-nowhere');
    expect(() => parsePlacesFile(file)).toThrow('小区 p-xingfu 同时由 甲物业 和 乙物业 管理');
  });

  it('refuses a department of an unknown district and other broken references', () => {
    const broken: Directory = {
      ...directory,
      departments: [{ id: 'dep-x', name: '区水务局', districtId: 'd-none' }],
      grids: [...directory.grids, { id: 'g-lost', name: '失落网格', communityId: 'c-none' }],
    };
    expect(directoryProblems(broken)).toEqual([
      '网格 失落网格 的社区不存在：c-none',
      '部门 区水务局 的区不存在：d-none',
    ]);
  });

  it('refuses a department without a district or a company without its compound list (shape)', () => {
    const file = example();
    file.departments = [{ id: 'dep-x', name: '区水务局' }];
    expect(() => parsePlacesFile(file)).toThrow();
    const other = example();
    other.propertyCompanies = [{ id: 'pc-x', name: '物业' }];
    expect(() => parsePlacesFile(other)).toThrow();
  });
});
