import { Toast } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import type { CaseDetail } from '@domain/casework/views';
import { routes } from '@domain/routes';
import { call } from '../../../api/client';
import { RoleOnly } from '../../../components/RoleOnly';
import { ErrorView, LoadingView, StateView } from '../../../components/StateView';
import { useAsync } from '../../../hooks/useAsync';
import { usePageParams } from '../../../hooks/usePageParams';
import { CaseActions } from './CaseActions';
import { CaseEvents, CaseFacts, CaseOutcome } from './CaseFacts';
import { useCaseSteps } from './useCaseSteps';
import '../components/cases.scss';
import './index.scss';

const TOAST = 'case-toast';

/** 案件详情: the matter, its holder and clock, what happened so far, and the steps the reader may take. */
export default function CasePage() {
  const read = usePageParams(routes.case);
  return (
    <RoleOnly
      roles={['gridWorker', 'property', 'department', 'street', 'committee', 'cadre']}
      className="cs-page"
      footer={<Toast id={TOAST} />}
    >
      {() =>
        read.ok ? (
          <Case caseId={read.params.id} />
        ) : (
          <StateView kind="error" title="没有找到这件案件" detail="链接不完整，请从案件列表进入" />
        )
      }
    </RoleOnly>
  );
}

function Case({ caseId }: { caseId: string }) {
  const loaded = useAsync(() => call('casework', 'case', { caseId }), [caseId]);
  usePullDownRefresh(() => {
    void loaded.reload().finally(() => void Taro.stopPullDownRefresh());
  });
  if (loaded.status === 'error')
    return <ErrorView message={loaded.error.message} onRetry={() => void loaded.reload()} />;
  if (!loaded.data) return <LoadingView />;
  const view = { show: (detail: CaseDetail) => loaded.show({ case: detail }), reload: loaded.reload };
  return <CaseShown detail={loaded.data.case} view={view} />;
}

function CaseShown({ detail, view }: { detail: CaseDetail; view: Parameters<typeof useCaseSteps>[1] }) {
  const steps = useCaseSteps(detail, view, TOAST);
  const now = Date.now();
  return (
    <View id="case-page">
      {steps.tapping.error ? (
        <View className="cs-step-error" id="case-step-error" role="alert">
          {steps.tapping.error.message}
        </View>
      ) : null}
      <CaseFacts detail={detail} now={now} />
      <CaseActions detail={detail} steps={steps} />
      <CaseOutcome detail={detail} now={now} />
      <View className="mq-section-title">办理经过</View>
      <CaseEvents detail={detail} now={now} />
    </View>
  );
}
