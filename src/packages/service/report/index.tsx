import { View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import { routes } from '@domain/routes';
import { call } from '../../../api/client';
import { acceptedConsent, withConsent } from '../../../api/subscribe';
import { ProfileNeeded } from '../../../components/ProfileNeeded';
import { RoleOnly } from '../../../components/RoleOnly';
import { StateView } from '../../../components/StateView';
import { useCommand } from '../../../hooks/useCommand';
import { goBack } from '../../../navigation';
import { CatalogueGate, type Catalogue } from '../components/CatalogueGate';
import { ReportForm } from './ReportForm';
import type { ReportInput } from './reportForm';
import './index.scss';

/** 志愿者报到 (双报到): the form, with why an earlier report was returned, and what happens next. */
export default function ServiceReportPage() {
  return (
    <RoleOnly roles={['resident']} className="service-report">
      {(user) => (user.communityId ? <Report /> : <ProfileNeeded why="报到是向您居住的社区报到，请先选好社区" />)}
    </RoleOnly>
  );
}

function Report() {
  const reporting = useCommand();
  const [sent, setSent] = useState(false);

  async function report(input: ReportInput) {
    // Inside the tap (the form checked it synchronously): the consent dialog may only open here.
    const accepted = await acceptedConsent('service');
    const answer = await reporting.run(input, (requestId) =>
      call('service', 'reportVolunteer', withConsent(input, accepted), { requestId }),
    );
    if (answer.ok) setSent(true);
  }

  if (sent) {
    return (
      <StateView
        kind="empty"
        title="报到已提交"
        detail="社区居委会审核后会通知您，通过后就可以在「接单大厅」接单了"
        actionText="回到社区服务"
        onAction={() => void goBack(routes.serviceCatalogue)}
      />
    );
  }
  // My report as it stands (the catalogue carries it): returned with a reason, pending, approved.
  return (
    <CatalogueGate>
      {({ volunteer }) => (
        <ReportAgain
          mine={volunteer}
          form={<ReportForm command={reporting} onSubmit={(input) => void report(input)} />}
        />
      )}
    </CatalogueGate>
  );
}

/** The form, with where my earlier report stands above it; none for an approved volunteer. */
function ReportAgain({ mine, form }: { mine: Catalogue['volunteer']; form: ReactNode }) {
  if (mine?.state === 'approved') {
    return <StateView kind="empty" title="您已是本社区的报到志愿者" detail="要改服务队或驿站，请联系社区居委会" />;
  }
  return (
    <View id="service-report-page">
      {mine?.state === 'returned' ? (
        <View className="sv-report-note sv-report-note--returned" id="report-returned">
          上次报到被退回：{mine.returnReason || '未说明原因'}。请修改后重新提交。
        </View>
      ) : null}
      {mine?.state === 'pending' ? (
        <View className="sv-report-note" id="report-pending">
          您的报到正在审核。再提交一次会替换之前填写的内容。
        </View>
      ) : null}
      {form}
    </View>
  );
}
