import { readXlsx } from '../../support/readXlsx';
import { seededBackend } from '../../support/seededBackend';
import { engines, type EngineName } from '../../support/storages';
import { draft } from '../matters/matterEnv';

const COMMITTEE = 'u-committee-chen'; // 陈秀英
const RESIDENT = 'u-resident-zhang'; // 张桂兰
const FAMILY = 'u-resident-li'; // 李明
const CONSENT = '张桂兰本人在居委会口头同意';

/** 陈秀英 raised a 说事 for 张桂兰 at the door (红色代办), naming 李明 as the family member to tell. */
async function raisedForZhang(engine: EngineName) {
  const env = await seededBackend({ engine });
  const { matter } = await env.act('matter', COMMITTEE, 'raiseFor', {
    ...draft,
    residentId: RESIDENT,
    residentName: '张阿姨',
    consent: CONSENT,
    familyId: FAMILY,
  });
  return { env, matterId: matter.id as string };
}

describe.each(engines)('a 说事 raised on a resident’s behalf in 我的数据 and 注销 on %s', (engine) => {
  it('is in the resident’s export with its 代办 record', async () => {
    const { env, matterId } = await raisedForZhang(engine);
    const { url } = await env.act('account', RESIDENT, 'exportMyData', {});
    const saved = env.deps.exportFiles.saved.get(url)!;
    const rows = readXlsx(saved.bytes).sheets['我的说事'].rows as Record<string, unknown>[];
    const row = rows.find((r) => r['说事编号'] === matterId)!;
    expect(row['代为提出的书记编号']).toBe(COMMITTEE);
    expect(JSON.parse(String(row['红色代办记录']))).toEqual({
      staffId: COMMITTEE,
      staffName: '陈秀英',
      consent: CONSENT,
      residentName: '张桂兰',
      familyId: FAMILY,
    });
  });

  it('loses the resident’s name when she deletes her account; 由陈秀英代办 stays', async () => {
    const { env, matterId } = await raisedForZhang(engine);
    await env.act('account', RESIDENT, 'deleteAccount', { confirm: true });
    const stored = (await env.storage.matters.findById(matterId))!;
    expect(stored.onBehalf).toEqual({
      staffId: COMMITTEE,
      staffName: '陈秀英',
      consent: '＊＊本人在居委会口头同意',
      residentName: '',
      familyId: FAMILY,
    });
    const seen = await env.act('matter', COMMITTEE, 'detail', { matterId });
    expect(seen.raisedBy).toMatchObject({ line: '由陈秀英代办' });
  });

  it('forgets the family member who deletes their account', async () => {
    const { env, matterId } = await raisedForZhang(engine);
    await env.act('account', FAMILY, 'deleteAccount', { confirm: true });
    const stored = (await env.storage.matters.findById(matterId))!;
    expect(stored.onBehalf).toMatchObject({ residentName: '张桂兰', familyId: null });
    expect(stored.authorId).toBe(RESIDENT);
  });
});
