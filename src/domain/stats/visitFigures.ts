import type { VisitMode } from '../visits/views';
import { defineFigures } from './figures';

/**
 * 民意5来听's figures and 民情书记's accountability (issue 16), each with its exact rule (口径). The
 * period's slots are those whose visit date (Shanghai) is in the period; bookings, walk-ins and
 * records count by the slot they belong to, so a visit on the 25th counts in the 25th's month
 * whenever it was booked or written up.
 */
export const visitFigures = defineFigures({
  visitDays: {
    label: '接访日',
    unit: '天',
    rule: '统计周期内、截至今天已到的日期中，社区至少有一个未取消的接访时段的天数；同一社区同一天算一天，不同社区分别计算',
  },
  slots: { label: '开放时段', unit: '个', rule: '接访日期在统计周期内、未取消的接访时段数（含尚未到来的日期）' },
  seats: { label: '开放名额', unit: '个', rule: '上述时段的名额之和（含现场登记时超额加出的名额）' },
  booked: {
    label: '预约人次',
    unit: '人次',
    rule: '居民在上述时段上占到名额的预约（已预约、已接访、未到场）；已取消和仍在候补的不计，现场登记不计',
  },
  attended: { label: '预约到场', unit: '人次', rule: '预约中已标记“已接访”的人次' },
  noShow: { label: '未到场', unit: '人次', rule: '预约中已标记“未到场”的人次' },
  attendanceRate: {
    label: '到场率',
    unit: '%',
    rule: '预约到场 ÷（预约到场 + 未到场）；尚未标记到场情况的预约不计入分母',
  },
  walkIns: { label: '现场登记', unit: '人次', rule: '书记在时段上为没有预约的群众现场登记的人次' },
  homeVisits: { label: '入户走访', unit: '次', rule: '“入户走访”方式时段上的预约到场与现场登记人次之和' },
  records: { label: '民情日记', unit: '条', rule: '周期内时段（含已取消的）写下的接访记录条数，按接访日期计入' },
  followUpsDue: { label: '应跟进', unit: '件', rule: '接访记录中跟进期限在统计周期内的跟进事项' },
  followUpsOnTime: { label: '按期跟进', unit: '件', rule: '应跟进事项中，在期限当天（北京时间）结束前办结的' },
  followUpsOverdue: {
    label: '逾期跟进',
    unit: '件',
    rule: '应跟进事项中，期限过后才办结的，或期限已过（早于今天）仍未办结的',
  },
});
export type VisitFigureKey = keyof typeof visitFigures;

/** The accountability table's columns, one row per 民情书记. */
export const cadreFigures = defineFigures({
  daysAttended: {
    label: '接访天数',
    unit: '天',
    rule: '统计周期内、截至今天，书记本人的时段上至少有一人到场（预约到场或现场登记）或写了一条记录的日期数；同一社区同一天算一天',
  },
  residentsHeard: {
    label: '接访人次',
    unit: '人次',
    rule: '书记本人时段上的预约到场 + 现场登记 + 不对应预约的接访记录',
  },
  records: { label: '民情日记', unit: '条', rule: '书记本人周期内时段写下的接访记录' },
  recordsTimely: {
    label: '24小时内记录',
    unit: '条',
    rule: '记录首次保存时间早于时段结束时间（北京时间的日期加结束时刻）后24小时的记录',
  },
  timelyRate: { label: '及时记录率', unit: '%', rule: '24小时内记录 ÷ 民情日记' },
  followUpsDue: { label: '应跟进', unit: '件', rule: '书记本人记录中跟进期限在统计周期内的跟进事项' },
  followUpsOnTime: { label: '按期跟进', unit: '件', rule: '应跟进事项中，在期限当天（北京时间）结束前办结的' },
  followUpsOverdue: { label: '逾期跟进', unit: '件', rule: '期限过后才办结的，或期限早于今天仍未办结的' },
});
export type CadreFigureKey = keyof typeof cadreFigures;

/** The share chart's parts: who was heard, by how the cadre met them. */
export const visitModeOrder: readonly VisitMode[] = ['home', 'station', 'enterprise'];
