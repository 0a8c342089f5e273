import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { call } from '../../../api/client';
import { RoleOnly } from '../../../components/RoleOnly';
import { useCursorList } from '../../../components/useCursorList';
import { CaseFeed } from '../components/CaseFeed';
import '../components/cases.scss';

/** 待核查: handled cases of my grids or community, waiting for someone other than the handler to check on site. */
export default function CaseToVerifyPage() {
  return (
    <RoleOnly roles={['gridWorker', 'committee']} className="cs-page">
      {() => <ToVerify />}
    </RoleOnly>
  );
}

function ToVerify() {
  const list = useCursorList(
    (cursor) => call('casework', 'toVerify', { limit: 20, ...(cursor ? { cursor } : {}) }),
    [],
  );
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void list.reload();
    shown.current = true;
  });
  return (
    <View id="case-to-verify">
      <View className="cs-intro mq-muted">
        承办单位已反馈的案件，请到现场查看：办好了就通过，没办好就退回并写明还有什么问题。
      </View>
      <CaseFeed
        list={list}
        id="verify-list"
        empty={{ title: '没有待核查的案件', detail: '承办单位反馈后会出现在这里' }}
      />
    </View>
  );
}
