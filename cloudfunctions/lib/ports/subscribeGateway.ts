/** One subscribe message as WeChat's subscribeMessage.send takes it. */
export interface SubscribeMessage {
  openid: string;
  templateId: string;
  page: string;
  data: Record<string, { value: string }>;
}

/** errcode 0 = delivered; null = no answer (network error, timeout): the dispatcher retries. */
export interface SendReply {
  errcode: number | null;
  errmsg: string;
}

/** WeChat's subscribe-message API in production; a recording stand-in on the local host. */
export interface SubscribeGateway {
  send(message: SubscribeMessage): Promise<SendReply>;
}
