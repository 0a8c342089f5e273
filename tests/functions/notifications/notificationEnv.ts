import type { NotificationEvent } from '../../../cloudfunctions/lib/services/notifications/notify';
import type { Storage } from '../../../cloudfunctions/lib/ports/storage';
import type { SendReply, SubscribeMessage } from '../../../cloudfunctions/lib/ports/subscribeGateway';
import { seedDemoData } from '../../../host/seed';
import { templateByKey } from '@domain/notifications/templates';
import { scriptedGateway } from '../../support/scriptedGateway';
import { testDeps } from '../../support/testDeps';

/** Test deps over a seeded storage, with a gateway the test scripts. */
export async function notificationEnv(
  open: () => Promise<Storage>,
  reply?: (message: SubscribeMessage, call: number) => SendReply | 'throw',
) {
  const storage = await open();
  const deps = { ...testDeps(storage), gateway: scriptedGateway(reply) };
  await seedDemoData(storage, deps.clock.now());
  const templateId = (key: Parameters<typeof templateByKey>[1]) => templateByKey(deps.templates, key).id;
  /** The user accepted `count` messages of this template in WeChat's dialog. */
  async function grant(userId: string, key: Parameters<typeof templateByKey>[1], count = 1) {
    for (let i = 0; i < count; i += 1) await storage.subscriptions.grant(userId, templateId(key), deps.clock.now());
  }
  async function rowsOf(userId: string) {
    return (await storage.outbox.listForUser(userId, null, 50)).items;
  }
  return { storage, deps, gateway: deps.gateway, templateId, grant, rowsOf };
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
