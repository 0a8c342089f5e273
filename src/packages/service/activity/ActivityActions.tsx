import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { routes } from '@domain/routes';
import type { ActivityView } from '@domain/service/activityViews';
import { openPage } from '../../../navigation';
import { CodeEntry } from './CodeEntry';
import type { ActivityCommands } from './useActivityCommands';

/**
 * Only what the reader may do now (the activity's `actions`, decided by the server): 报名 as the
 * big button, 签到 / 签退 as the code entry, 取消报名 as a plain button; the organiser's links to
 * the sign-in code and the roster (both on the organiser's page).
 */
export function ActivityActions({ activity, commands }: { activity: ActivityView; commands: ActivityCommands }) {
  const can = (action: ActivityView['actions'][number]) => activity.actions.includes(action);
  const { tapping } = commands;
  const organiser = can('showCode') || can('roster') || can('cancel');
  const openOrganiser = () => void openPage(routes.committeeActivity, { id: activity.id });
  return (
    <View id="activity-actions">
      {can('signIn') ? (
        <CodeEntry step="signIn" command={commands.coding} onSubmit={(code) => commands.enterCode('signIn', code)} />
      ) : null}
      {can('signOut') ? (
        <CodeEntry step="signOut" command={commands.coding} onSubmit={(code) => commands.enterCode('signOut', code)} />
      ) : null}
      <View className="sv-actions">
        {can('signUp') ? (
          <Button
            id="activity-signup"
            className="sv-actions__main"
            type="primary"
            size="large"
            block
            loading={tapping.running === 'signUpActivity'}
            onClick={() => commands.signUp()}
          >
            {activity.seatsLeft > 0 ? '我要报名' : '报名候补'}
          </Button>
        ) : null}
        {can('withdraw') ? (
          <Button
            id="activity-withdraw"
            className="sv-actions__main"
            type="default"
            size="large"
            block
            loading={tapping.running === 'withdrawActivity'}
            onClick={() => void commands.withdraw()}
          >
            取消报名
          </Button>
        ) : null}
        {organiser ? (
          <View className="sv-actions__row" id="activity-organiser">
            {can('showCode') ? (
              <Button id="activity-show-code" className="sv-actions__other" type="primary" onClick={openOrganiser}>
                签到码
              </Button>
            ) : null}
            {can('roster') || can('cancel') ? (
              <Button id="activity-roster" className="sv-actions__other" type="default" onClick={openOrganiser}>
                报名名单
              </Button>
            ) : null}
          </View>
        ) : null}
      </View>
    </View>
  );
}
