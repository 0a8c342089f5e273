import { Button, Popup } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import type { Role } from '@domain/users';
import { ledgerKinds, ledgerTitles, type LedgerKind } from '@domain/stats/ledgers';
import { openExport } from '../../../api/exportFile';
import type { Dashboard, StatsQuery } from '../../../api/stats';
import { useExportJob, type ExportRun } from './useExportJob';

/**
 * The ledgers each role keeps: a cadre their own 民情日记 and 接访登记; a committee and a street
 * every ledger of their communities. The server checks it again (stats.exportLedger).
 */
const ledgersOf = (role: Role): readonly LedgerKind[] =>
  role === 'cadre' ? ['visitDiary', 'receptions'] : ledgerKinds;

/** 导出台账: the ledgers of the dashboard's period (and community), one tap each; the job's progress, then the file. */
export function ExportSheet({
  role,
  query,
  data,
  onClose,
}: {
  role: Role;
  query: StatsQuery;
  data: Dashboard;
  onClose: () => void;
}) {
  const { run, busy, start } = useExportJob(query);
  const community = data.communities.find((c) => c.id === query.communityId);
  return (
    <Popup visible position="bottom" round closeable title="导出台账" onClose={onClose}>
      <View className="st-export" id="export-sheet">
        <View className="mq-muted">{`${community?.name ?? data.scopeLabel} · ${data.period.label}`}</View>
        <View className="mq-muted">Excel 表格（.xlsx），居民姓名、电话等个人信息已脱敏。</View>
        {ledgersOf(role).map((ledger) => (
          <View key={ledger} className="st-export__ledger" id={`export-${ledger}`}>
            <Button
              id={`export-${ledger}-start`}
              className="st-export__start"
              type={run?.ledger === ledger ? 'primary' : 'default'}
              block
              disabled={busy && run?.ledger !== ledger}
              loading={busy && run?.ledger === ledger}
              onClick={() => void start(ledger)}
            >
              {run?.ledger === ledger && run.error ? `重试：${ledgerTitles[ledger]}` : ledgerTitles[ledger]}
            </Button>
            {run?.ledger === ledger ? <RunStatus run={run} /> : null}
          </View>
        ))}
      </View>
    </Popup>
  );
}

function RunStatus({ run }: { run: ExportRun }) {
  if (run.error) {
    return (
      <View className="st-export__error" id="export-error" role="alert">
        {run.error}
      </View>
    );
  }
  if (run.ready) {
    const ready = run.ready;
    return (
      <View className="st-export__done" id="export-done">
        <Text className="mq-text">{`已生成：${ready.fileName}（${run.job?.rows ?? 0}行）`}</Text>
        {ready.localPath ? <Text className="mq-muted">打开后点右上角“…”可以转发或保存到手机。</Text> : null}
        <Button
          id="export-open"
          type="primary"
          fill="outline"
          block
          onClick={() => void openExport(ready).catch(() => undefined)}
        >
          {ready.localPath ? '再次打开' : '再次下载'}
        </Button>
      </View>
    );
  }
  const job = run.job;
  return (
    <View className="st-export__progress" id="export-progress" aria-live="polite">
      <ProgressBar percent={job?.progress ?? 0} />
      <Text className="mq-muted">
        {!job ? '正在提交…' : job.state === 'queued' ? '排队中…' : `正在生成，已写入 ${job.rows} 行`}
      </Text>
    </View>
  );
}

/**
 * The job's progress as a bar with its percent written beside it. Hand-made like the charts:
 * NutUI's Progress imports Taro's IntersectionObserver (for its `lazy` animation), which split a
 * Taro module out of h5's first-load vendors chunk and cost the first load ~660 bytes gzip
 * (docs/adr/0016-hand-made-charts.md).
 */
function ProgressBar({ percent }: { percent: number }) {
  return (
    <View className="st-progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
      <View className="st-share__track st-progress__track">
        <View className="st-share__bar" style={{ width: `${percent}%` }} />
      </View>
      <Text className="st-progress__text">{`${percent}%`}</Text>
    </View>
  );
}
