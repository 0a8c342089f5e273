import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { serviceCategoryLabels } from '@domain/service/categories';
import { hoursText } from '@domain/service/hours';
import type { VolunteerView } from '@domain/service/views';
import { volunteerStateLabels } from '@domain/service/volunteers';
import { formatWhen } from '@domain/time';
import { InfoRow } from '../../../components/InfoRow';
import { Tag } from '../../../components/Tag';

/** `3星 · 320小时`, or how far from the first star. */
export function starsLine(volunteer: Pick<VolunteerView, 'stars' | 'totalMinutes'>): string {
  const stars = volunteer.stars > 0 ? `${'★'.repeat(volunteer.stars)} ${volunteer.stars}星` : '未评星';
  return `${stars} · ${hoursText(volunteer.totalMinutes)}小时`;
}

/**
 * One volunteer's report as the committee reviews it, or their line in the roster. Element ids use
 * the user id: a report's own id joins community and user with a colon, which no selector takes.
 */
export function VolunteerCard({
  volunteer,
  now,
  onOpen,
  children,
}: {
  volunteer: VolunteerView;
  now: number;
  onOpen?: () => void;
  /** The card's buttons (通过 / 退回 for a pending report). */
  children?: ReactNode;
}) {
  const pending = volunteer.state === 'pending';
  return (
    <View className="mq-card vl-card" id={`volunteer-${volunteer.userId}`} onClick={onOpen}>
      <View className="vl-card__head">
        <Text className="vl-card__name">{volunteer.name}</Text>
        <Tag tone={volunteer.partyMember ? 'alert' : 'news'}>{volunteer.partyMember ? '党员' : '志愿者'}</Tag>
        {pending ? <Tag tone="warn">{volunteerStateLabels.pending}</Tag> : null}
        {volunteer.teamName ? <Tag tone="quiet">{volunteer.teamName}</Tag> : null}
      </View>
      {pending ? null : (
        <View className="vl-card__stars" id={`volunteer-${volunteer.userId}-stars`}>
          {starsLine(volunteer)}
        </View>
      )}
      <InfoRow label="能做">{volunteer.categories.map((c) => serviceCategoryLabels[c]).join('、')}</InfoRow>
      <InfoRow label="特长">{volunteer.skills}</InfoRow>
      <InfoRow label="单位">{volunteer.workUnit}</InfoRow>
      <InfoRow label="有空">{volunteer.availability}</InfoRow>
      {pending ? <InfoRow label="报到">{formatWhen(volunteer.reportedAt, now)}</InfoRow> : null}
      {children}
    </View>
  );
}
