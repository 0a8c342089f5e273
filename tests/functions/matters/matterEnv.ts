import type { MatterDetail } from '@domain/matters/views';
import { seededBackend, type Answer } from '../../support/seededBackend';
import type { EngineName } from '../../support/storages';

export type Call = (action: string, data?: unknown, id?: string) => Promise<Answer>;

export async function setup(engine: EngineName) {
  const { storage, deps, handlers, call, newResident } = await seededBackend({ engine });
  const as =
    (userId: string): Call =>
    (action, data, id) =>
      call('matter', userId, action, data, id);
  return { storage, deps, handler: handlers.matter, newResident, as };
}

export const draft = {
  title: '小区门口乱停车堵住消防通道',
  body: '每天晚上小区东门口都停满了车，消防通道被堵，老人出门很不方便。',
  category: 'parking',
};

export async function approvedMatter(
  env: Awaited<ReturnType<typeof setup>>,
  author = 'u-resident-zhang',
  data: object = draft,
) {
  const raised = await env.as(author)('raise', data);
  if (!raised.ok) throw new Error(`raise failed: ${JSON.stringify(raised)}`);
  const id = (raised.data.matter as MatterDetail).id;
  const approved = await env.as('u-committee-chen')('moderate', {
    targetType: 'matter',
    targetIds: [id],
    decision: 'approve',
  });
  if (!approved.ok || !approved.data.results[0].ok) throw new Error(`approve failed: ${JSON.stringify(approved)}`);
  // What follows happens later, as it would: the timeline orders entries of one millisecond by id,
  // and a command's entry id is derived from its request id (a retry finds it), not sequential.
  env.deps.clock.advance(1);
  return id;
}
