import { View } from '@tarojs/components';
import { caseStateLabels } from '@domain/casework/states';
import { caseStateTones, type CaseSummary } from '@domain/casework/views';
import { routes } from '@domain/routes';
import { Tag } from '../../../components/Tag';
import { openPage } from '../../../navigation';
import { cardTimeLine, holderText } from './caseText';
import './CaseCard.scss';

/**
 * One case in a list: what, where, who holds it, its state and by when (cardTimeLine). An overdue
 * case is red and says by how much; an extension waiting for the street carries 延期待批. A tap
 * opens it.
 */
export function CaseCard({ item, now }: { item: CaseSummary; now: number }) {
  const id = `case-${item.id}`;
  return (
    <View
      className={`mq-card cs-card${item.overdue ? ' cs-card--overdue' : ''}`}
      id={id}
      data-overdue={item.overdue ? 'true' : 'false'}
      onClick={() => void openPage(routes.case, { id: item.id })}
    >
      <View className="cs-card__head">
        <View className="cs-card__title">{item.title}</View>
        <Tag id={`${id}-state`} state={item.state} tone={caseStateTones[item.state]}>
          {caseStateLabels[item.state]}
        </Tag>
      </View>
      <View className="mq-muted">{[item.communityName, item.placeName].filter(Boolean).join(' · ')}</View>
      <View className="mq-text">{`承办：${holderText(item.holder)}`}</View>
      <View className="cs-card__due" id={`${id}-due`}>
        {cardTimeLine(item, now)}
      </View>
      {item.extensionPending ? (
        <Tag id={`${id}-extension`} tone="warn">
          延期待批
        </Tag>
      ) : null}
    </View>
  );
}
