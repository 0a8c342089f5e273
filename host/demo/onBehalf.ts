import type { DemoActors } from './actors';
import type { DemoCalendar } from './calendar';

const CHEN = 'u-committee-chen';
const SUN_LI = 'u-grid-sun';

/** 王奶奶 (王桂芝, 槐荫苑) has no phone and no account; her daughter 周晓燕 lives there too. */
const WANG = { residentId: null, residentName: '王桂芝' };
const WANG_HOME = '槐荫苑2号楼3单元201';

/** The id of a registered resident of 东门 found the way staff find them (by name). */
export async function demoResidentNamed(actors: DemoActors, name: string): Promise<string | null> {
  const found = await actors.act<{ items: { id: string }[] }>(CHEN, 'service', 'findResidents', { search: name });
  return found.items[0]?.id ?? null;
}

/**
 * 红色代办 beyond the service order (serviceOrders.ts has that one): on her round 孙丽 raises a 说事
 * for 王奶奶, and 陈秀英 books her a home visit on the next visit day; her daughter is told of both.
 */
export async function playDemoOnBehalf(actors: DemoActors, calendar: DemoCalendar): Promise<void> {
  const familyId = await demoResidentNamed(actors, '周晓燕');
  actors.at(calendar.at(-2, '10:40'));
  const raised = await actors.act<{ matter: { id: string } }>(SUN_LI, 'matter', 'raiseFor', {
    title: '楼道扶手松动，老人上下楼不安全',
    body: '槐荫苑2号楼3单元一到三楼的扶手松了，王奶奶腿脚不好，每天扶着上下楼，担心摔倒，希望尽快加固。',
    category: 'facilities',
    compoundId: 'p-huaiyin',
    building: '2号楼',
    anonymous: false,
    ...WANG,
    consent: '网格员入户，本人口头同意',
    familyId,
  });
  // 东门 reviews first: the committee publishes it that afternoon, 由孙丽代办 for every neighbour to read.
  actors.at(calendar.at(-2, '15:20'));
  await actors.act(CHEN, 'matter', 'moderate', {
    targetType: 'matter',
    targetIds: [raised.matter.id],
    decision: 'approve',
  });

  const [next] = calendar.bookableVisitDays;
  const { slots } = await actors.act<{ slots: { id: string; mode: string }[] }>(CHEN, 'visit', 'slots', {
    date: next,
    communityId: 'c-dongmen',
  });
  const homeVisit = slots.find((slot) => slot.mode === 'home');
  if (!homeVisit) return;
  actors.at(calendar.at(-1, '10:15'));
  await actors.act(CHEN, 'visit', 'bookFor', {
    slotId: homeVisit.id,
    topic: '想请书记上门说说楼道加装扶手的事',
    address: WANG_HOME,
    phone: '13905370022',
    ...WANG,
    consent: '本人到居委会口头同意，女儿电话确认',
    familyId,
  });
}
