import type { NotificationEvent } from '../../../cloudfunctions/lib/services/notifications/notify';
import type { SendReply, SubscribeMessage } from '../../../cloudfunctions/lib/ports/subscribeGateway';
import { templateByKey } from '@domain/notifications/templates';
import { scriptedGateway } from '../../support/scriptedGateway';
import { seededBackend } from '../../support/seededBackend';
import type { EngineName } from '../../support/storages';

/** The seeded backend on `engine`, with a gateway the test scripts. */
export async function notificationEnv(
  engine: EngineName,
  reply?: (message: SubscribeMessage, call: number) => SendReply | 'throw',
) {
  const server = await seededBackend({ engine });
  const { storage, deps } = server;
  deps.gateway = scriptedGateway(reply);
  const templateId = (key: Parameters<typeof templateByKey>[1]) => templateByKey(deps.templates, key).id;
  /** The user accepted `count` messages of this template in WeChat's dialog. */
  async function grant(userId: string, key: Parameters<typeof templateByKey>[1], count = 1) {
    for (let i = 0; i < count; i += 1) await storage.subscriptions.grant(userId, templateId(key), deps.clock.now());
  }
  async function rowsOf(userId: string) {
    return (await storage.outbox.listForUser(userId, null, 50)).items;
  }
  return { ...server, gateway: deps.gateway, templateId, grant, rowsOf };
}

/** A booking confirmation for 李明, unless the test says otherwise. */
export function anEvent(overrides: Partial<NotificationEvent> = {}): NotificationEvent {
  return {
    kind: 'booking_confirmed',
    userIds: ['u-resident-li'],
    communityId: 'c-dongmen',
    ref: { type: 'booking', id: 'b-1' },
    title: '楼道灯坏了想当面说',
    dedupeKey: 'booking_confirmed:b-1:1',
    at: Date.UTC(2026, 10, 27, 2, 0),
    ...overrides,
  };
}
