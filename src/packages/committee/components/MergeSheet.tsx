import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { call } from '../../../api/client';
import { LoadingView } from '../../../components/StateView';
import { stateLabels, stateTones } from '@domain/matters/states';
import type { MatterDetail, MatterSummary } from '@domain/matters/views';
import { formatWhen } from '@domain/time';
import { useAsync } from '../../../hooks/useAsync';
import { Field } from '../../../components/staff/Field';
import { Sheet } from '../../../components/staff/Sheet';
import { Tag } from '../../../components/Tag';
import { TextBox } from '../../../components/staff/TextBox';
import { useCommand } from '../../../hooks/useCommand';
import './MergeSheet.scss';

/**
 * 合并到…: this matter is a duplicate; find the one to keep by its title in the community's
 * list and merge into it (supporters and followers move over, this one closes).
 */
export function MergeSheet({
  matter,
  onDone,
  onClose,
}: {
  matter: MatterDetail;
  onDone: (message: string, keptId: string) => void;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const [intoId, setIntoId] = useState<string | null>(null);
  const { busy, error, run, refuse, fieldError } = useCommand();
  const found = useAsync(
    () =>
      call('matter', 'list', {
        communityId: matter.communityId,
        tab: query ? 'all' : 'active',
        sort: 'newest',
        limit: 20,
        ...(query ? { q: query } : {}),
      }),
    [matter.communityId, query],
  );
  const candidates: MatterSummary[] = (found.data?.items ?? []).filter((m) => m.id !== matter.id);

  async function send() {
    if (!intoId) return refuse('请先选择要合并到的说事', 'intoId');
    const input = { matterId: matter.id, intoId };
    const sent = await run(input, (requestId) => call('matter', 'merge', input, { requestId }));
    if (sent.ok) onDone(`已合并，附议共 ${sent.value.supportCount} 人`, intoId);
  }

  return (
    <Sheet
      id="merge-sheet"
      title="合并到另一件说事"
      submitId="merge-submit"
      submitText="合并到所选说事"
      busy={busy}
      error={error}
      fieldPaths={['intoId']}
      onSubmit={() => void send()}
      onClose={onClose}
    >
      <View className="mq-muted cm-sheet-note">这件说事将关闭，附议和关注的居民转到所选说事。</View>
      <Field label="按标题查找">
        <View className="cm-merge__search">
          <View className="cm-merge__input">
            <TextBox id="merge-search" value={draft} placeholder="输入标题里的词" maxLength={40} onChange={setDraft} />
          </View>
          <Button
            id="merge-search-submit"
            className="cm-merge__button"
            type="primary"
            fill="outline"
            onClick={() => {
              setIntoId(null);
              setQuery(draft.trim());
            }}
          >
            查找
          </Button>
        </View>
      </Field>
      <Field label={query ? `“${query}”的查找结果` : '正在办理的说事'} error={fieldError('intoId')}>
        {found.status === 'loading' ? <LoadingView title="正在查找…" /> : null}
        {found.status === 'error' ? <View className="mq-muted">{found.error.message}</View> : null}
        {found.status === 'ready' && candidates.length === 0 ? (
          <View className="mq-muted" id="merge-empty">
            没有找到，换个词试试
          </View>
        ) : null}
        {candidates.map((candidate) => (
          <View
            key={candidate.id}
            id={`merge-candidate-${candidate.id}`}
            role="radio"
            aria-checked={candidate.id === intoId}
            className={`cm-merge__candidate ${candidate.id === intoId ? 'cm-merge__candidate--active' : ''}`}
            onClick={() => setIntoId(candidate.id)}
          >
            <View className="cm-merge__title">{candidate.title}</View>
            <View className="cm-merge__meta">
              <Tag tone={stateTones[candidate.state]} state={candidate.state}>
                {stateLabels[candidate.state]}
              </Tag>
              <View className="mq-muted">
                附议 {candidate.supportCount} · {formatWhen(candidate.createdAt, Date.now())}
              </View>
            </View>
          </View>
        ))}
      </Field>
    </Sheet>
  );
}
