import { waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import AdminAuditPage from '../../src/packages/admin/audit/index';
import { resetTaroMock } from '../support/taroMock';
import { seededBackend } from '../support/seededBackend';
import { appears, text } from './dom';
import { renderPage } from './render';
import { pageHooks } from './mattersTaroMock';

jest.mock('@tarojs/taro', () => require('./mattersTaroMock').taroWithPageHooks());

beforeEach(() => resetTaroMock());

async function open(userId: string, before?: (server: Awaited<ReturnType<typeof seededBackend>>) => Promise<void>) {
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: '/packages/admin/audit/index', params: {} },
    page: {},
  });
  const server = await seededBackend();
  if (before) await before(server);
  return { server, ...renderPage(<AdminAuditPage />, server.as(userId)) };
}

const lines = () => [...document.querySelectorAll<HTMLElement>('.admin-audit__line')];

describe('审计记录 (jsdom, real services over SQLite)', () => {
  it('lists role changes newest first: who, whom, what, when', async () => {
    await open('u-admin', async (server) => {
      for (const role of ['cadre', 'committee'] as const) {
        server.deps.clock.advance(60_000);
        await server.act('account', 'u-admin', 'assignRole', {
          userId: 'u-resident-li',
          role,
          communityIds: ['c-dongmen'],
        });
      }
    });
    await appears('#audit-list');
    expect(lines().map((line) => line.getAttribute('data-kind'))).toEqual(['roleChange', 'roleChange']);
    expect(lines()[0].textContent).toContain('系统管理员 设置了 李明 的角色');
    expect(lines()[0].textContent).toContain('民情书记 → 社区居委会');
    expect(lines()[1].textContent).toContain('居民 → 民情书记');
    expect(lines()[0].textContent).toContain('角色变更');
  });

  it('lists a ledger export: who took which ledger of which community, and its period', async () => {
    await open('u-admin', async (server) => {
      await server.act('stats', 'u-committee-chen', 'exportLedger', {
        ledger: 'visitDiary',
        period: { kind: 'thisMonth' },
      });
    });
    await appears('#audit-list');
    expect(lines().map((line) => line.getAttribute('data-kind'))).toEqual(['ledgerExport']);
    expect(lines()[0].textContent).toContain('导出台账');
    expect(lines()[0].textContent).toContain('陈秀英 导出了 东门社区 的台账');
    expect(lines()[0].textContent).toMatch(/导出民情日记台账（\d+条）/);
    expect(lines()[0].textContent).toContain('周期 2026-11-01 至 2026-11-30');
  });

  it('pages 20 at a time: the foot loads the next page', async () => {
    const { calls } = await open('u-admin', async (server) => {
      for (let i = 0; i < 21; i += 1) {
        server.deps.clock.advance(1000);
        await server.act('account', 'u-admin', 'assignRole', {
          userId: 'u-resident-li',
          role: i % 2 === 0 ? 'cadre' : 'resident',
          communityIds: ['c-dongmen'],
        });
      }
    });
    await appears('#audit-list');
    expect(lines()).toHaveLength(20);
    await waitFor(() => expect(pageHooks.reachBottom).not.toBeNull());
    await pageHooks.reachBottom!();
    await waitFor(() => expect(lines()).toHaveLength(21));
    expect(calls.filter((c) => c.event.action === 'auditTrail')).toHaveLength(2);
  });

  it('says so when there is nothing yet', async () => {
    await open('u-admin');
    await appears('#state-empty');
    expect(text('#state-empty')).toContain('还没有审计记录');
  });

  it('tells a resident that only admin may use it', async () => {
    await open('u-resident-zhang');
    await appears('#state-error');
    expect(text('#state-error')).toContain('可用');
  });
});
