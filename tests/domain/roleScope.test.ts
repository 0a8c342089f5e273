import { readFileSync } from 'node:fs';
import path from 'node:path';
import { roleScope } from '@domain/roleScope';
import { scopeLines } from '@domain/scopeLines';
import { parsePlacesFile } from '../../scripts/placesFile';
import { demoUsers } from '../../host/seed';

const directory = parsePlacesFile(
  JSON.parse(readFileSync(path.resolve(__dirname, '../../docs/places.example.json'), 'utf8')),
);

describe('the scope of a role, checked against the directory', () => {
  it('derives a grid worker’s communities from its grids', () => {
    expect(
      roleScope('gridWorker', { communityIds: [], gridIds: ['g-dongmen-1', 'g-ximen-2', 'g-dongmen-1'] }, directory),
    ).toEqual({
      ok: true,
      scope: { communityIds: ['c-dongmen', 'c-ximen'], gridIds: ['g-dongmen-1', 'g-ximen-2'], orgId: null },
    });
  });

  it('gives a street every community of the street, a department none, a company its compounds’ communities', () => {
    expect(roleScope('street', { communityIds: [], orgId: 's-guhuai' }, directory)).toEqual({
      ok: true,
      scope: { communityIds: ['c-dongmen', 'c-ximen'], gridIds: [], orgId: 's-guhuai' },
    });
    expect(roleScope('department', { communityIds: [], orgId: 'dep-chengguan' }, directory)).toEqual({
      ok: true,
      scope: { communityIds: [], gridIds: [], orgId: 'dep-chengguan' },
    });
    expect(roleScope('property', { communityIds: [], orgId: 'pc-xingfu' }, directory)).toEqual({
      ok: true,
      scope: { communityIds: ['c-dongmen'], gridIds: [], orgId: 'pc-xingfu' },
    });
  });

  it.each([
    ['gridWorker', { communityIds: [], gridIds: [] }, 'gridIds', '网格员至少要指定一个网格'],
    ['gridWorker', { communityIds: [], gridIds: ['g-none'] }, 'gridIds', '网格不存在：g-none'],
    [
      'gridWorker',
      { communityIds: [], gridIds: ['g-dongmen-1'], orgId: 's-guhuai' },
      'orgId',
      '网格员不属于街道、部门或物业，请只选择网格',
    ],
    ['street', { communityIds: [] }, 'orgId', '请选择街道'],
    ['street', { communityIds: [], orgId: 'dep-chengguan' }, 'orgId', '街道不存在：dep-chengguan'],
    ['department', { communityIds: [], orgId: 's-guhuai' }, 'orgId', '区直部门不存在：s-guhuai'],
    ['property', { communityIds: [], orgId: 'pc-none' }, 'orgId', '物业公司不存在：pc-none'],
    [
      'property',
      { communityIds: [], gridIds: ['g-dongmen-1'], orgId: 'pc-xingfu' },
      'gridIds',
      '只有网格员需要指定网格',
    ],
    [
      'street',
      { communityIds: ['c-dongmen'], orgId: 's-guhuai' },
      'communityIds',
      '该角色的社区由所选网格或单位决定，无需指定',
    ],
    ['cadre', { communityIds: ['c-dongmen'], gridIds: ['g-dongmen-1'] }, 'gridIds', '只有网格员需要指定网格'],
    [
      'committee',
      { communityIds: ['c-dongmen'], orgId: 's-guhuai' },
      'orgId',
      '只有街道、区直部门和物业需要指定所属单位',
    ],
  ] as const)('refuses %s with %j: %s', (role, choice, path, message) => {
    expect(roleScope(role, choice, directory)).toEqual({ ok: false, path, message });
  });

  it('keeps the other roles’ communities as chosen, without grids or body', () => {
    expect(roleScope('cadre', { communityIds: ['c-dongmen', 'c-dongmen'] }, directory)).toEqual({
      ok: true,
      scope: { communityIds: ['c-dongmen'], gridIds: [], orgId: null },
    });
  });

  it('seeds each demo case role exactly as assignRole would scope it', () => {
    const caseUsers = demoUsers.filter((u) => ['gridWorker', 'street', 'department', 'property'].includes(u.role));
    expect(caseUsers.map((u) => u.role).sort()).toEqual(['department', 'gridWorker', 'property', 'street']);
    for (const user of caseUsers) {
      const scoped = roleScope(user.role, { communityIds: [], gridIds: user.gridIds, orgId: user.orgId }, directory);
      expect(scoped).toEqual({
        ok: true,
        scope: { communityIds: user.communityIds, gridIds: user.gridIds ?? [], orgId: user.orgId ?? null },
      });
    }
  });
});

describe('the scope lines a case role’s home shows', () => {
  it('names the grids, street, department or company and the communities', () => {
    const none = { communityIds: [], gridIds: [], orgId: null };
    expect(
      scopeLines({ ...none, role: 'gridWorker', communityIds: ['c-dongmen'], gridIds: ['g-dongmen-1'] }, directory),
    ).toEqual(['负责网格：东门第一网格', '所在社区：东门社区']);
    expect(
      scopeLines({ ...none, role: 'street', communityIds: ['c-dongmen', 'c-ximen'], orgId: 's-guhuai' }, directory),
    ).toEqual(['街道：古槐街道', '下辖社区：东门社区、西门社区']);
    expect(scopeLines({ ...none, role: 'department', orgId: 'dep-jiaojing' }, directory)).toEqual([
      '部门：区公安分局交警大队',
    ]);
    expect(
      scopeLines({ ...none, role: 'property', communityIds: ['c-dongmen'], orgId: 'pc-xingfu' }, directory),
    ).toEqual(['物业公司：幸福物业', '管理小区：幸福小区、槐荫苑']);
  });

  it('shows an id the directory no longer holds rather than hiding it', () => {
    expect(scopeLines({ role: 'department', communityIds: [], gridIds: [], orgId: 'dep-gone' }, directory)).toEqual([
      '部门：dep-gone',
    ]);
  });
});
