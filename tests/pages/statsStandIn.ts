import Taro from '@tarojs/taro';
import { createElement } from 'react';
import { contract } from '@domain/contract';
import { AppError } from '@domain/errors';
import type { DashboardSection } from '@domain/stats/dashboard';
import { mattersSection, quietSection } from '../support/builders/statsSections';
import { ledgerTitles, type LedgerKind } from '@domain/stats/ledgers';
import { toFieldIssues } from '@domain/validation';
import StatsDashboardPage from '../../src/packages/stats/dashboard/index';
import { seededBackend } from '../support/seededBackend';
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
  const sent: { action: string; data: any; requestId: string }[] = [];
  const refusals = new Map<string, AppError>();
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

  const backend: Backend = async (fn, event) => {
    if (fn !== 'stats') return real(fn, event);
    const action = event.action as StatsAction;
    sent.push({ action, data: event.data, requestId: event.requestId ?? '' });
    const spec = contract.stats[action];
    const input = spec.input.safeParse(event.data ?? {});
    if (!input.success) {
      const issues = toFieldIssues(input.error);
      return { ok: false, code: 'BAD_INPUT', message: issues[0]?.message ?? '输入有误', issues };
    }
    const refusal = refusals.get(action);
    if (refusal) {
      refusals.delete(action);
      return { ok: false, code: refusal.code, message: refusal.message };
    }
    const answer = answers[action];
    if (!answer) throw new Error(`the test gave no answer for stats.${action}`);
    try {
      return { ok: true, data: spec.output.parse(await answer(input.data, event)) };
    } catch (caught) {
      if (caught instanceof AppError) return { ok: false, code: caught.code, message: caught.message };
      throw caught;
    }
  };

  return {
    backend,
    sent: (action: StatsAction) => sent.filter((c) => c.action === action),
    refuseNext: (action: StatsAction, code: AppError['code'], message: string) =>
      refusals.set(action, new AppError(code, message)),
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
