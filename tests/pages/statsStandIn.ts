import Taro from '@tarojs/taro';
import { createElement } from 'react';
import type { contract } from '@domain/contract';
import { AppError } from '@domain/errors';
import type { DashboardSection } from '@domain/stats/dashboard';
import { mattersSection, quietSection } from '../support/builders/statsSections';
import { ledgerTitles, type LedgerKind } from '@domain/stats/ledgers';
import StatsDashboardPage from '../../src/packages/stats/dashboard/index';
import { seededBackend } from '../support/seededBackend';
import { contractStandIn } from './contractStandIn';
import { renderPage, type Backend } from './render';

export { mattersSection, quietSection };

type StatsAction = keyof typeof contract.stats;

/**
 * The stats pages' server: the real one for sign-in and for stats.dashboard's frame (the
 * caller's scope, communities and period label, from the real service), with the test's sections
 * in place of the registered ones; the export a stand-in job that runs `steps` polls then ends
 * done (or failed). Every input is held to the contract's input schema and every answer to its output.
 */
export async function statsStandIn(
  userId: string,
  options: { sections?: (input: any) => DashboardSection[]; exportSteps?: number; exportFails?: string } = {},
) {
  const server = await seededBackend();
  const real = server.as(userId);
  const jobs = new Map<string, any>();
  const steps = options.exportSteps ?? 2;

  const answers: Partial<Record<StatsAction, (data: any, event: any) => Promise<unknown> | unknown>> = {
    dashboard: async (data, event) => {
      const answer = await real('stats', event);
      if (!answer.ok) throw new AppError(answer.code, answer.message);
      return { ...answer.data, sections: options.sections ? options.sections(data) : [mattersSection, quietSection] };
    },
    exportLedger: ({ ledger, communityId }: { ledger: LedgerKind; communityId?: string }) => {
      const job = {
        id: `job-${jobs.size + 1}`,
        ledger,
        title: ledgerTitles[ledger],
        communityId: communityId ?? null,
        period: { kind: 'thisMonth', from: '2026-11-01', to: '2026-11-30', label: '2026年11月' },
        state: 'queued',
        progress: 0,
        rows: 0,
        fileName: null,
        url: null,
        expiresAt: null,
        error: null,
        createdAt: Date.now(),
        polls: 0,
      };
      jobs.set(job.id, job);
      return { job: publicJob(job) };
    },
    exportJob: ({ jobId }: { jobId: string }) => {
      const job = jobs.get(jobId);
      if (!job) throw new AppError('NOT_FOUND', '没有找到这次导出');
      job.polls += 1;
      if (job.polls < steps) Object.assign(job, { state: 'running', progress: 50, rows: 60 });
      else if (options.exportFails) Object.assign(job, { state: 'failed', error: options.exportFails });
      else {
        const fileName = `${job.title}-202611.xlsx`;
        Object.assign(job, {
          state: 'done',
          progress: 100,
          rows: 120,
          fileName,
          url: `https://files.test/${fileName}`,
        });
      }
      return { job: publicJob(job) };
    },
  };

  const standIn = contractStandIn('stats', real, (action) => answers[action as StatsAction]);

  return {
    backend: standIn.backend,
    sent: (action: StatsAction) => standIn.sent(action),
    refuseNext: (action: StatsAction, code: AppError['code'], message: string) =>
      standIn.refuseNext(action, code, message),
  };
}

function publicJob({ polls: _polls, ...job }: any) {
  return job;
}

/** 数据看板 as Taro opens it, over `backend`. */
export function openDashboard(backend: Backend) {
  (Taro.getCurrentInstance as jest.Mock).mockReturnValue({
    router: { path: '/packages/stats/dashboard/index', params: {} },
    page: {},
  });
  return renderPage(createElement(StatsDashboardPage), backend);
}
