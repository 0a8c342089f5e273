/**
 * How long each kind of personal data is kept, in plain Chinese for the guide. The periods are the
 * issue's retention rules (issue 12); the server's timer job and account deletion carry them out.
 */
export const retentionRules = {
  account: '保存到你注销账号为止；注销后立即删除或不可逆地匿名化',
  bookingContact: '走访日之后 90 天删除；你注销账号时立即删除',
  publicWords: '说事和评论是社区的公开记录：你注销后仍保留，署名改为“已注销用户”，文中的电话、证件号等被遮挡',
  photos: '随说事保存；说事未通过审核的，30 天后删除照片；你注销账号时删除你上传的照片',
  visitRecord: '作为社区工作记录保存；你注销后，记录中你的姓名、电话、住址被删除',
  staffRecord: '作为社区工作记录保存，记录中的电话、证件号等对其他居民遮挡',
  serviceOrder:
    '订单是社区的服务记录：订单完成或取消 90 天后删除其中的地址和电话；你注销账号时，你点的订单中还没开始服务的被取消，你点的每张订单的需求、地址、电话、感谢的话和理由被删除，只留下服务项目、状态、时间和评分用于社区统计；你作为志愿者接过的订单仍保留，接单人显示为“已注销用户”，其中你接了还没完成的退回给其他志愿者；你退回订单时写的理由在下一位志愿者接单时删除',
  onBehalf:
    '随服务单、说事和预约作为社区的代办记录保存；为有账号的居民代办的，该居民注销账号时删除记录中的居民姓名，同意方式中的姓名、电话被遮挡；被记为家属的居民注销账号时，各条记录不再记着这位家属，也不再告知',
  volunteerHours:
    '志愿时长是社区的服务记录，只增不改（更正也是新记一笔）：你注销后时长和工作人员写的原因、凭证仍保留，但不再与你的姓名和微信关联',
  communityInfo: '是社区的公开信息，保存到居委会修改为止，不随个人账号删除',
  requestIds: '7 天后删除',
  deviceOnly: '只在你的手机上使用，不上传、不保存',
} as const;

export type RetentionRule = keyof typeof retentionRules;
