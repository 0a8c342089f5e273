import type { RetentionRule } from './retention';

/** Where a datum comes from: typed in by the user, chosen on the phone, or given by WeChat. */
export type DatumSource = 'typed' | 'chosen' | 'platform';

/** One kind of personal data the app collects: what the privacy sheet, the guide and the h5 page say. */
export interface PersonalDatum {
  key: string;
  /** What it is, as the guide names it. */
  label: string;
  source: DatumSource;
  /** Why we collect it, in plain Chinese. */
  purpose: string;
  /** Who can see it. */
  seenBy: string;
  retention: RetentionRule;
  /** A WeChat API that needs the user's privacy agreement before it hands this datum over. */
  wechatApi?: string;
  /** Named in the short privacy sheet (the rest is in the full guide). */
  onSheet?: boolean;
}

const ROLE_CONTACT = '你本人、为你服务的民情书记和本社区居委会；其他居民看到的是遮挡后的号码（如138****5678）';

/**
 * Every personal datum the app collects, once. The privacy sheet, the h5 privacy page and the text
 * for 用户隐私保护指引 in the WeChat console are generated from it
 * (`npm run privacy:guide`). Which contract inputs carry each datum is in ./fields.ts (kept apart:
 * the sheet on every page carries this file in the weapp main package).
 */
export const personalData: readonly PersonalDatum[] = [
  {
    key: 'wechatIdentity',
    label: '微信身份标识（OpenID）',
    source: 'platform',
    purpose: '识别你的账号，让你不用注册密码就能登录',
    seenBy: '只有系统使用，任何人都看不到',
    retention: 'account',
  },
  {
    key: 'name',
    label: '姓名或称呼',
    source: 'typed',
    purpose: '让社区知道是谁在说事和预约，方便联系你',
    seenBy: '居委会和民情书记；你公开发表的说事和评论旁，其他居民看到你自己选的称呼（说事可选匿名）',
    retention: 'account',
    onSheet: true,
  },
  {
    key: 'phone',
    label: '手机号码',
    source: 'platform',
    purpose: '核实发布说事和评论的是真实居民（后台实名，其他居民看不到），并方便民情书记上门走访或处理你的诉求时联系你',
    seenBy: ROLE_CONTACT,
    retention: 'account',
    wechatApi: 'getPhoneNumber',
    onSheet: true,
  },
  {
    key: 'residence',
    label: '所在社区、网格、小区和楼栋',
    source: 'typed',
    purpose: '把你的说事和预约交给负责你所住地方的社区和民情书记',
    seenBy: '本社区居委会和民情书记；说事的地点其他居民也能看到',
    retention: 'account',
    onSheet: true,
  },
  {
    key: 'bookingContact',
    label: '预约时填写的事由、住址和联系电话',
    source: 'typed',
    purpose: '安排民意5来听的走访或约谈，民情书记按地址上门、按电话联系',
    seenBy: ROLE_CONTACT,
    retention: 'bookingContact',
    onSheet: true,
  },
  {
    key: 'matterWords',
    label: '说事的标题和内容、评论、评价、举报和重新打开的理由',
    source: 'typed',
    purpose: '把你反映的问题告诉社区和邻居，讨论和跟进处理结果',
    seenBy: '审核通过后公开给本社区居民；举报理由只有居委会能看到',
    retention: 'publicWords',
    onSheet: true,
  },
  {
    key: 'photos',
    label: '上传的照片',
    source: 'chosen',
    purpose: '让社区看清你反映的问题（如占道、破损），照片经审核后才公开',
    seenBy: '审核通过后公开给本社区居民',
    retention: 'photos',
    wechatApi: 'chooseImage',
    onSheet: true,
  },
  {
    key: 'visitRecord',
    label: '民情日记中关于你的记录',
    source: 'typed',
    purpose: '民情书记记下走访时看到、听到的情况和承诺，按时跟进',
    seenBy: '民情书记和本社区居委会',
    retention: 'visitRecord',
  },
  {
    key: 'staffRecord',
    label: '工作人员填写的处理记录（审核意见、协商议程和纪要、转办说明和答复、案件办理说明）',
    source: 'typed',
    purpose: '公开说明说事的处理经过，记录协商结果和责任人',
    seenBy: '说事的处理经过公开给本社区居民；内部说明只有工作人员能看到',
    retention: 'staffRecord',
  },
  {
    key: 'serviceOrder',
    label: '服务订单：需要什么帮助、希望的时间、地址和联系电话，评价和感谢的话，取消、退回和异议的理由',
    source: 'typed',
    purpose: '群众点单：让志愿者或社区知道你需要什么帮助、什么时候到哪里、怎么联系你',
    seenBy:
      '你本人、接单的志愿者和本社区居委会；接单前，能接这单的志愿者看到需求和遮挡后的地址、电话（如138****5678），只看到你的姓氏',
    retention: 'serviceOrder',
    onSheet: true,
  },
  {
    key: 'onBehalf',
    label: '红色代办时记下的居民姓名、居民同意的方式和要告知的家属（代点的服务单、代提的说事、代约的民意5来听）',
    source: 'typed',
    purpose:
      '居委会、民情书记或网格员替没有手机或不会用手机的居民点单、提出说事、预约民意5来听时，记下为谁代办、居民怎样同意的；记录上处处显示“由XX代办”，居民本人和登记的家属会收到进展消息',
    seenBy:
      '代办的工作人员、本社区居委会、居民本人和登记的家属；服务单还有接单的志愿者，预约还有接访的民情书记；代提的说事公开后，其他居民看到“由XX代办”和居民姓名（选择匿名时不显示），看不到居民怎样同意的',
    retention: 'onBehalf',
  },
  {
    key: 'volunteerReport',
    label: '双报到信息：是否党员、工作单位、特长、能提供的服务、空闲时间，居委会的审核意见和编入的网格、服务队或驿站',
    source: 'typed',
    purpose: '向所住社区报到为党员志愿者或志愿者，由居委会审核并安排服务',
    seenBy: '你本人和本社区居委会；居民只看到志愿者的称呼（如李志愿者）和星级，看不到电话',
    retention: 'account',
  },
  {
    key: 'volunteerHours',
    label: '志愿时长记录：完成服务订单和活动记入的时长，补录荣誉时长的原因和凭证',
    source: 'typed',
    purpose: '累计志愿服务时长、评定星级',
    seenBy: '你本人和本社区居委会',
    retention: 'volunteerHours',
  },
  {
    key: 'volunteerActivity',
    label: '志愿活动的报名记录：报名和候补的顺序、取消报名、签到和签退时间、计入的时长',
    source: 'chosen',
    purpose: '安排活动名额和候补、核对到场、计入志愿时长',
    seenBy: '你本人和本社区居委会',
    retention: 'volunteerHours',
  },
  {
    key: 'serviceSetup',
    label: '社区服务设置：服务菜单、志愿服务队和红帆驿站的名称、说明、地址和联系电话，志愿活动的名称和说明',
    source: 'typed',
    purpose: '居委会公布社区提供哪些服务、由谁接单、到哪个驿站',
    seenBy: '本社区居民（公开）；请填写驿站的服务电话，不要填写个人手机',
    retention: 'communityInfo',
  },
  {
    key: 'choices',
    label: '长辈模式和微信通知的授权记录',
    source: 'typed',
    purpose: '按你的选择显示大字，并只在你同意后发送微信通知',
    seenBy: '只有你本人；发送记录居委会可查看',
    retention: 'account',
  },
  {
    key: 'requestIds',
    label: '操作请求记录',
    source: 'platform',
    purpose: '网络不好重试时不重复提交同一件事',
    seenBy: '只有系统使用',
    retention: 'requestIds',
  },
  {
    key: 'fontSetting',
    label: '微信的字体大小设置',
    source: 'platform',
    purpose: '字体调大的用户自动进入长辈模式',
    seenBy: '只在你的手机上使用',
    retention: 'deviceOnly',
  },
];

/**
 * What the short privacy sheet names: the data people give us as they use the app. Those a WeChat
 * API hands over (photos) come first: the sheet mostly opens as someone reaches for them, and in
 * elder mode the list scrolls.
 */
export const sheetData = [
  ...personalData.filter((datum) => datum.onSheet && datum.wechatApi),
  ...personalData.filter((datum) => datum.onSheet && !datum.wechatApi),
];
