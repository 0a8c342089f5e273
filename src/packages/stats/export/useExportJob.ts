import { useCallback, useEffect, useRef, useState } from 'react';
import type { LedgerKind } from '@domain/stats/ledgers';
import { fetchExport, openExport, type ReadyExport } from '../../../api/exportFile';
import { statsApi, type ExportJob, type StatsQuery } from '../../../api/stats';
import { toApiError, useCommand } from '../../../hooks/useCommand';

/** How often a running export is asked about: a ledger of a year takes seconds, not minutes. */
export const POLL_MS = 1000;

export interface ExportRun {
  ledger: LedgerKind;
  job: ExportJob | null;
  /** The file on the phone (weapp) or to download (h5), once the job is done. */
  ready: ReadyExport | null;
  /** Why it stopped: the server's reason for a failed job, or a refusal or network failure. */
  error: string | null;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One ledger export at a time: exportLedger starts the job, exportJob is asked every POLL_MS
 * while it is queued or running (its progress and rows shown), and when done the file is fetched
 * and opened (WeChat's document viewer, or the browser's download). Closing the sheet stops asking.
 */
export function useExportJob(query: StatsQuery) {
  const starting = useCommand();
  const [run, setRun] = useState<ExportRun | null>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const finish = useCallback(async (ledger: LedgerKind, job: ExportJob) => {
    if (job.state === 'failed' || !job.fileName || !job.url) {
      setRun({ ledger, job, ready: null, error: job.error ?? '导出失败，请重试' });
      return;
    }
    try {
      const ready = await fetchExport(job.fileName, job.url);
      if (!alive.current) return;
      setRun({ ledger, job, ready, error: null });
      await openExport(ready);
    } catch {
      if (alive.current) setRun({ ledger, job, ready: null, error: '文件下载失败，请重新导出' });
    }
  }, []);

  const start = useCallback(
    async (ledger: LedgerKind) => {
      setRun({ ledger, job: null, ready: null, error: null });
      const sent = await starting.run({ ledger, query }, (requestId) =>
        statsApi.exportLedger(ledger, query, requestId),
      );
      if (!alive.current) return;
      if (!sent.ok) {
        setRun({ ledger, job: null, ready: null, error: sent.error?.message ?? '导出失败，请重试' });
        return;
      }
      let job = sent.value;
      try {
        while (job.state === 'queued' || job.state === 'running') {
          setRun({ ledger, job, ready: null, error: null });
          await pause(POLL_MS);
          if (!alive.current) return;
          job = await statsApi.exportJob(job.id);
          if (!alive.current) return;
        }
      } catch (caught) {
        setRun({ ledger, job, ready: null, error: toApiError(caught).message });
        return;
      }
      await finish(ledger, job);
    },
    [query, starting, finish],
  );

  return { run, busy: run !== null && run.error === null && run.ready === null, start };
}
