import { categoryLabels } from '@domain/matters/categories';
import { actionStateLabels } from '@domain/matters/labels';
import { stateLabels } from '@domain/matters/states';
import { ANONYMOUS_RESIDENT, ledgerPerson, ledgerText } from '@domain/stats/ledgerMasking';
import { onBehalfLine } from '@domain/onBehalf';
import { formatShanghai } from '@domain/time';
import type { ConsultationRecord } from '../../../ports/consultations';
import type { MatterRecord } from '../../../ports/matters';
import type { UserRecord } from '../../../ports/storage';
import { namesOf, type LedgerSheet } from './ledgerSheet';

/**
 * 居民说事台账: the matters raised in the period, oldest first, with their consultation (the
 * latest one): when, who took part, what was agreed, how far the agreed actions got.
 */
export const mattersLedger: LedgerSheet = {
  kind: 'matters',
  cadreMay: false,
  columns: [
    { header: '编号', width: 20 },
    { header: '日期', width: 12 },
    { header: '提出人(已脱敏)', width: 14 },
    { header: '类别', width: 10 },
    { header: '议题', width: 40 },
    { header: '协商时间', width: 18 },
    { header: '参与人员', width: 30 },
    { header: '协商结果', width: 40 },
    { header: '落实情况', width: 40 },
    { header: '满意度', width: 10 },
  ],
  count: (deps, filter, range) => deps.storage.ledgerSources.countMatters(filter, range),
  async page(deps, filter, range, after, limit) {
    const page = await deps.storage.ledgerSources.matters(filter, range, after, limit);
    const consultations = await deps.storage.ledgerSources.consultationsOf(page.items.map((m) => m.id));
    const byMatter = new Map(consultations.map((c) => [c.matterId, c]));
    const people = await namesOf(deps, [
      ...page.items.map((m) => m.authorId),
      ...consultations.flatMap((c) => [...c.invitedResidentIds, ...c.cadreIds]),
    ]);
    return { rows: page.items.map((m) => matterRow(m, byMatter.get(m.id) ?? null, people)), next: page.next };
  },
};

function matterRow(matter: MatterRecord, consultation: ConsultationRecord | null, people: Map<string, UserRecord>) {
  return [
    matter.id,
    formatShanghai(matter.createdAt, 'YYYY-MM-DD'),
    authorCell(matter, people),
    categoryLabels[matter.category],
    ledgerText(matter.title),
    consultation ? formatShanghai(consultation.scheduledAt) : '',
    consultation ? participants(consultation, people) : '',
    consultation ? ledgerText(consultation.outcome || consultation.minutes) : '',
    implementation(matter, consultation),
    matter.rating ? `${matter.rating.score}星` : '未评价',
  ];
}

/**
 * The resident who raised it, masked (匿名居民 when anonymous). A 红色代办 matter names the
 * resident, not the staff member stored as the author of one without an account, and says who
 * raised it for them (staff act in office: by name).
 */
function authorCell(matter: MatterRecord, people: Map<string, UserRecord>): string {
  const onBehalf = matter.onBehalf;
  const name = onBehalf?.staffId === matter.authorId ? onBehalf.residentName : people.get(matter.authorId)?.name;
  const author = matter.anonymous ? ANONYMOUS_RESIDENT : ledgerPerson(name);
  return onBehalf ? `${author}（${ledgerText(onBehalfLine(onBehalf.staffName))}）` : author;
}

/** Residents masked; cadres by name (they act in office); departments as named. */
function participants(consultation: ConsultationRecord, people: Map<string, UserRecord>): string {
  const residents = consultation.invitedResidentIds.map((id) => ledgerPerson(people.get(id)?.name));
  const cadres = consultation.cadreIds.map((id) => ledgerText(people.get(id)?.name || '民情书记'));
  return ledgerText([...cadres, ...consultation.departments, ...residents].join('、'));
}

/** The agreed actions and their state, then where the matter stands. */
function implementation(matter: MatterRecord, consultation: ConsultationRecord | null): string {
  const actions = (consultation?.actions ?? []).map(
    (action) => `${action.description}（${action.owner ? `${action.owner}，` : ''}${actionStateLabels[action.state]}）`,
  );
  return ledgerText([...actions, `当前状态：${stateLabels[matter.state]}`].join('；'));
}
